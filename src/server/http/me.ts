import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { documented, routeDoc } from './apiDoc/routeDoc.js';
import { roles } from '../../domain/index.js';
import { accountResponse } from './apiDoc/responses.js';
import { requestIdentity, type AppContext } from '../context.js';

const meDoc = routeDoc({
  tag: 'Session',
  summary: 'Who the session cookie (or API token) belongs to; `{ signedIn: false }` for nobody.',
  who: 'anyone',
  auth: 'anyone',
  responses: {
    200: {
      description: 'The caller',
      schema: z.union([
        z.strictObject({ signedIn: z.literal(false) }),
        z.strictObject({ signedIn: z.literal(true), account: accountResponse }),
        z.strictObject({
          signedIn: z.literal(true),
          participant: z.strictObject({
            id: z.string(),
            name: z.string(),
            organisation: z.string(),
            role: z.enum(roles),
            groupId: z.string().nullable(),
          }),
          workshop: z.strictObject({ id: z.string(), title: z.string() }).nullable(),
        }),
      ]),
    },
  },
});

/** GET /api/me: who the session cookie belongs to; `{ signedIn: false }` for nobody (a normal state, not an error). */
export function registerMe(app: FastifyInstance, ctx: AppContext): void {
  app.get('/api/me', documented(meDoc), async (request) => {
    const identity = await requestIdentity(ctx, request);
    if (!identity) return { signedIn: false };
    if (identity.kind === 'account') {
      const { id, name, email, isAdmin } = identity.account;
      return { signedIn: true, account: { id, name, email, isAdmin } };
    }
    const { id, name, organisation, role, groupId, workshopId } = identity.participant;
    const workshop = await ctx.store.getWorkshop(workshopId);
    return {
      signedIn: true,
      participant: { id, name, organisation, role, groupId },
      workshop: workshop ? { id: workshop.id, title: workshop.title } : null,
    };
  });
}

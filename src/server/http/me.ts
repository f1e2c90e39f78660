import type { FastifyInstance } from 'fastify';
import { requestIdentity, type AppContext } from '../context.js';

/** GET /api/me: who the session cookie belongs to; `{ signedIn: false }` for nobody (a normal state, not an error). */
export function registerMe(app: FastifyInstance, ctx: AppContext): void {
  app.get('/api/me', async (request) => {
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

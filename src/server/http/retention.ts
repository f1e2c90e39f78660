import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { someObject } from './apiDoc/responses.js';
import { AppError } from '../../shared/index.js';
import { requestIdentity, type AppContext } from '../context.js';
import { removeMyName } from '../services/removeMyName.js';
import { documented, routeDoc } from './apiDoc/routeDoc.js';

const policyDoc = routeDoc({
  tag: 'Retention',
  summary: 'How long the installation keeps a workshop after its last activity (SPEC K5).',
  who: 'anyone',
  auth: 'anyone',
  responses: {
    200: {
      description: 'The limits, in months',
      schema: z.strictObject({ defaultMonths: z.number().int(), minMonths: z.number().int(), maxMonths: z.number().int() }),
    },
  },
});
const removeNameDoc = routeDoc({
  tag: 'Retention',
  summary: 'Blanks the caller’s name and organisation on their workshop and takes their authorship off its notes (SPEC K6).',
  who: 'a person who joined by invite (a facilitator account: 403 FORBIDDEN)',
  auth: 'signed-in',
  responses: { 200: { description: 'The participant without a name, and how many notes lost their author', schema: someObject } },
});

/** What people are told about how long workshops are kept (SPEC K5), and taking one's own name off (K6). */
export function registerRetention(app: FastifyInstance, ctx: AppContext): void {
  // Before joining, the join page says how long a workshop is kept: the installation's limits.
  app.get('/api/retention-policy', documented(policyDoc), async () => ({ ...ctx.config.retention }));

  app.post('/api/me/remove-name', documented(removeNameDoc), async (request) => {
    const identity = await requestIdentity(ctx, request);
    if (!identity) throw new AppError('NOT_SIGNED_IN');
    if (identity.kind !== 'participant')
      throw new AppError('FORBIDDEN', 'Only a person who joined with an invite has a name on a workshop to remove');
    const notes = await removeMyName(ctx, identity.participant);
    const { id, role, groupId } = identity.participant;
    return { participant: { id, name: '', organisation: '', role, groupId }, notesWithoutAuthor: notes };
  });
}

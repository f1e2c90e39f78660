import type { FastifyInstance } from 'fastify';
import { AppError } from '../../shared/index.js';
import { requestIdentity, type AppContext } from '../context.js';
import { removeMyName } from '../services/removeMyName.js';

/** What people are told about how long workshops are kept (SPEC K5), and taking one's own name off (K6). */
export function registerRetention(app: FastifyInstance, ctx: AppContext): void {
  // Before joining, the join page says how long a workshop is kept: the installation's limits.
  app.get('/api/retention-policy', async () => ({ ...ctx.config.retention }));

  app.post('/api/me/remove-name', async (request) => {
    const identity = await requestIdentity(ctx, request);
    if (!identity) throw new AppError('NOT_SIGNED_IN');
    if (identity.kind !== 'participant')
      throw new AppError('FORBIDDEN', 'Only a person who joined with an invite has a name on a workshop to remove');
    const notes = await removeMyName(ctx, identity.participant);
    const { id, role, groupId } = identity.participant;
    return { participant: { id, name: '', organisation: '', role, groupId }, notesWithoutAuthor: notes };
  });
}

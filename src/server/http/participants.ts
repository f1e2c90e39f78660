import type { FastifyInstance } from 'fastify';
import { documented, routeDoc } from './apiDoc/routeDoc.js';
import { detailAnswer } from './apiDoc/responses.js';
import { AppError } from '../../shared/index.js';
import { requestIdentity, type AppContext } from '../context.js';
import { requireFacilitator } from '../identity.js';
import { removeParticipants } from '../services/removeParticipants.js';
import { workshopDetail } from './workshopDetail.js';

const removeDoc = routeDoc({
  tag: 'Participants',
  summary: 'Removes someone from the workshop: their sessions end, their connections close, their notes stay (SPEC A10).',
  who: 'facilitator of the workshop',
  auth: 'signed-in',
  responses: { 200: { ...detailAnswer, description: 'The workshop without them' } },
});

/**
 * DELETE /api/workshops/:id/participants/:pid: a facilitator removes someone from the workshop
 * (SPEC A10), never themselves (CANNOT_REMOVE_SELF). Answers the workshop detail without them, like the other changes to people.
 */
export function registerParticipants(app: FastifyInstance, ctx: AppContext): void {
  app.delete<{ Params: { id: string; pid: string } }>('/api/workshops/:id/participants/:pid', documented(removeDoc), async (request) => {
    const identity = await requestIdentity(ctx, request);
    const { workshop, principal } = await requireFacilitator(ctx.store, identity, request.params.id);
    const person = await ctx.store.getParticipant(request.params.pid);
    if (!person || person.workshopId !== workshop.id) throw new AppError('NOT_FOUND', 'No participant with this id in this workshop');
    // A facilitator who joined by invite would lock themselves out mid-workshop.
    if (identity?.kind === 'participant' && identity.participant.id === person.id) throw new AppError('CANNOT_REMOVE_SELF');
    await removeParticipants(ctx, workshop.id, [person]);
    ctx.config.log(`participant removed: ${workshop.id} ${person.id} (${person.role})`);
    return workshopDetail(ctx, workshop, principal, null);
  });
}

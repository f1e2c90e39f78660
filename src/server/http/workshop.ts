import type { FastifyInstance } from 'fastify';
import { canActAsOwner } from '../../domain/index.js';
import { AppError } from '../../shared/index.js';
import { requestIdentity, type AppContext } from '../context.js';
import { requireAccount, requireMember, standingIn } from '../identity.js';
import { workshopDetail } from './workshopDetail.js';

/** One workshop: its home page data, and deleting it with everything in it. */
export function registerWorkshop(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Params: { id: string } }>('/api/workshops/:id', async (request) => {
    const identity = await requestIdentity(ctx, request);
    const { workshop, principal } = await requireMember(ctx.store, identity, request.params.id);
    return workshopDetail(ctx, workshop, principal, identity?.kind === 'participant' ? identity.participant.id : null);
  });

  app.delete<{ Params: { id: string } }>('/api/workshops/:id', async (request) => {
    const account = requireAccount(await requestIdentity(ctx, request));
    const workshop = await ctx.store.getWorkshop(request.params.id);
    if (!workshop) throw new AppError('WORKSHOP_NOT_FOUND');
    if (!canActAsOwner(await standingIn(ctx.store, account, workshop), account.isAdmin))
      throw new AppError('FORBIDDEN', 'Only the workshop owner can delete it');
    const boards = await ctx.store.listBoards(workshop.id);
    await ctx.store.deleteWorkshop(workshop.id);
    ctx.dropLiveBoards(boards.map((b) => b.id));
    ctx.config.log(`workshop deleted: ${workshop.id}`);
    return { ok: true };
  });
}

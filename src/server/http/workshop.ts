import type { FastifyInstance } from 'fastify';
import { canActAsOwner, duplicateWorkshopRequest, restore } from '../../domain/index.js';
import { AppError } from '../../shared/index.js';
import { requestIdentity, type AppContext } from '../context.js';
import { requireAccount, requireFacilitator, requireMember, standingIn } from '../identity.js';
import { deleteWorkshopEverywhere } from '../services/deleteWorkshop.js';
import { duplicateWorkshop } from '../services/duplicateWorkshop.js';
import { workshopDetail } from './workshopDetail.js';

/** One workshop: its home page data, duplicating it, and deleting it with everything in it. */
export function registerWorkshop(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Params: { id: string } }>('/api/workshops/:id', async (request) => {
    const identity = await requestIdentity(ctx, request);
    const { workshop, principal } = await requireMember(ctx.store, identity, request.params.id);
    return workshopDetail(ctx, workshop, principal, identity?.kind === 'participant' ? identity.participant.id : null);
  });

  // The copy is owned by the caller, so only a facilitator with an account may make one.
  app.post<{ Params: { id: string } }>('/api/workshops/:id/duplicate', async (request, reply) => {
    const identity = await requestIdentity(ctx, request);
    const { workshop } = await requireFacilitator(ctx.store, identity, request.params.id);
    if (identity?.kind !== 'account')
      throw new AppError('FORBIDDEN', 'Only facilitator accounts can own a workshop: sign in with one to duplicate this workshop');
    const body = restore(duplicateWorkshopRequest, request.body);
    const copy = await duplicateWorkshop(
      ctx.store,
      workshop,
      { title: body.title, includeBoardContents: body.includeBoardContents, ownerId: identity.account.id, log: ctx.config.log },
      ctx.config.now(),
    );
    ctx.config.log(`workshop duplicated: ${workshop.id} -> ${copy.id}`);
    reply.code(201);
    return workshopDetail(ctx, copy, { workshopId: copy.id, role: 'facilitator', groupId: null }, null);
  });

  app.delete<{ Params: { id: string } }>('/api/workshops/:id', async (request) => {
    const account = requireAccount(await requestIdentity(ctx, request));
    const workshop = await ctx.store.getWorkshop(request.params.id);
    if (!workshop) throw new AppError('WORKSHOP_NOT_FOUND');
    if (!canActAsOwner(await standingIn(ctx.store, account, workshop), account.isAdmin))
      throw new AppError('FORBIDDEN', 'Only the workshop owner can delete it');
    await deleteWorkshopEverywhere(ctx, workshop.id);
    ctx.config.log(`workshop deleted: ${workshop.id}`);
    return { ok: true };
  });
}

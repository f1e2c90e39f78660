import type { FastifyInstance } from 'fastify';
import { bodyOf, documented, routeDoc } from './apiDoc/routeDoc.js';
import { detailAnswer, okResponse } from './apiDoc/responses.js';
import { canActAsOwner, duplicateWorkshopRequest } from '../../domain/index.js';
import { AppError } from '../../shared/index.js';
import { requestIdentity, type AppContext } from '../context.js';
import { requireAccount, requireFacilitator, requireMember, standingIn } from '../identity.js';
import { deleteWorkshopEverywhere } from '../services/deleteWorkshop.js';
import { duplicateWorkshop } from '../services/duplicateWorkshop.js';
import { workshopDetail } from './workshopDetail.js';

const getDoc = routeDoc({
  tag: 'Workshops',
  summary: 'The workshop home’s data as the caller may see it: boards they cannot open are left out.',
  who: 'member of the workshop',
  auth: 'signed-in',
  responses: { 200: detailAnswer },
});
const duplicateDoc = routeDoc({
  tag: 'Workshops',
  summary:
    'Copies the workshop (agenda, projects, groups, boards; with `includeBoardContents` their contents) as a new one the caller owns.',
  who: 'facilitator of the workshop, with an account',
  auth: 'signed-in',
  body: duplicateWorkshopRequest,
  responses: { 201: { ...detailAnswer, description: 'The new workshop' } },
});
const deleteDoc = routeDoc({
  tag: 'Workshops',
  summary: 'Deletes the workshop and everything in it; everyone on its boards is disconnected.',
  who: 'the owning account, or an admin',
  auth: 'signed-in',
  responses: { 200: { description: 'Deleted', schema: okResponse } },
});

/** One workshop: its home page data, duplicating it, and deleting it with everything in it. */
export function registerWorkshop(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Params: { id: string } }>('/api/workshops/:id', documented(getDoc), async (request) => {
    const identity = await requestIdentity(ctx, request);
    const { workshop, principal } = await requireMember(ctx.store, identity, request.params.id);
    return workshopDetail(ctx, workshop, principal, identity?.kind === 'participant' ? identity.participant.id : null);
  });

  // The copy is owned by the caller, so only a facilitator with an account may make one.
  app.post<{ Params: { id: string } }>('/api/workshops/:id/duplicate', documented(duplicateDoc), async (request, reply) => {
    const identity = await requestIdentity(ctx, request);
    const { workshop } = await requireFacilitator(ctx.store, identity, request.params.id);
    if (identity?.kind !== 'account')
      throw new AppError('FORBIDDEN', 'Only facilitator accounts can own a workshop: sign in with one to duplicate this workshop');
    const body = bodyOf(duplicateDoc, request);
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

  app.delete<{ Params: { id: string } }>('/api/workshops/:id', documented(deleteDoc), async (request) => {
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

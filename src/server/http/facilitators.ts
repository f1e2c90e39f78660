import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { bodyOf, documented, routeDoc } from './apiDoc/routeDoc.js';
import { canActAsOwner, shareWorkshopRequest, type FacilitatorAccount, type Workshop } from '../../domain/index.js';
import { AppError } from '../../shared/index.js';
import { requestIdentity, type AppContext } from '../context.js';
import { requireAccount, requireFacilitator, standingIn, type Identity } from '../identity.js';

const facilitatorsAnswer = z.strictObject({
  owner: z.strictObject({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
  facilitators: z.array(z.strictObject({ id: z.string(), name: z.string(), email: z.string() })),
  canManage: z.boolean(),
});
const ownerOrAdmin = 'the owning account, or an admin (SPEC A14)';
const listDoc = routeDoc({
  tag: 'Facilitators',
  summary: 'The owner and the co-facilitators, and whether the caller may change them.',
  who: 'facilitator of the workshop',
  auth: 'signed-in',
  responses: { 200: { description: 'Who facilitates', schema: facilitatorsAnswer } },
});
const shareDoc = routeDoc({
  tag: 'Facilitators',
  summary: 'Shares the workshop with another facilitator account, by e-mail.',
  who: ownerOrAdmin,
  auth: 'signed-in',
  body: shareWorkshopRequest,
  responses: { 201: { description: 'Who facilitates now', schema: facilitatorsAnswer } },
});
const unshareDoc = routeDoc({
  tag: 'Facilitators',
  summary: 'Takes the workshop back from a co-facilitator.',
  who: ownerOrAdmin,
  auth: 'signed-in',
  responses: { 200: { description: 'Who facilitates now', schema: facilitatorsAnswer } },
});

const person = (a: FacilitatorAccount) => ({ id: a.id, name: a.name, email: a.email });

/** The workshop, when the caller may choose its co-facilitators: its owner, or an admin (SPEC A14). */
async function requireOwner(ctx: AppContext, identity: Identity | null, workshopId: string): Promise<Workshop> {
  const account = requireAccount(identity);
  const workshop = await ctx.store.getWorkshop(workshopId);
  if (!workshop) throw new AppError('WORKSHOP_NOT_FOUND');
  if (!canActAsOwner(await standingIn(ctx.store, account, workshop), account.isAdmin))
    throw new AppError('FORBIDDEN', 'Only the workshop’s owner can choose who facilitates it');
  return workshop;
}

async function facilitatorsOf(ctx: AppContext, workshop: Workshop, identity: Identity | null) {
  const account = identity?.kind === 'account' ? identity.account : null;
  const [owner, shared] = await Promise.all([
    workshop.ownerId ? ctx.store.getAccount(workshop.ownerId) : Promise.resolve(null),
    ctx.store.listWorkshopFacilitators(workshop.id),
  ]);
  const canManage = account !== null && canActAsOwner(await standingIn(ctx.store, account, workshop), account.isAdmin);
  return { owner: owner && person(owner), facilitators: shared.map(person), canManage };
}

/**
 * Co-facilitators (SPEC A14): every facilitator of a workshop sees who facilitates it; only
 * its owner shares it with another facilitator account, by e-mail, or takes it back.
 */
export function registerFacilitators(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Params: { id: string } }>('/api/workshops/:id/facilitators', documented(listDoc), async (request) => {
    const identity = await requestIdentity(ctx, request);
    const { workshop } = await requireFacilitator(ctx.store, identity, request.params.id);
    return facilitatorsOf(ctx, workshop, identity);
  });

  app.post<{ Params: { id: string } }>('/api/workshops/:id/facilitators', documented(shareDoc), async (request, reply) => {
    const identity = await requestIdentity(ctx, request);
    const workshop = await requireOwner(ctx, identity, request.params.id);
    const { email } = bodyOf(shareDoc, request);
    const account = await ctx.store.getAccountByEmail(email);
    if (!account) throw new AppError('ACCOUNT_NOT_FOUND');
    if (account.id === workshop.ownerId)
      throw new AppError('VALIDATION_FAILED', 'email: is the workshop’s owner, who facilitates it already');
    await ctx.store.addWorkshopFacilitator(workshop.id, account.id, ctx.config.now().toISOString());
    ctx.config.log(`workshop ${workshop.id} shared with account ${account.id}`);
    reply.code(201);
    return facilitatorsOf(ctx, workshop, identity);
  });

  app.delete<{ Params: { id: string; accountId: string } }>(
    '/api/workshops/:id/facilitators/:accountId',
    documented(unshareDoc),
    async (request) => {
      const identity = await requestIdentity(ctx, request);
      const workshop = await requireOwner(ctx, identity, request.params.id);
      if (!(await ctx.store.removeWorkshopFacilitator(workshop.id, request.params.accountId)))
        throw new AppError('ACCOUNT_NOT_FOUND', 'This account is not a co-facilitator of the workshop');
      // Their open boards close at once, as a removed participant's do (SPEC A10).
      await ctx.live.accessChanged(workshop.id);
      ctx.config.log(`workshop ${workshop.id} no longer shared with account ${request.params.accountId}`);
      return facilitatorsOf(ctx, workshop, identity);
    },
  );
}

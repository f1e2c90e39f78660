import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { bodyOf, documented, routeDoc } from './apiDoc/routeDoc.js';
import type { Invite } from '../../domain/index.js';
import { createInviteRequest, revokeInviteRequest, roles } from '../../domain/index.js';
import { AppError } from '../../shared/index.js';
import { requestIdentity, type AppContext } from '../context.js';
import { requireFacilitator } from '../identity.js';
import { removeParticipants } from '../services/removeParticipants.js';
import { makeInviteCode } from '../services/random.js';

const inviteAnswer = z.strictObject({
  code: z.string(),
  workshopId: z.string(),
  role: z.enum(roles),
  groupId: z.string().nullable(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  path: z.string(),
});
const listDoc = routeDoc({
  tag: 'Invites',
  summary: 'The workshop’s invite links (`path` is /join/<code>).',
  who: 'facilitator of the workshop',
  auth: 'signed-in',
  responses: { 200: { description: 'The invites', schema: z.strictObject({ invites: z.array(inviteAnswer) }) } },
});
const createDoc = routeDoc({
  tag: 'Invites',
  summary: 'Makes an invite link for a role, and for participants optionally a group.',
  who: 'facilitator of the workshop',
  auth: 'signed-in',
  body: createInviteRequest,
  responses: { 201: { description: 'The invite', schema: z.strictObject({ invite: inviteAnswer }) } },
});
const revokeDoc = routeDoc({
  tag: 'Invites',
  summary: 'Revokes an invite; with `endSessions` also removes everyone who joined with it (SPEC A10).',
  who: 'facilitator of the workshop',
  auth: 'signed-in',
  body: revokeInviteRequest,
  responses: {
    200: {
      description: 'The invite, revoked, and who was removed',
      schema: z.strictObject({ invite: inviteAnswer, removed: z.array(z.strictObject({ id: z.string() })) }),
    },
  },
});

const view = (i: Invite) => ({ ...i, path: `/join/${i.code}` });

/** Invite links per role (and group): list, create, revoke. Facilitators only. */
export function registerInvites(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Params: { id: string } }>('/api/workshops/:id/invites', documented(listDoc), async (request) => {
    await requireFacilitator(ctx.store, await requestIdentity(ctx, request), request.params.id);
    return { invites: (await ctx.store.listInvites(request.params.id)).map(view) };
  });

  app.post<{ Params: { id: string } }>('/api/workshops/:id/invites', documented(createDoc), async (request, reply) => {
    const { workshop } = await requireFacilitator(ctx.store, await requestIdentity(ctx, request), request.params.id);
    const body = bodyOf(createDoc, request);
    if (body.groupId) {
      const group = await ctx.store.getGroup(body.groupId);
      if (!group || group.workshopId !== workshop.id) throw new AppError('GROUP_NOT_FOUND');
    }
    const invite: Invite = {
      code: makeInviteCode(),
      workshopId: workshop.id,
      role: body.role,
      groupId: body.groupId,
      createdAt: ctx.config.now().toISOString(),
      revokedAt: null,
    };
    await ctx.store.createInvite(invite);
    reply.code(201);
    return { invite: view(invite) };
  });

  // With `endSessions`, everyone who joined with the invite is removed too, as Remove does (SPEC A10).
  app.delete<{ Params: { id: string; code: string } }>('/api/workshops/:id/invites/:code', documented(revokeDoc), async (request) => {
    const { workshop } = await requireFacilitator(ctx.store, await requestIdentity(ctx, request), request.params.id);
    const { endSessions } = bodyOf(revokeDoc, request, {});
    const invite = await ctx.store.getInvite(request.params.code);
    if (!invite || invite.workshopId !== workshop.id) throw new AppError('INVITE_NOT_FOUND');
    await ctx.store.revokeInvite(invite.code, ctx.config.now().toISOString());
    const removed = endSessions ? await removeParticipants(ctx, workshop.id, await ctx.store.listParticipantsJoinedWith(invite.code)) : [];
    ctx.config.log(`invite revoked: ${workshop.id} ${invite.role}${endSessions ? `, ${removed.length} who joined with it removed` : ''}`);
    return { invite: view((await ctx.store.getInvite(invite.code)) ?? invite), removed: removed.map((id) => ({ id })) };
  });
}

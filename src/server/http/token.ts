import type { FastifyInstance } from 'fastify';
import type { Participant, Principal } from '../../domain/index.js';
import { restore, tokenRequest } from '../../domain/index.js';
import { issueCollabToken } from '../auth/collabToken.js';
import { requestIdentity, type AppContext } from '../context.js';
import { requireMember } from '../identity.js';

export function collabTokenFor(ctx: AppContext, p: Participant): { token: string; expiresAt: string } {
  return issueFor(ctx, p.id, { workshopId: p.workshopId, role: p.role, groupId: p.groupId }, p.name);
}

function issueFor(ctx: AppContext, sub: string, principal: Principal, name: string): { token: string; expiresAt: string } {
  const exp = Math.floor(ctx.config.now().getTime() / 1000) + ctx.config.tokenTtlSeconds;
  const token = issueCollabToken(ctx.tokenSecret, { sub, ...principal, name, exp });
  return { token, expiresAt: new Date(exp * 1000).toISOString() };
}

/** POST /api/token: a fresh /collab token for the signed-in caller in one workshop. */
export function registerToken(app: FastifyInstance, ctx: AppContext): void {
  app.post('/api/token', async (request) => {
    const { workshopId } = restore(tokenRequest, request.body);
    const identity = await requestIdentity(ctx, request);
    const { principal } = await requireMember(ctx.store, identity, workshopId);
    if (identity?.kind === 'participant') return collabTokenFor(ctx, identity.participant);
    const account = identity?.kind === 'account' ? identity.account : null;
    return issueFor(ctx, `account:${account?.id ?? ''}`, principal, account?.name ?? 'Facilitator');
  });
}

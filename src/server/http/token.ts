import type { FastifyInstance } from 'fastify';
import { bodyOf, documented, routeDoc } from './apiDoc/routeDoc.js';
import { collabTokenResponse } from './apiDoc/responses.js';
import type { Participant, Principal } from '../../domain/index.js';
import { tokenRequest } from '../../domain/index.js';
import { issueCollabToken } from '../auth/collabToken.js';
import { requestIdentity, type AppContext } from '../context.js';
import { requireMember } from '../identity.js';
import { AppError } from '../../shared/index.js';

const tokenDoc = routeDoc({
  tag: 'Session',
  summary: 'A short-lived /collab token bound to the caller, for one workshop. Not with an API token (SPEC N5).',
  who: 'member of the workshop, signed in with the session cookie',
  auth: 'session',
  body: tokenRequest,
  responses: { 200: { description: 'The token', schema: collabTokenResponse } },
});

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
  app.post('/api/token', documented(tokenDoc), async (request) => {
    const { workshopId } = bodyOf(tokenDoc, request);
    const identity = await requestIdentity(ctx, request);
    // An API token does not open /collab (SPEC N5): a script reads boards over HTTP.
    if (identity?.kind === 'account' && identity.token) throw new AppError('API_TOKEN_NOT_ALLOWED');
    const { principal } = await requireMember(ctx.store, identity, workshopId);
    if (identity?.kind === 'participant') return collabTokenFor(ctx, identity.participant);
    const account = identity?.kind === 'account' ? identity.account : null;
    return issueFor(ctx, `account:${account?.id ?? ''}`, principal, account?.name ?? 'Facilitator');
  });
}

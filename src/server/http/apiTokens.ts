import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { apiTokenScopes, createApiTokenRequest, type ApiToken } from '../../domain/index.js';
import { AppError } from '../../shared/index.js';
import { hashApiToken, newApiTokenValue } from '../auth/apiToken.js';
import { requestIdentity, type AppContext } from '../context.js';
import { requireSessionAccount } from '../identity.js';
import { makeId } from '../services/random.js';
import { bodyOf, documented, routeDoc } from './apiDoc/routeDoc.js';

const tokenView = z.strictObject({
  id: z.string(),
  name: z.string(),
  scope: z.enum(apiTokenScopes),
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
});
const view = (t: ApiToken): z.infer<typeof tokenView> => ({
  id: t.id,
  name: t.name,
  scope: t.scope,
  createdAt: t.createdAt,
  expiresAt: t.expiresAt,
  revokedAt: t.revokedAt,
});

const who = 'a facilitator account signed in with its password (an API token is refused: 403 API_TOKEN_NOT_ALLOWED)';
const listDoc = routeDoc({
  tag: 'API tokens',
  summary: 'The account’s personal API tokens, newest first, revoked and expired ones too; never the tokens themselves.',
  who,
  auth: 'session',
  responses: { 200: { description: 'The tokens', schema: z.strictObject({ tokens: z.array(tokenView) }) } },
});
const createDoc = routeDoc({
  tag: 'API tokens',
  summary: 'Creates a personal API token; the answer is the only time the token is shown (only its hash is kept).',
  who,
  auth: 'session',
  body: createApiTokenRequest,
  responses: {
    201: {
      description: 'The token’s record, and `secret`: the token to send as `Authorization: Bearer <secret>`',
      schema: z.strictObject({ token: tokenView, secret: z.string() }),
    },
  },
});
const revokeDoc = routeDoc({
  tag: 'API tokens',
  summary: 'Revokes one of the account’s tokens at once: using it is then 401 API_TOKEN_REVOKED.',
  who,
  auth: 'session',
  responses: { 200: { description: 'The token, revoked', schema: z.strictObject({ token: tokenView }) } },
});

/** A facilitator's personal API tokens (SPEC N3): create, list, revoke. */
export function registerApiTokens(app: FastifyInstance, ctx: AppContext): void {
  app.get('/api/account/tokens', documented(listDoc), async (request) => {
    const account = requireSessionAccount(await requestIdentity(ctx, request));
    return { tokens: (await ctx.store.listApiTokens(account.id)).map(view) };
  });

  app.post('/api/account/tokens', documented(createDoc), async (request, reply) => {
    const account = requireSessionAccount(await requestIdentity(ctx, request));
    const body = bodyOf(createDoc, request);
    const now = ctx.config.now();
    const secret = newApiTokenValue();
    const token: ApiToken = {
      id: makeId('tk'),
      accountId: account.id,
      name: body.name,
      scope: body.scope,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + body.expiresInDays * 24 * 3600 * 1000).toISOString(),
      revokedAt: null,
    };
    await ctx.store.createApiToken(token, hashApiToken(secret));
    reply.code(201);
    return { token: view(token), secret };
  });

  app.delete<{ Params: { id: string } }>('/api/account/tokens/:id', documented(revokeDoc), async (request) => {
    const account = requireSessionAccount(await requestIdentity(ctx, request));
    const revoked = await ctx.store.revokeApiToken(account.id, request.params.id, ctx.config.now().toISOString());
    if (!revoked) throw new AppError('API_TOKEN_NOT_FOUND');
    return { token: view(revoked) };
  });
}

import type { FastifyInstance } from 'fastify';
import { apiTokenState } from '../../domain/index.js';
import { AppError } from '../../shared/index.js';
import { bearerToken, hashApiToken } from '../auth/apiToken.js';
import { setTokenIdentity } from '../auth/tokenIdentities.js';
import type { AppContext } from '../context.js';
import { isApiRoute } from './apiDoc/routeRegistry.js';

const reads = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * `Authorization: Bearer ocs_…` on /api (SPEC N3): an unknown, malformed, expired or revoked
 * token is 401 saying which; a read token asking to change anything is 403, whatever the route.
 * Other paths are left alone (/metrics has its own bearer token).
 */
export function registerApiTokenAuth(app: FastifyInstance, ctx: AppContext): void {
  app.addHook('onRequest', async (request) => {
    if (!isApiRoute(request.url.split('?')[0] ?? '')) return;
    const value = bearerToken(request.headers.authorization);
    if (value === null) return;
    if (value === 'malformed')
      throw new AppError('API_TOKEN_INVALID', 'What follows "Bearer" is not a token this app makes (ocs_ and 43 letters and digits)');
    const token = await ctx.store.getApiTokenByHash(hashApiToken(value));
    if (!token) throw new AppError('API_TOKEN_INVALID');
    const state = apiTokenState(token, ctx.config.now());
    if (state === 'revoked') throw new AppError('API_TOKEN_REVOKED', `The token "${token.name}" was revoked on ${token.revokedAt}`);
    if (state === 'expired') throw new AppError('API_TOKEN_EXPIRED', `The token "${token.name}" expired on ${token.expiresAt}`);
    const account = await ctx.store.getAccount(token.accountId);
    if (!account) throw new AppError('API_TOKEN_INVALID');
    if (token.scope === 'read' && !reads.has(request.method)) {
      throw new AppError('API_TOKEN_READ_ONLY', `The token "${token.name}" is a read token; ${request.method} changes things`);
    }
    setTokenIdentity(request, { kind: 'account', account, token: { id: token.id, scope: token.scope } });
  });
}

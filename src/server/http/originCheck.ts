import type { FastifyInstance } from 'fastify';
import { AppError } from '../../shared/index.js';
import { originAllowed } from '../auth/requestOrigin.js';
import type { AppContext } from '../context.js';

const changing = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Refuses a request that changes something when a page of another origin sent it (SPEC S1):
 * cross-site request forgery from a sibling site, which SameSite=Lax does not stop. Runs
 * before the body is read, so a refused upload is never parsed.
 */
export function registerOriginCheck(app: FastifyInstance, ctx: AppContext): void {
  app.addHook('onRequest', async (request) => {
    if (!changing.has(request.method)) return;
    const { origin, referer } = request.headers;
    // request.host is the Host header, or X-Forwarded-Host when the proxy is trusted.
    if (!originAllowed({ origin, referer, host: request.host }, ctx.config.publicUrl))
      throw new AppError('ORIGIN_NOT_ALLOWED', `Refused a request from ${origin ?? referer ?? 'another site'}`);
  });
}

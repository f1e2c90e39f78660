import type { FastifyInstance } from 'fastify';
import { AppError } from '../../shared/index.js';
import type { AppContext } from '../context.js';

/** What a draining server still answers: the probes and the scrape. */
const stillAnswered = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * While the server drains (SPEC O4) every other request is refused with 503 SERVER_DRAINING
 * and its connection closed, so the proxy sends it again to another instance. Also echoes
 * the request id on every response (SPEC O3).
 */
export function registerDrainGuard(app: FastifyInstance, ctx: AppContext): void {
  app.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
    if (!ctx.ops.draining || stillAnswered.has(request.url.split('?')[0] ?? '')) return;
    void reply.header('connection', 'close');
    throw new AppError('SERVER_DRAINING');
  });
}

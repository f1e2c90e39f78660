import type { FastifyInstance } from 'fastify';
import { AppError, errorBody } from '../../shared/index.js';
import type { AppContext } from '../context.js';

/**
 * GET /readyz (SPEC O1): 200 when this instance should get traffic, else 503 naming the parts
 * that are not ready (`notReady`: draining, store, redis). For the load balancer; /healthz
 * stays the liveness check (is the process able to do its work at all).
 */
export function registerReadyz(app: FastifyInstance, ctx: AppContext): void {
  app.get('/readyz', { logLevel: 'warn' }, async (_request, reply) => {
    const state = await ctx.ops.readiness();
    if (state.ready) return state;
    reply.code(503);
    const draining = state.notReady.includes('draining');
    return { ...state, ...errorBody(new AppError(draining ? 'SERVER_DRAINING' : 'SERVER_NOT_READY')) };
  });
}

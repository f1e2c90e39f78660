import type { FastifyInstance } from 'fastify';
import { errorBody, AppError } from '../../shared/index.js';
import type { AppContext } from '../context.js';

/**
 * How long /healthz waits for the store, ms. A probe (a load balancer, an orchestrator)
 * gives up after a second or so: a store that has not answered by then is reported down,
 * rather than leaving the probe hanging (SPEC H1).
 */
export const healthDeadlineMs = 800;

/**
 * GET /healthz: 200 when the store can be read and written within `healthDeadlineMs`, 503
 * STORE_UNAVAILABLE otherwise. One ping at a time: probes that arrive while one is still
 * running share its answer, so a hanging database does not collect a pile of pings.
 */
export function registerHealthz(app: FastifyInstance, ctx: AppContext): void {
  let running: Promise<void> | null = null;
  const ping = () => {
    running ??= ctx.store.ping().finally(() => (running = null));
    return running;
  };
  // Probes come every few seconds: their request lines would drown the rest (SPEC O3).
  app.get('/healthz', { logLevel: 'warn' }, async (_request, reply) => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${healthDeadlineMs} ms`)), healthDeadlineMs);
    });
    try {
      await Promise.race([ping(), late]);
      return { ok: true, store: ctx.store.kind };
    } catch (e) {
      ctx.config.log(`healthz: the store cannot be read and written: ${e instanceof Error ? e.message : String(e)}`);
      reply.code(503);
      return { ok: false, store: ctx.store.kind, ...errorBody(new AppError('STORE_UNAVAILABLE')) };
    } finally {
      clearTimeout(timer);
    }
  });
}

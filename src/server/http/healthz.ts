import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';

/** GET /healthz: 200 when the store can be read and written, 503 otherwise. */
export function registerHealthz(app: FastifyInstance, ctx: AppContext): void {
  app.get('/healthz', async (_request, reply) => {
    try {
      await ctx.store.ping();
      return { ok: true, store: ctx.store.kind };
    } catch {
      reply.code(503);
      return {
        ok: false,
        store: ctx.store.kind,
        error: { code: 'STORE_UNAVAILABLE', message: 'The server cannot read and write its store.' },
      };
    }
  });
}

import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../shared/index.js';
import type { AppContext } from '../context.js';

const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Who may read /metrics (SPEC O2): with METRICS_TOKEN set, whoever sends it as a bearer
 * token; without, only a connection from this machine that no proxy relayed (no
 * X-Forwarded-For or Forwarded header), since a proxy on this machine connects from loopback
 * on behalf of anyone.
 */
export function metricsAllowed(request: FastifyRequest, token: string | null): boolean {
  if (token) {
    const given = Buffer.from(request.headers.authorization ?? '');
    const expected = Buffer.from(`Bearer ${token}`);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
  const relayed = request.headers['x-forwarded-for'] !== undefined || request.headers.forwarded !== undefined;
  return !relayed && loopback.has(request.socket.remoteAddress ?? '');
}

/** GET /metrics: Prometheus text (SPEC O2). */
export function registerMetrics(app: FastifyInstance, ctx: AppContext): void {
  app.get('/metrics', { logLevel: 'warn' }, async (request, reply) => {
    if (!metricsAllowed(request, ctx.config.metricsToken)) throw new AppError('METRICS_NOT_ALLOWED');
    void reply.header('content-type', ctx.ops.metrics.contentType());
    return ctx.ops.metrics.text();
  });
}

import { createHash } from 'node:crypto';
import fastifyRateLimit, { type RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Redis } from 'ioredis';
import { AppError } from '../../shared/index.js';
import type { Throttle } from '../config.js';
import type { AppContext } from '../context.js';

/** "Try again in 14 minutes": the wait, in words, that goes before the registry's message. */
function tooMany(seconds: number): AppError {
  const wait = seconds >= 90 ? `${Math.ceil(seconds / 60)} minutes` : `${Math.max(1, seconds)} seconds`;
  return new AppError('TOO_MANY_ATTEMPTS', `Try again in ${wait}`);
}

/**
 * Throttles on sign-in and join (SPEC S4), with @fastify/rate-limit: counters in Redis when
 * the server has one (every instance then counts together), else in this process. Only the
 * routes that ask for a throttle get one. When Redis fails, requests go through unthrottled
 * rather than nobody being able to sign in; the failure is logged.
 * Returns the Redis client (readiness pings it too) and what closes it.
 */
export async function registerThrottles(
  app: FastifyInstance,
  ctx: AppContext,
): Promise<{ redis: Redis | null; close: () => Promise<void> }> {
  const { redisUrl, redisKeyPrefix, log } = ctx.config;
  // No offline queue: while Redis is away a count fails at once (and the request goes through)
  // instead of waiting for reconnection, which held sign-ins for up to 20 s.
  const redis = redisUrl ? new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 }) : null;
  let lastError = '';
  redis?.on('error', (e: Error) => {
    if (e.message !== lastError) log(`rate limits: Redis error, not throttling until it is back: ${e.message}`);
    lastError = e.message;
  });
  redis?.on('ready', () => (lastError = ''));
  // Start with the shared counters when Redis is there (a first sign-in must count), without
  // waiting long for one that is not.
  if (redis)
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 3000);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      redis.once('ready', done);
      redis.once('error', done);
    });
  await app.register(fastifyRateLimit, {
    global: false,
    redis: redis ?? undefined,
    nameSpace: `${redisKeyPrefix}rate:`,
    skipOnError: true,
    errorResponseBuilder: (_request, context) => tooMany(Math.ceil((context as { ttl: number }).ttl / 1000)),
  });
  return {
    redis,
    close: async () => {
      if (redis) await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/**
 * The e-mail a request body names, as a throttle counts it: case and spaces do not make a new
 * one, and it is hashed so no e-mail address sits in Redis or in memory as text.
 */
export function hashedEmail(body: unknown): string {
  const email = (body as { email?: unknown } | null)?.email;
  return createHash('sha256')
    .update(typeof email === 'string' ? email.trim().toLowerCase() : '')
    .digest('base64url');
}

/** A route's throttle per client address (request.ip: the proxy's client when TRUST_PROXY says so). */
export function perAddress(throttle: Throttle): { rateLimit: RateLimitOptions } {
  return { rateLimit: { max: throttle.max, timeWindow: throttle.windowMs } };
}

/**
 * A throttle on a key the handler knows only after reading the body (an e-mail). Every
 * attempt counts, before the work it guards, so parallel attempts cannot slip past.
 */
export function perKey(
  app: FastifyInstance,
  throttle: Throttle,
  keyOf: (request: FastifyRequest) => string,
): (request: FastifyRequest, reply: FastifyReply) => Promise<void> {
  const limiter = app.createRateLimit({ max: throttle.max, timeWindow: throttle.windowMs, keyGenerator: keyOf });
  return async (request, reply) => {
    const result = await limiter(request);
    if (result.isAllowed || !result.isExceeded) return;
    void reply.header('retry-after', result.ttlInSeconds);
    throw tooMany(result.ttlInSeconds);
  };
}

import type { Store } from '../store/Store.js';

/** How long a readiness check waits for each part, ms: a probe gives up after a second or so. */
export const readinessDeadlineMs = 800;

/** Something that answers PING: the server's Redis client (ioredis), when REDIS_URL is set. */
export interface Pingable {
  ping(): Promise<unknown>;
}

/** What a readiness check looks at. A new part (fan-out status, say) is one more field here. */
export interface ReadinessParts {
  store: Pick<Store, 'ping'>;
  redis: Pingable | null;
  draining: boolean;
  /** Told how long Redis took to answer, ms (for the metrics). */
  redisAnswered?: (ms: number) => void;
}

export type PartState = 'ok' | 'not configured' | string;

export interface Readiness {
  ready: boolean;
  /** The parts that are not ready: 'draining', 'store', 'redis'. */
  notReady: string[];
  store: PartState;
  redis: PartState;
}

/**
 * Whether this instance should be sent traffic (SPEC O1): not while it is draining, and only
 * when the store and Redis (when configured) answer within `readinessDeadlineMs`. A part that
 * does not answer is named with the reason, e.g. `redis: "no answer within 800 ms"`.
 */
export async function readiness(parts: ReadinessParts, deadlineMs = readinessDeadlineMs): Promise<Readiness> {
  const [store, redis] = await Promise.all([
    answers(() => parts.store.ping(), deadlineMs),
    parts.redis ? answers(() => timed(() => parts.redis!.ping(), parts.redisAnswered), deadlineMs) : 'not configured',
  ]);
  const notReady = [
    ...(parts.draining ? ['draining'] : []),
    ...(store === 'ok' ? [] : ['store']),
    ...(redis === 'ok' || redis === 'not configured' ? [] : ['redis']),
  ];
  return { ready: notReady.length === 0, notReady, store, redis };
}

/** 'ok', or why not: the error's message, or that it did not answer in time. */
async function answers(check: () => Promise<unknown>, deadlineMs: number): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${deadlineMs} ms`)), deadlineMs);
  });
  try {
    await Promise.race([check(), late]);
    return 'ok';
  } catch (e) {
    return e instanceof Error && e.message ? e.message : String(e);
  } finally {
    clearTimeout(timer);
  }
}

async function timed(work: () => Promise<unknown>, told?: (ms: number) => void): Promise<void> {
  const started = performance.now();
  await work();
  told?.(performance.now() - started);
}

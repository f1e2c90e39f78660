import type { Store } from '../store/Store.js';
import { ServerMetrics } from './metrics.js';
import { readiness, type Pingable, type Readiness } from './readiness.js';

/** What running the server in production needs at hand: metrics, readiness, the drain flag (SPEC O). */
export class Operations {
  readonly metrics = new ServerMetrics();
  /** Set on SIGTERM: /readyz says 503, new requests and /collab connections are refused (SPEC O4). */
  draining = false;
  /** The server's Redis client when REDIS_URL is set (the rate limits' one), for readiness. */
  redis: Pingable | null = null;
  private running: Promise<Readiness> | null = null;

  constructor(private readonly store: Store) {}

  /** One check at a time: probes that arrive while one runs share its answer. */
  readiness(): Promise<Readiness> {
    this.running ??= readiness({
      store: this.store,
      redis: this.redis,
      draining: this.draining,
      redisAnswered: (ms) => this.metrics.redisAnswered(ms),
    }).finally(() => (this.running = null));
    return this.running;
  }
}

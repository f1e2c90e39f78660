import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** What the gauges read when scraped: the live server's counts. */
export interface LiveCounts {
  connections: () => number;
  boards: () => number;
}

/** Buckets for writes and acknowledgements, seconds: a local disk's 1 ms to a struggling database's 10 s. */
const latencyBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

let processRegistry: Registry | null = null;
/**
 * The process's own metrics (CPU, memory, event loop, GC), collected once per process:
 * tests build many servers in one process, and each collection keeps observers for good.
 */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/**
 * The Prometheus metrics of one server (SPEC O2), with prom-client. No label names a
 * workshop, a board or a person: every series is one number for the whole instance.
 */
export class ServerMetrics {
  private readonly registry = new Registry();
  private live: LiveCounts = { connections: () => 0, boards: () => 0 };
  private readonly editsStored = new Counter({
    name: 'opencities_edits_stored_total',
    help: 'Board updates written to the store (rate() gives edits per second)',
    registers: [this.registry],
  });
  private readonly storeWrite = new Histogram({
    name: 'opencities_store_write_seconds',
    help: 'Time to write one group commit of board updates to the store (appendUpdates)',
    buckets: latencyBuckets,
    registers: [this.registry],
  });
  private readonly ack = new Histogram({
    name: 'opencities_ack_seconds',
    help: 'Time from an edit reaching the server to the write its acknowledgement waits for being done',
    buckets: latencyBuckets,
    registers: [this.registry],
  });
  private readonly redisPing = new Histogram({
    name: 'opencities_redis_ping_seconds',
    help: 'Time for Redis to answer PING, measured by each readiness check',
    buckets: latencyBuckets,
    registers: [this.registry],
  });

  constructor() {
    const live = () => this.live;
    new Gauge({
      name: 'opencities_collab_connections',
      help: 'Open /collab connections',
      registers: [this.registry],
      collect() {
        this.set(live().connections());
      },
    });
    new Gauge({
      name: 'opencities_boards_in_memory',
      help: 'Boards loaded in memory (someone is on them, or they are being stored)',
      registers: [this.registry],
      collect() {
        this.set(live().boards());
      },
    });
  }

  /** Where the gauges read from, once /collab is set up. */
  attach(live: LiveCounts): void {
    this.live = live;
  }

  /** A group commit of `updates` board updates was stored in `ms`. */
  stored(updates: number, ms: number): void {
    this.editsStored.inc(updates);
    this.storeWrite.observe(ms / 1000);
  }

  /** An acknowledgement could go out `ms` after its edit arrived. */
  acknowledged(ms: number): void {
    this.ack.observe(ms / 1000);
  }

  redisAnswered(ms: number): void {
    this.redisPing.observe(ms / 1000);
  }

  contentType(): string {
    return this.registry.contentType;
  }

  /** The text a scrape reads: this server's metrics and the process's. */
  async text(): Promise<string> {
    return Registry.merge([this.registry, processMetrics()]).metrics();
  }
}

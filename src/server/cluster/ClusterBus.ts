import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { LogLimiter } from '../collab/logLimiter.js';
import { clusterKey, openEnvelope, sealEnvelope, type ClusterMessage, type Envelope } from './envelope.js';

/** What /readyz and /metrics can show of the link between instances (SPEC M7). */
export interface ClusterStatus {
  /** 'off': no REDIS_URL, this instance is alone; 'up': linked; 'down': Redis unreachable. */
  redis: 'off' | 'up' | 'down';
  /** How late the last message from another instance arrived (its clock against ours), or null. */
  lagMs: number | null;
}

/** The status and nothing else: for a context that does not need the bus. */
export interface Cluster {
  status(): ClusterStatus;
}

/** A server without Redis: alone. */
export const noCluster: Cluster = { status: () => ({ redis: 'off', lagMs: null }) };

/** Lines about refused messages: at most this many a minute (LogLimiter). */
const refusedLinesPerMinute = 10;

export interface ClusterBusOptions {
  redisUrl: string;
  /** The deployment's Redis key prefix (config.redisKeyPrefix): in the channel's name, and checked in every message. */
  prefix: string;
  tokenSecret: string;
  log: (line: string) => void;
  now?: () => number;
}

/**
 * Server instances talk through one Redis channel, `<prefix>cluster` (SPEC M2–M4): every
 * message is signed with a key derived from the token secret, which all instances read from
 * the store, and carries the format and the prefix. A message with a bad signature, of another
 * format or another prefix is ignored and logged (at most 10 lines a minute). Nothing is queued
 * while Redis is away: the instance goes on serving its own clients, says so once, and when
 * Redis is back asks the others for what it missed (`onReconnect`).
 */
export class ClusterBus implements Cluster {
  /** This instance, as other instances see it. */
  readonly id = randomUUID();
  private readonly key: Buffer;
  private readonly channel: string;
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly refused: LogLimiter;
  private readonly now: () => number;
  private readonly handlers: ((envelope: Envelope) => void)[] = [];
  private reconnected: () => void = () => {};
  private wentDown: () => void = () => {};
  private linked = false;
  private saidDown = false;
  private lagMs: number | null = null;
  private closing = false;
  private firstAnswer: () => void = () => {};
  private readonly answered = new Promise<void>((resolve) => (this.firstAnswer = resolve));

  constructor(private readonly options: ClusterBusOptions) {
    this.key = clusterKey(options.tokenSecret);
    this.channel = `${options.prefix}cluster`;
    this.now = options.now ?? Date.now;
    this.refused = new LogLimiter(options.log, refusedLinesPerMinute, 60_000);
    const settings = { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000, retryStrategy: retryDelay };
    this.pub = new Redis(options.redisUrl, settings);
    // The subscriber subscribes again itself on every 'ready' (`ready()`, errors caught): ioredis's
    // own resubscription sends SUBSCRIBE with nobody listening for its failure, so a link that
    // closes at that moment raised an unhandled rejection ("Connection is closed").
    this.sub = new Redis(options.redisUrl, { ...settings, enableOfflineQueue: true, autoResubscribe: false });
    for (const client of [this.pub, this.sub]) {
      client.on('error', (e: Error) => this.down(e.message));
      client.on('close', () => this.down('connection closed'));
      client.on('ready', () => void this.ready());
    }
    this.sub.on('messageBuffer', (channel: Buffer, bytes: Buffer) => {
      if (channel.toString() === this.channel) this.receive(bytes);
    });
  }

  /** Waits (up to `ms`) for the first link or failure, so a starting instance hears the others at once. */
  async started(ms = 3000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.answered, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
    clearTimeout(timer);
  }

  /** Adds a listener for the other instances' messages: live boards, audience counts. */
  onMessage(handler: (envelope: Envelope) => void): void {
    this.handlers.push(handler);
  }

  /** Called each time the link goes (messages sent meanwhile are lost, not queued). */
  onDown(handler: () => void): void {
    this.wentDown = handler;
  }

  /** Called each time the link comes back after being down. */
  onReconnect(handler: () => void): void {
    this.reconnected = handler;
  }

  status(): ClusterStatus {
    return { redis: this.linked ? 'up' : 'down', lagMs: this.lagMs };
  }

  /** Sends to every other instance; dropped (not queued) while Redis is down. */
  publish(message: ClusterMessage): void {
    if (!this.linked) return;
    const bytes = sealEnvelope(this.key, { prefix: this.options.prefix, from: this.id, at: this.now(), message });
    this.pub.publish(this.channel, bytes).catch((e: Error) => this.down(e.message));
  }

  async close(): Promise<void> {
    this.closing = true;
    this.linked = false;
    await Promise.all([this.pub, this.sub].map((c) => c.quit().catch(() => c.disconnect())));
  }

  private receive(bytes: Buffer): void {
    const opened = openEnvelope(this.key, this.options.prefix, bytes);
    if (typeof opened === 'string') {
      this.refused.line(`cluster: ignored a message on ${this.channel}: ${opened}`);
      return;
    }
    if (opened.from === this.id) return;
    this.lagMs = Math.max(0, this.now() - opened.at);
    for (const handler of this.handlers) handler(opened);
  }

  private async ready(): Promise<void> {
    if (this.pub.status !== 'ready' || this.sub.status !== 'ready') return;
    try {
      await this.sub.subscribe(this.channel);
    } catch (e) {
      this.down(e instanceof Error ? e.message : String(e));
      return;
    }
    if (this.linked) return;
    this.linked = true;
    this.firstAnswer();
    if (this.saidDown) this.options.log('cluster: Redis is back; catching up with the other instances');
    this.saidDown = false;
    // Also the first time: boards loaded while Redis was not there yet catch up now.
    this.reconnected();
  }

  private down(reason: string): void {
    if (this.closing) return;
    const was = this.linked;
    this.linked = false;
    this.firstAnswer();
    if (was) this.wentDown();
    if (this.saidDown) return;
    this.saidDown = true;
    this.options.log(`cluster: Redis unreachable (${reason}); serving this instance's clients only until it is back`);
  }
}

/** Reconnects after 100 ms, then up to every 2 s. */
function retryDelay(attempt: number): number {
  return Math.min(100 * 2 ** Math.min(attempt, 5), 2000);
}

/**
 * The `stall` bench's probe, in its own process (`node --import tsx bench/stallProbe.ts`,
 * started by stall.ts with an IPC channel) so that the bench's own work (building files,
 * reading downloads) does not delay what it measures. It is two people of another workshop:
 *
 * - **edit**: client A sets a key of a map board's `probe` Y.Map; the time until client B (on
 *   the same board, another connection) sees it is one round trip through the server. The next
 *   edit goes `editEveryMs` after the previous one was sent, once it has arrived.
 * - **http**: `GET /api/me` with a member's cookie (a session lookup in the store), the next
 *   `httpEveryMs` after the previous one was sent, once it has answered.
 *
 * Each probe waits for its answer before the next, so a stall of the server shows as one late
 * answer of about its length. Asked `{ type: 'window' }`, the probe answers a {@link ProbeWindow}
 * with what it measured since the last ask (an answer still awaited counts with its age so far)
 * and starts a new window.
 */
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { percentile } from './stats.js';

export interface ProbeStart {
  type: 'start';
  base: string;
  collabUrl: string;
  boardId: string;
  /** Tokens of the two clients on the board; the cookie for GET /api/me. */
  tokens: [string, string];
  cookie: string;
  editEveryMs: number;
  httpEveryMs: number;
}

export interface ProbeSeries {
  count: number;
  p99Ms: number;
  maxMs: number;
}

export interface ProbeWindow {
  type: 'window';
  edit: ProbeSeries;
  http: ProbeSeries;
  /** The probe's own event loop, longest delay (a busy probe answers late itself). */
  probeLoopMaxMs: number;
}

/** One probe's measurements in the current window, and the time its awaited answer was asked. */
class Series {
  private values: number[] = [];
  waitingSince: number | null = null;

  record(ms: number): void {
    this.values.push(ms);
  }

  /** The window's figures, counting an awaited answer with its age, and a new window. */
  close(now: number): ProbeSeries {
    const values = this.waitingSince === null ? this.values : [...this.values, now - this.waitingSince];
    this.values = [];
    const sorted = Float64Array.from(values).sort();
    return { count: values.length, p99Ms: percentile(sorted, 99), maxMs: sorted.length ? sorted[sorted.length - 1]! : NaN };
  }
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

function connect(collabUrl: string, boardId: string, token: string): Promise<HocuspocusProvider> {
  return new Promise((resolve, reject) => {
    const provider = new HocuspocusProvider({
      url: collabUrl,
      name: boardId,
      document: new Y.Doc(),
      token,
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      onSynced: () => resolve(provider),
      onAuthenticationFailed: ({ reason }: { reason: string }) => reject(new Error(`probe refused: ${reason}`)),
    } as ConstructorParameters<typeof HocuspocusProvider>[0]);
  });
}

async function start(config: ProbeStart): Promise<void> {
  const [a, b] = await Promise.all(config.tokens.map((token) => connect(config.collabUrl, config.boardId, token)));
  const edit = new Series();
  const http = new Series();
  let stopped = false;

  // Edits: A writes its send time; B records the round trip when it sees it.
  const sent = a!.document.getMap<number>('probe');
  let arrived: (() => void) | null = null;
  b!.document.getMap<number>('probe').observe(() => arrived?.());
  void (async () => {
    for (let n = 0; !stopped; n++) {
      const at = performance.now();
      const seen = new Promise<void>((resolve) => (arrived = resolve));
      edit.waitingSince = at;
      sent.set('n', n);
      await seen;
      edit.waitingSince = null;
      edit.record(performance.now() - at);
      await wait(at + config.editEveryMs - performance.now());
    }
  })();

  void (async () => {
    while (!stopped) {
      const at = performance.now();
      http.waitingSince = at;
      const res = await fetch(`${config.base}/api/me`, { headers: { cookie: config.cookie } });
      await res.arrayBuffer();
      http.waitingSince = null;
      if (!res.ok) throw new Error(`GET /api/me answered ${res.status}`);
      http.record(performance.now() - at);
      await wait(at + config.httpEveryMs - performance.now());
    }
  })();

  const { monitorEventLoopDelay } = await import('node:perf_hooks');
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  process.on('message', (message: { type: string }) => {
    if (message.type === 'stop') {
      stopped = true;
      a!.destroy();
      b!.destroy();
      process.exit(0);
    }
    if (message.type !== 'window') return;
    const now = performance.now();
    const window: ProbeWindow = { type: 'window', edit: edit.close(now), http: http.close(now), probeLoopMaxMs: loop.max / 1e6 - 10 };
    loop.reset();
    process.send!(window);
  });
  process.send!({ type: 'ready' });
}

process.on('disconnect', () => process.exit(0));
process.once('message', (message: ProbeStart) => {
  start(message).catch((e: Error) => {
    process.stderr.write(`probe failed: ${e.stack ?? e.message}\n`);
    process.exit(1);
  });
});

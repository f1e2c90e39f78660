/**
 * `npm run bench -- sync`: B boards × C clients × R edits a second through our server and
 * through bare Hocuspocus, each in its own process, with real providers over real sockets.
 * Reports propagation latency (edit made → each other client on the board sees it), lost
 * edits, and the server's CPU and memory. See bench/README.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { HocuspocusProvider } from '@hocuspocus/provider';
import pg from 'pg';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { openStore, type OpenStoreOptions } from '../src/server/store/index.js';
import { withDefaultUser } from '../src/server/store/postgres/connection.js';
import type { ServerMode, ServerReady, ServerUsage, UsageRequest } from './serverProcess.js';
import { fixed, summarize, type Summary } from './stats.js';

export interface SyncOptions {
  boards: number;
  clients: number;
  /** Edits per second per client. */
  rate: number;
  /** Measured seconds, after `warmup` seconds of the same load. */
  seconds: number;
  warmup: number;
  store: 'sqlite' | 'postgres';
  /** PostgreSQL server for `store: 'postgres'`; each run gets a fresh schema, dropped after. */
  databaseUrl: string | null;
  /** Each round runs both servers; rounds alternate which goes first. */
  rounds: number;
}

const defaults: SyncOptions = { boards: 10, clients: 10, rate: 2, seconds: 20, warmup: 5, store: 'sqlite', databaseUrl: null, rounds: 2 };

/** Longest wait for the last edits to reach everyone and be acknowledged, after editing stops. */
const drainTimeoutMs = 15_000;
/** Event-loop delay sampling interval, ms (taken off the figures, which include it). */
const loopResolutionMs = 10;
const mapName = 'bench';

interface EditRecord {
  /** performance.now() when made. */
  at: number;
  measured: boolean;
  /** Other clients on the board that have seen it. */
  seen: number;
  /** Index of the client that made it. */
  by: number;
}

interface BenchClient {
  board: number;
  index: number;
  doc: Y.Doc;
  provider: HocuspocusProvider;
  disconnects: number;
  sent: number;
}

export interface RunResult {
  mode: ServerMode;
  round: number;
  latency: Summary;
  latencies: number[];
  editsMade: number;
  editsMeasured: number;
  /** Edits that at least one other client on the board had not seen when the run ended. */
  unseen: number;
  /** Updates the server had not acknowledged when the run ended (sum over clients). */
  unacknowledged: number;
  /** Acknowledged edits absent from the store after the server was killed; null for bare. */
  missingFromStore: number | null;
  checkedInStore: number;
  /** Server RSS once listening, before any client connected. */
  idleRssBytes: number;
  /** The machine's 1-minute load average when the measured window ended (other work on it shows here). */
  load: number;
  /** Server CPU over the measured window, % of one core. */
  cpuPercent: number;
  rssMeanBytes: number;
  rssMaxBytes: number;
  serverLoopP99Ms: number;
  clientLoopP99Ms: number;
  disconnects: number;
  /** Whether every edit reached everyone and was acknowledged before the drain timeout. */
  drained: boolean;
  serverLog: string[];
}

const serverEntry = fileURLToPath(new URL('./serverProcess.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

const usage = `usage: npm run bench -- sync [--boards ${defaults.boards}] [--clients ${defaults.clients}] [--rate ${defaults.rate}] \
[--seconds ${defaults.seconds}] [--warmup ${defaults.warmup}] [--rounds ${defaults.rounds}] [--store sqlite|postgres] [--database-url URL]
(--store postgres uses --database-url or DATABASE_URL)`;

export function parseSyncOptions(args: string[]): SyncOptions {
  const { values } = parseArgs({
    args,
    options: {
      boards: { type: 'string' },
      clients: { type: 'string' },
      rate: { type: 'string' },
      seconds: { type: 'string' },
      warmup: { type: 'string' },
      rounds: { type: 'string' },
      store: { type: 'string' },
      'database-url': { type: 'string' },
    },
  });
  const number = (
    name: 'boards' | 'clients' | 'rate' | 'seconds' | 'warmup' | 'rounds',
    fallback: number,
    min: number,
    integer: boolean,
  ): number => {
    const raw = values[name];
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min || (integer && !Number.isInteger(n))) {
      throw new Error(`--${name} must be ${integer ? 'a whole number' : 'a number'} of at least ${min}, not "${raw}"\n${usage}`);
    }
    return n;
  };
  const store = values.store ?? 'sqlite';
  if (store !== 'sqlite' && store !== 'postgres') throw new Error(`--store must be sqlite or postgres, not "${store}"\n${usage}`);
  const databaseUrl = store === 'postgres' ? (values['database-url'] ?? process.env.DATABASE_URL ?? null) : null;
  if (store === 'postgres' && !databaseUrl) throw new Error(`--store postgres needs --database-url or DATABASE_URL\n${usage}`);
  return {
    boards: number('boards', defaults.boards, 1, true),
    clients: number('clients', defaults.clients, 2, true),
    rate: number('rate', defaults.rate, 0.01, false),
    seconds: number('seconds', defaults.seconds, 1, false),
    warmup: number('warmup', defaults.warmup, 0, false),
    rounds: number('rounds', defaults.rounds, 1, true),
    store,
    databaseUrl,
  };
}

/** Starts a server process and waits for its ready line. */
async function startServer(mode: ServerMode, store: Required<OpenStoreOptions>, boards: number, serverLog: string[]) {
  const postgres = store.databaseUrl ? [store.databaseUrl, store.pgSchema] : [];
  const child = spawn(process.execPath, ['--import', 'tsx', serverEntry, mode, store.dataDir, String(boards), ...postgres], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  createInterface({ input: child.stderr! }).on('line', (line) => serverLog.push(line));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = await new Promise<ServerReady>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve(JSON.parse(line) as ServerReady));
    child.once('exit', (code) => reject(new Error(`the ${mode} server exited (${code}) before listening:\n${serverLog.join('\n')}`)));
  });
  return { child, ready, exited };
}

function requestUsage(child: ChildProcess, resetLoop = false): Promise<ServerUsage> {
  return new Promise((resolve) => {
    const onMessage = (message: ServerUsage) => {
      if (message.type !== 'usage') return;
      child.off('message', onMessage);
      resolve(message);
    };
    child.on('message', onMessage);
    child.send({ type: 'usage', resetLoop } satisfies UsageRequest);
  });
}

async function joinToken(base: string, invite: string, name: string): Promise<string> {
  const res = await fetch(`${base}/api/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ invite, name, organisation: 'Benchmark' }),
  });
  if (!res.ok) throw new Error(`POST /api/join answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

/** Polls `check` until it holds (true) or `timeoutMs` passes (false). */
async function waitUntil(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) return false;
    await sleep(20);
  }
  return true;
}

/** Runs the load once against one server, from start to SIGKILL, and checks the store. */
export async function runOnce(mode: ServerMode, round: number, options: SyncOptions): Promise<RunResult> {
  const { boards, clients: perBoard, rate, seconds, warmup } = options;
  const dataDir = mkdtempSync(join(tmpdir(), `ocs-bench-${mode}-`));
  const storeOptions: Required<OpenStoreOptions> = { dataDir, databaseUrl: '', pgSchema: '', pgTimeouts: {} };
  if (options.databaseUrl && mode === 'ours') {
    storeOptions.databaseUrl = options.databaseUrl;
    storeOptions.pgSchema = `bench_${randomBytes(6).toString('hex')}`;
  }
  const serverLog: string[] = [];
  const { child, ready, exited } = await startServer(mode, storeOptions, boards, serverLog);
  const edits = ready.boards.map(() => new Map<string, EditRecord>());
  const latencies: number[] = [];
  let pendingViews = 0; // (edit, other client) pairs not yet seen
  const clients: BenchClient[] = [];

  try {
    const idle = await requestUsage(child);
    const tokens: string[] = [];
    for (let i = 0; i < boards * perBoard; i += 10) {
      const batch = Array.from({ length: Math.min(10, boards * perBoard - i) }, (_, j) =>
        ready.base && ready.invite ? joinToken(ready.base, ready.invite, `Bench client ${i + j + 1}`) : Promise.resolve('bare'),
      );
      tokens.push(...(await Promise.all(batch)));
    }

    for (const [board, name] of ready.boards.entries()) {
      for (let index = 0; index < perBoard; index++) {
        const doc = new Y.Doc();
        const client: BenchClient = { board, index, doc, provider: undefined as unknown as HocuspocusProvider, disconnects: 0, sent: 0 };
        // WebSocketPolyfill reaches the socket at run time; the v4 types leave it out. Node 20 has no global WebSocket.
        client.provider = new HocuspocusProvider({
          url: ready.url,
          name,
          document: doc,
          token: tokens[board * perBoard + index] ?? '',
          WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
          onDisconnect: () => void client.disconnects++,
        } as ConstructorParameters<typeof HocuspocusProvider>[0]);
        const map = doc.getMap<number>(mapName);
        const boardEdits = edits[board]!;
        map.observe((event) => {
          if (event.transaction.local) return;
          const now = performance.now();
          for (const key of event.keysChanged) {
            const edit = boardEdits.get(key);
            if (!edit || edit.by === index) continue;
            edit.seen++;
            pendingViews--;
            if (edit.measured) latencies.push(now - edit.at);
          }
        });
        clients.push(client);
      }
    }
    const synced = await waitUntil(() => clients.every((c) => c.provider.isSynced), 60_000);
    if (!synced) throw new Error(`${clients.filter((c) => !c.provider.isSynced).length} clients did not sync in 60 s`);

    const start = performance.now();
    const measureFrom = start + warmup * 1000;
    const measureTo = measureFrom + seconds * 1000;
    const period = 1000 / rate;
    const timers: NodeJS.Timeout[] = [];
    const edit = (client: BenchClient) => {
      const at = performance.now();
      if (at >= measureTo) return;
      const key = `${client.index}:${client.sent++}`;
      edits[client.board]!.set(key, { at, measured: at >= measureFrom, seen: 0, by: client.index });
      pendingViews += perBoard - 1;
      client.doc.getMap<number>(mapName).set(key, at);
    };
    // Each client edits on its own clock, started at a random phase so edits do not arrive in lockstep.
    for (const client of clients) {
      timers.push(
        setTimeout(() => {
          edit(client);
          timers.push(setInterval(() => edit(client), period));
        }, Math.random() * period),
      );
    }

    await sleep(Math.max(0, measureFrom - performance.now()));
    const clientLoop = monitorEventLoopDelay({ resolution: loopResolutionMs });
    clientLoop.enable();
    const before = await requestUsage(child, true);
    const t0 = performance.now();
    const rss: number[] = [];
    while (performance.now() < measureTo) {
      await sleep(Math.min(1000, Math.max(0, measureTo - performance.now())));
      rss.push((await requestUsage(child)).rssBytes);
    }
    const after = await requestUsage(child);
    const t1 = performance.now();
    const load = loadavg()[0] ?? NaN;
    clientLoop.disable();
    for (const timer of timers) clearInterval(timer);

    const drained = await waitUntil(() => pendingViews === 0 && clients.every((c) => c.provider.unsyncedChanges === 0), drainTimeoutMs);

    const editsMade = edits.reduce((n, m) => n + m.size, 0);
    let editsMeasured = 0;
    let unseen = 0;
    for (const boardEdits of edits) {
      for (const e of boardEdits.values()) {
        if (e.measured) editsMeasured++;
        if (e.seen < perBoard - 1) unseen++;
      }
    }
    const unacknowledged = clients.reduce((n, c) => n + c.provider.unsyncedChanges, 0);
    const disconnects = clients.reduce((n, c) => n + c.disconnects, 0);
    const acknowledgedBy = new Set(clients.filter((c) => c.provider.unsyncedChanges === 0).map((c) => `${c.board}:${c.index}`));

    // A crash, not a shutdown: what is in the store now is what an acknowledged edit may rely on (D1).
    child.kill('SIGKILL');
    await exited;
    for (const client of clients) client.provider.destroy();

    let missingFromStore: number | null = null;
    let checkedInStore = 0;
    if (mode === 'ours') {
      missingFromStore = 0;
      const store = await openStore(storeOptions.databaseUrl ? storeOptions : { dataDir });
      try {
        for (const [board, name] of ready.boards.entries()) {
          const doc = new Y.Doc();
          const state = await store.loadBoardState(name);
          if (state.compacted) Y.applyUpdate(doc, state.compacted);
          for (const { update } of state.updates) Y.applyUpdate(doc, update);
          const stored = doc.getMap<number>(mapName);
          for (const [key, e] of edits[board]!) {
            if (!acknowledgedBy.has(`${board}:${e.by}`)) continue;
            checkedInStore++;
            if (!stored.has(key)) missingFromStore++;
          }
        }
      } finally {
        await store.close();
      }
    }

    return {
      mode,
      round,
      latency: summarize(latencies),
      latencies,
      editsMade,
      editsMeasured,
      unseen,
      unacknowledged,
      missingFromStore,
      checkedInStore,
      idleRssBytes: idle.rssBytes,
      load,
      cpuPercent: ((after.cpuMicros - before.cpuMicros) / ((t1 - t0) * 1000)) * 100,
      rssMeanBytes: rss.reduce((a, b) => a + b, 0) / Math.max(1, rss.length),
      rssMaxBytes: Math.max(...rss),
      serverLoopP99Ms: after.loopDelayP99Ms,
      clientLoopP99Ms: Math.max(0, clientLoop.percentile(99) / 1e6 - loopResolutionMs),
      disconnects,
      drained,
      serverLog,
    };
  } finally {
    for (const client of clients) client.provider.destroy();
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
    if (storeOptions.databaseUrl) await dropSchema(storeOptions.databaseUrl, storeOptions.pgSchema);
  }
}

async function dropSchema(databaseUrl: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDefaultUser(databaseUrl) });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

const mb = (bytes: number) => fixed(bytes / 1024 / 1024, 0);

function runRow(r: RunResult): string {
  const l = r.latency;
  return [
    `${r.mode} #${r.round}`,
    fixed(l.p50),
    fixed(l.p95),
    fixed(l.p99),
    fixed(l.max),
    String(l.count),
    String(r.editsMade),
    String(r.unseen),
    String(r.unacknowledged),
    r.missingFromStore === null ? 'n/a' : `${r.missingFromStore} of ${r.checkedInStore}`,
    fixed(r.cpuPercent, 0),
    `${mb(r.idleRssBytes)} → ${mb(r.rssMeanBytes)} / ${mb(r.rssMaxBytes)}`,
    fixed(r.serverLoopP99Ms),
    fixed(r.clientLoopP99Ms),
    fixed(r.load, 2),
  ].join(' | ');
}

export function report(options: SyncOptions, results: RunResult[]): string {
  const lines: string[] = [];
  const { boards, clients, rate, seconds, warmup, rounds, store } = options;
  lines.push(
    `sync: ${boards} boards × ${clients} clients × ${rate} edits/s (${boards * clients * rate} edits/s in all), ${warmup} s warm-up + ${seconds} s measured, store ${store}, ${rounds} round(s)`,
  );
  lines.push('');
  lines.push(
    '| run | p50 ms | p95 ms | p99 ms | max ms | samples | edits made | unseen | unacked | missing from store | server CPU % | server RSS MB idle → mean / max | server loop delay p99 ms | client loop delay p99 ms | load 1m |',
  );
  lines.push('|' + ' --- |'.repeat(15));
  for (const r of results) lines.push(`| ${runRow(r)} |`);

  const pooled = (mode: ServerMode) => summarize(results.filter((r) => r.mode === mode).flatMap((r) => r.latencies));
  const ours = pooled('ours');
  const bare = pooled('bare');
  lines.push('');
  lines.push('| all rounds | p50 ms | p95 ms | p99 ms |');
  lines.push('| --- | --- | --- | --- |');
  lines.push(`| ours | ${fixed(ours.p50)} | ${fixed(ours.p95)} | ${fixed(ours.p99)} |`);
  lines.push(`| bare | ${fixed(bare.p50)} | ${fixed(bare.p95)} | ${fixed(bare.p99)} |`);
  const ratioRow = (label: string, o: Summary, b: Summary) =>
    `| ${label} | ${fixed(o.p50 / b.p50, 2)} | ${fixed(o.p95 / b.p95, 2)} | ${fixed(o.p99 / b.p99, 2)} |`;
  lines.push(ratioRow('ours / bare', ours, bare));
  // Per round too: one noisy run (a spike on a shared machine) can swing the pooled p99 either way.
  for (let round = 1; round <= rounds && rounds > 1; round++) {
    const o = results.find((r) => r.round === round && r.mode === 'ours');
    const b = results.find((r) => r.round === round && r.mode === 'bare');
    if (o && b) lines.push(ratioRow(`ours / bare, round ${round}`, o.latency, b.latency));
  }
  lines.push('');
  const ratio = ours.p99 / bare.p99;
  lines.push(`target p99 ≤ 1.25 × bare: ${ratio <= 1.25 ? 'met' : 'missed'} (${fixed(ratio, 2)} ×)`);

  const lost = results.reduce((n, r) => n + r.unseen + (r.missingFromStore ?? 0), 0);
  lines.push(`edits lost: ${lost}${lost ? ' (see unseen and missing from store above)' : ''}`);
  for (const r of results) {
    const notes: string[] = [];
    if (!r.drained) notes.push(`not everything arrived or was acknowledged within ${drainTimeoutMs / 1000} s of the last edit`);
    if (r.disconnects) notes.push(`${r.disconnects} client disconnects`);
    if (r.unacknowledged) notes.push(`${r.unacknowledged} updates never acknowledged`);
    if (r.serverLog.length) notes.push(`server said (${r.serverLog.length} lines):\n    ${r.serverLog.slice(0, 10).join('\n    ')}`);
    if (notes.length) lines.push(`${r.mode} #${r.round}: ${notes.join('; ')}`);
  }
  return lines.join('\n');
}

export async function runSync(args: string[]): Promise<void> {
  const options = parseSyncOptions(args);
  const results: RunResult[] = [];
  for (let round = 1; round <= options.rounds; round++) {
    // Alternate the order (bare, ours, ours, bare, …) so warm-up of the client process or the
    // machine favours neither server.
    const order: ServerMode[] = round % 2 === 1 ? ['bare', 'ours'] : ['ours', 'bare'];
    for (const mode of order) {
      process.stderr.write(`round ${round}: ${mode} server…\n`);
      results.push(await runOnce(mode, round, options));
    }
  }
  console.log(report(options, results));
}

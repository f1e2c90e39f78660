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
  /**
   * 1: ours against bare Hocuspocus. More: ours as one instance against ours as this many
   * instances on one PostgreSQL schema and one Redis, clients spread over them in turn.
   */
  instances: number;
  /** Redis for `instances` > 1. */
  redisUrl: string | null;
}

const defaults: SyncOptions = {
  boards: 10,
  clients: 10,
  rate: 2,
  seconds: 20,
  warmup: 5,
  store: 'sqlite',
  databaseUrl: null,
  rounds: 2,
  instances: 1,
  redisUrl: null,
};

/** Longest wait for the last edits to reach everyone and be acknowledged, after editing stops. */
const drainTimeoutMs = 15_000;
/** Event-loop delay sampling interval, ms (taken off the figures, which include it). */
const loopResolutionMs = 10;
const mapName = 'bench';

/** What runs: bare Hocuspocus, or ours as this many instances. */
export interface RunTarget {
  mode: ServerMode;
  instances: number;
}

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
  instances: number;
  round: number;
  latency: Summary;
  latencies: number[];
  /** Latencies of edits seen by a client on another instance than their maker's (instances > 1). */
  crossLatencies: number[];
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
[--seconds ${defaults.seconds}] [--warmup ${defaults.warmup}] [--rounds ${defaults.rounds}] [--store sqlite|postgres] [--database-url URL] \
[--instances 1] [--redis-url URL]
(--store postgres uses --database-url or DATABASE_URL; --instances 2 or more needs --store postgres and --redis-url or REDIS_URL)`;

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
      instances: { type: 'string' },
      'redis-url': { type: 'string' },
    },
  });
  const number = (
    name: 'boards' | 'clients' | 'rate' | 'seconds' | 'warmup' | 'rounds' | 'instances',
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
  const instances = number('instances', defaults.instances, 1, true);
  const redisUrl = instances > 1 ? (values['redis-url'] ?? process.env.REDIS_URL ?? null) : null;
  if (instances > 1 && (store !== 'postgres' || !redisUrl))
    throw new Error(`--instances ${instances} needs --store postgres and --redis-url or REDIS_URL\n${usage}`);
  return {
    instances,
    redisUrl,
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
async function startServer(
  mode: ServerMode,
  store: Required<OpenStoreOptions>,
  boards: number,
  serverLog: string[],
  env: Record<string, string> = {},
) {
  const postgres = store.databaseUrl ? [store.databaseUrl, store.pgSchema] : [];
  const child = spawn(process.execPath, ['--import', 'tsx', serverEntry, mode, store.dataDir, String(boards), ...postgres], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
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

/**
 * Starts the target: one server, or several instances of ours on one store and one Redis (the
 * first makes the boards, the others are given them). Returns each instance's process and address.
 */
async function startTarget(target: RunTarget, store: Required<OpenStoreOptions>, options: SyncOptions, serverLog: string[]) {
  if (target.instances === 1) return [await startServer(target.mode, store, options.boards, serverLog)];
  const redis = { BENCH_REDIS_URL: options.redisUrl ?? '', BENCH_REDIS_PREFIX: `ocs-bench-${randomBytes(4).toString('hex')}:` };
  const first = await startServer(target.mode, store, options.boards, serverLog, redis);
  const rest = [];
  for (let i = 1; i < target.instances; i++)
    rest.push(await startServer(target.mode, store, options.boards, serverLog, { ...redis, BENCH_JOIN: JSON.stringify(first.ready) }));
  return [first, ...rest];
}

/** All instances' usage added up (CPU, RSS) and their worst event-loop delay. */
async function totalUsage(children: ChildProcess[], resetLoop = false): Promise<ServerUsage> {
  const all = await Promise.all(children.map((c) => requestUsage(c, resetLoop)));
  return {
    type: 'usage',
    rssBytes: all.reduce((n, u) => n + u.rssBytes, 0),
    cpuMicros: all.reduce((n, u) => n + u.cpuMicros, 0),
    loopDelayP99Ms: Math.max(...all.map((u) => u.loopDelayP99Ms)),
    loopDelayMaxMs: Math.max(...all.map((u) => u.loopDelayMaxMs)),
  };
}

/** Runs the load once against one target, from start to SIGKILL, and checks the store. */
export async function runOnce(target: RunTarget, round: number, options: SyncOptions): Promise<RunResult> {
  const { mode, instances } = target;
  const { boards, clients: perBoard, rate, seconds, warmup } = options;
  const dataDir = mkdtempSync(join(tmpdir(), `ocs-bench-${mode}-`));
  const storeOptions: Required<OpenStoreOptions> = { dataDir, databaseUrl: '', pgSchema: '', pgTimeouts: {} };
  if (options.databaseUrl && mode === 'ours') {
    storeOptions.databaseUrl = options.databaseUrl;
    storeOptions.pgSchema = `bench_${randomBytes(6).toString('hex')}`;
  }
  const serverLog: string[] = [];
  const servers = await startTarget(target, storeOptions, options, serverLog).catch(async (e: Error) => {
    if (storeOptions.databaseUrl) await dropSchema(storeOptions.databaseUrl, storeOptions.pgSchema);
    throw e;
  });
  const { ready } = servers[0]!;
  const children = servers.map((s) => s.child);
  /** The instance a client's index puts it on. */
  const instanceOf = (index: number) => index % instances;
  const edits = ready.boards.map(() => new Map<string, EditRecord>());
  const latencies: number[] = [];
  const crossLatencies: number[] = [];
  let pendingViews = 0; // (edit, other client) pairs not yet seen
  const clients: BenchClient[] = [];

  try {
    const idle = await totalUsage(children);
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
          url: servers[instanceOf(index)]!.ready.url,
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
            if (!edit.measured) continue;
            latencies.push(now - edit.at);
            if (instanceOf(edit.by) !== instanceOf(index)) crossLatencies.push(now - edit.at);
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
    const before = await totalUsage(children, true);
    const t0 = performance.now();
    const rss: number[] = [];
    while (performance.now() < measureTo) {
      await sleep(Math.min(1000, Math.max(0, measureTo - performance.now())));
      rss.push((await totalUsage(children)).rssBytes);
    }
    const after = await totalUsage(children);
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
    for (const server of servers) server.child.kill('SIGKILL');
    await Promise.all(servers.map((server) => server.exited));
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
      instances,
      round,
      latency: summarize(latencies),
      latencies,
      crossLatencies,
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
    for (const { child, exited } of servers) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    }
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

/** A run's name in the tables: bare, ours, or ours ×N for N instances. */
function label(r: RunTarget): string {
  return r.mode === 'bare' ? 'bare' : r.instances > 1 ? `ours ×${r.instances}` : 'ours';
}

function runRow(r: RunResult): string {
  const l = r.latency;
  return [
    `${label(r)} #${r.round}`,
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

/** Ours against bare Hocuspocus, all rounds pooled, then round by round. */
function bareSummary(options: SyncOptions, results: RunResult[]): string[] {
  const lines: string[] = [];
  const pooled = (mode: ServerMode) => summarize(results.filter((r) => r.mode === mode).flatMap((r) => r.latencies));
  const ours = pooled('ours');
  const bare = pooled('bare');
  lines.push('| all rounds | p50 ms | p95 ms | p99 ms |');
  lines.push('| --- | --- | --- | --- |');
  lines.push(`| ours | ${fixed(ours.p50)} | ${fixed(ours.p95)} | ${fixed(ours.p99)} |`);
  lines.push(`| bare | ${fixed(bare.p50)} | ${fixed(bare.p95)} | ${fixed(bare.p99)} |`);
  const ratioRow = (label: string, o: Summary, b: Summary) =>
    `| ${label} | ${fixed(o.p50 / b.p50, 2)} | ${fixed(o.p95 / b.p95, 2)} | ${fixed(o.p99 / b.p99, 2)} |`;
  lines.push(ratioRow('ours / bare', ours, bare));
  // Per round too: one noisy run (a spike on a shared machine) can swing the pooled p99 either way.
  for (let round = 1; round <= options.rounds && options.rounds > 1; round++) {
    const o = results.find((r) => r.round === round && r.mode === 'ours');
    const b = results.find((r) => r.round === round && r.mode === 'bare');
    if (o && b) lines.push(ratioRow(`ours / bare, round ${round}`, o.latency, b.latency));
  }
  lines.push('');
  const ratio = ours.p99 / bare.p99;
  lines.push(`target p99 ≤ 1.25 × bare: ${ratio <= 1.25 ? 'met' : 'missed'} (${fixed(ratio, 2)} ×)`);
  return lines;
}

/**
 * One instance against several: the edits that crossed instances (made on one, seen on another)
 * are the figure the target is about; all edits of the multi-instance run are shown beside them.
 */
function instancesSummary(options: SyncOptions, results: RunResult[]): string[] {
  const one = summarize(results.filter((r) => r.instances === 1).flatMap((r) => r.latencies));
  const many = results.filter((r) => r.instances > 1);
  const all = summarize(many.flatMap((r) => r.latencies));
  const cross = summarize(many.flatMap((r) => r.crossLatencies));
  const row = (name: string, s: Summary) => `| ${name} | ${fixed(s.p50)} | ${fixed(s.p95)} | ${fixed(s.p99)} | ${s.count} |`;
  const ratio = cross.p95 / one.p95;
  return [
    '| all rounds | p50 ms | p95 ms | p99 ms | samples |',
    '| --- | --- | --- | --- | --- |',
    row('ours, one instance', one),
    row(`ours ×${options.instances}, every edit`, all),
    row(`ours ×${options.instances}, across instances`, cross),
    '',
    `target p95 across instances ≤ 1.5 × one instance: ${ratio <= 1.5 ? 'met' : 'missed'} (${fixed(ratio, 2)} ×)`,
  ];
}

export function report(options: SyncOptions, results: RunResult[]): string {
  const lines: string[] = [];
  const { boards, clients, rate, seconds, warmup, rounds, store } = options;
  lines.push(
    `sync: ${boards} boards × ${clients} clients × ${rate} edits/s (${boards * clients * rate} edits/s in all), ${warmup} s warm-up + ${seconds} s measured, store ${store}, ${rounds} round(s)${options.instances > 1 ? `, one instance against ${options.instances}` : ''}`,
  );
  lines.push('');
  lines.push(
    '| run | p50 ms | p95 ms | p99 ms | max ms | samples | edits made | unseen | unacked | missing from store | server CPU % | server RSS MB idle → mean / max | server loop delay p99 ms | client loop delay p99 ms | load 1m |',
  );
  lines.push('|' + ' --- |'.repeat(15));
  for (const r of results) lines.push(`| ${runRow(r)} |`);
  lines.push('');
  if (options.instances > 1) lines.push(...instancesSummary(options, results));
  else lines.push(...bareSummary(options, results));

  const lost = results.reduce((n, r) => n + r.unseen + (r.missingFromStore ?? 0), 0);
  lines.push(`edits lost: ${lost}${lost ? ' (see unseen and missing from store above)' : ''}`);
  for (const r of results) {
    const notes: string[] = [];
    if (!r.drained) notes.push(`not everything arrived or was acknowledged within ${drainTimeoutMs / 1000} s of the last edit`);
    if (r.disconnects) notes.push(`${r.disconnects} client disconnects`);
    if (r.unacknowledged) notes.push(`${r.unacknowledged} updates never acknowledged`);
    if (r.serverLog.length) notes.push(`server said (${r.serverLog.length} lines):\n    ${r.serverLog.slice(0, 10).join('\n    ')}`);
    if (notes.length) lines.push(`${label(r)} #${r.round}: ${notes.join('; ')}`);
  }
  return lines.join('\n');
}

export async function runSync(args: string[]): Promise<void> {
  const options = parseSyncOptions(args);
  const results: RunResult[] = [];
  for (let round = 1; round <= options.rounds; round++) {
    // Alternate the order (bare, ours, ours, bare, …) so warm-up of the client process or the
    // machine favours neither server.
    const pair: RunTarget[] =
      options.instances > 1
        ? [
            { mode: 'ours', instances: 1 },
            { mode: 'ours', instances: options.instances },
          ]
        : [
            { mode: 'bare', instances: 1 },
            { mode: 'ours', instances: 1 },
          ];
    for (const target of round % 2 === 1 ? pair : [...pair].reverse()) {
      process.stderr.write(`round ${round}: ${label(target)} server…\n`);
      results.push(await runOnce(target, round, options));
    }
  }
  console.log(report(options, results));
}

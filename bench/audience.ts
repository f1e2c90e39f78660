/**
 * `npm run bench -- audience`: V audience viewers (read-only connections) on one board while a
 * group of E editors edits it, through our server and through bare Hocuspocus, each in its own
 * process (bench/serverProcess.ts), with real providers over real sockets in this process.
 * Reports edit propagation to the LAST viewer (edit made → every viewer has it) and the
 * server's memory per viewer (RSS with the viewers synced, less RSS with the editors alone).
 * See bench/README.md.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { ServerMode, ServerReady, ServerUsage, UsageRequest } from './serverProcess.js';
import { fixed, summarize, type Summary } from './stats.js';

interface AudienceOptions {
  viewers: number;
  editors: number;
  /** Edits a second per editor. */
  rate: number;
  seconds: number;
  rounds: number;
}

interface AudienceResult {
  mode: ServerMode;
  round: number;
  /** Per measured edit: ms until the last viewer had it. */
  toLast: Summary;
  /** Edits some viewer never saw before the drain timeout. */
  unseen: number;
  rssPerViewerBytes: number;
  load: number;
}

const serverEntry = fileURLToPath(new URL('./serverProcess.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const mapName = 'bench';
const drainTimeoutMs = 20_000;

function parseOptions(args: string[]): AudienceOptions {
  const { values } = parseArgs({
    args,
    options: {
      viewers: { type: 'string' },
      editors: { type: 'string' },
      rate: { type: 'string' },
      seconds: { type: 'string' },
      rounds: { type: 'string' },
    },
  });
  const n = (name: keyof typeof values, fallback: number) => {
    const raw = values[name];
    const v = raw === undefined ? fallback : Number(raw);
    if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} must be a positive number, not "${raw}"`);
    return v;
  };
  return { viewers: n('viewers', 500), editors: n('editors', 8), rate: n('rate', 1), seconds: n('seconds', 20), rounds: n('rounds', 1) };
}

async function startServer(mode: ServerMode, dataDir: string, log: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', serverEntry, mode, dataDir, '1'], {
    cwd: repoRoot,
    env: { ...process.env, BENCH_AUDIENCE: '1' },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  createInterface({ input: child.stderr! }).on('line', (line) => log.push(line));
  const ready = await new Promise<ServerReady>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) => resolve(JSON.parse(line) as ServerReady));
    child.once('exit', (code) => reject(new Error(`the ${mode} server exited (${code}) before listening:\n${log.join('\n')}`)));
  });
  const usage = () =>
    new Promise<ServerUsage>((resolve) => {
      const onMessage = (m: ServerUsage) => {
        if (m.type !== 'usage') return;
        child.off('message', onMessage);
        resolve(m);
      };
      child.on('message', onMessage);
      child.send({ type: 'usage', resetLoop: false } satisfies UsageRequest);
    });
  return { child, ready, usage };
}

async function json<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`${init?.method ?? 'GET'} ${url} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

async function until(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) return false;
    await sleep(20);
  }
  return true;
}

function connect(url: string, name: string, token: string): { doc: Y.Doc; provider: HocuspocusProvider } {
  const doc = new Y.Doc();
  // WebSocketPolyfill reaches the socket at run time; the v4 types leave it out.
  const provider = new HocuspocusProvider({
    url,
    name,
    document: doc,
    token,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  } as ConstructorParameters<typeof HocuspocusProvider>[0]);
  return { doc, provider };
}

/** In batches, so 500 requests do not all wait on one another. */
async function inBatches<T>(count: number, make: (i: number) => Promise<T>, size = 25): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < count; i += size)
    out.push(...(await Promise.all(Array.from({ length: Math.min(size, count - i) }, (_, j) => make(i + j)))));
  return out;
}

async function runOnce(mode: ServerMode, round: number, o: AudienceOptions): Promise<AudienceResult> {
  const dataDir = mkdtempSync(join(tmpdir(), `ocs-bench-audience-${mode}-`));
  const log: string[] = [];
  const server = await startServer(mode, dataDir, log);
  const { ready } = server;
  const board = ready.boards[0]!;
  const clients: HocuspocusProvider[] = [];
  try {
    const join = (i: number) =>
      ready.base && ready.invite
        ? json<{ token: string }>(`${ready.base}/api/join`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ invite: ready.invite, name: `Editor ${i + 1}`, organisation: 'Bench' }),
          }).then((r) => r.token)
        : Promise.resolve('bare');
    const editors = (await inBatches(o.editors, join)).map((token) => connect(ready.url, board, token));
    clients.push(...editors.map((e) => e.provider));
    if (!(await until(() => editors.every((e) => e.provider.isSynced), 60_000))) throw new Error('the editors did not sync in 60 s');
    await sleep(1000);
    const withEditors = (await server.usage()).rssBytes;

    const watch = () =>
      ready.base && ready.audience
        ? json<{ token: string }>(`${ready.base}/api/audience/${ready.audience}`).then((r) => r.token)
        : Promise.resolve('bare');
    const edits = new Map<string, { at: number; seen: number; last: number }>();
    const viewers = (await inBatches(o.viewers, watch)).map((token) => {
      const viewer = connect(ready.url, board, token);
      viewer.doc.getMap<number>(mapName).observe((event) => {
        const now = performance.now();
        for (const key of event.keysChanged) {
          const e = edits.get(key);
          if (!e) continue;
          e.seen++;
          e.last = now;
        }
      });
      return viewer;
    });
    clients.push(...viewers.map((v) => v.provider));
    if (!(await until(() => viewers.every((v) => v.provider.isSynced), 120_000)))
      throw new Error(`${viewers.filter((v) => !v.provider.isSynced).length} viewers did not sync in 120 s`);
    await sleep(2000);
    const withViewers = (await server.usage()).rssBytes;

    const period = 1000 / o.rate;
    const end = performance.now() + o.seconds * 1000;
    let sent = 0;
    const timers = editors.map((editor, i) =>
      setInterval(() => {
        if (performance.now() >= end) return;
        const key = `${i}:${sent++}`;
        const at = performance.now();
        edits.set(key, { at, seen: 0, last: at });
        editor.doc.getMap<number>(mapName).set(key, at);
      }, period),
    );
    await sleep(o.seconds * 1000);
    const load = loadavg()[0] ?? NaN;
    for (const t of timers) clearInterval(t);
    await until(() => [...edits.values()].every((e) => e.seen >= o.viewers), drainTimeoutMs);
    const complete = [...edits.values()].filter((e) => e.seen >= o.viewers);
    return {
      mode,
      round,
      toLast: summarize(complete.map((e) => e.last - e.at)),
      unseen: edits.size - complete.length,
      rssPerViewerBytes: (withViewers - withEditors) / o.viewers,
      load,
    };
  } finally {
    for (const p of clients) p.destroy();
    server.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function report(o: AudienceOptions, results: AudienceResult[]): string {
  const rows = results.map(
    (r) =>
      `| ${r.mode} | ${r.round} | ${r.toLast.count} | ${fixed(r.toLast.p50)} | ${fixed(r.toLast.p99)} | ${fixed(r.toLast.max)} | ${r.unseen} | ${fixed(r.rssPerViewerBytes / 1024)} | ${fixed(r.load, 2)} |`,
  );
  const p99 = (mode: ServerMode) => Math.max(...results.filter((r) => r.mode === mode).map((r) => r.toLast.p99));
  return [
    `${o.viewers} audience viewers, ${o.editors} editors × ${o.rate} edit/s, ${o.seconds} s, one board`,
    '| server | round | edits | to last viewer p50 ms | p99 ms | max ms | unseen | server KiB per viewer | load (1 min) |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
    `ours/bare p99 to the last viewer (worst round each): ${fixed(p99('ours') / p99('bare'), 2)} × (target ≤ 1.5 ×)`,
  ].join('\n');
}

export async function runAudience(args: string[]): Promise<void> {
  const o = parseOptions(args);
  const results: AudienceResult[] = [];
  for (let round = 1; round <= o.rounds; round++) {
    // Alternate which goes first, so a warmer machine does not favour one.
    const order: ServerMode[] = round % 2 === 1 ? ['ours', 'bare'] : ['bare', 'ours'];
    for (const mode of order) results.push(await runOnce(mode, round, o));
  }
  console.log(report(o, results));
}

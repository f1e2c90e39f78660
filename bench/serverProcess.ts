/**
 * One sync server in its own process, so the clients' work does not show up in its latency,
 * CPU or memory. Usage:
 *   node --import tsx bench/serverProcess.ts <ours|bare> <dataDir> <boards> [<databaseUrl> <pgSchema>]
 * With a database URL, `ours` stores in that PostgreSQL schema instead of SQLite in dataDir.
 * Several instances of `ours` on one schema (`sync --instances N`): each is given Redis by
 * `BENCH_REDIS_URL` and `BENCH_REDIS_PREFIX`, and every instance after the first is given the
 * first one's boards and invite by `BENCH_JOIN` (a {@link ServerReady} as JSON) instead of
 * making its own.
 *
 * Prints one line of JSON on stdout when listening ({@link ServerReady}); log lines go to
 * stderr. Answers `{ type: 'usage' }` over the IPC channel with a {@link ServerUsage}. The bench
 * ends it with SIGKILL: for `ours` that is a crash, after which the store must still hold every
 * acknowledged edit (SPEC D1).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Server } from '@hocuspocus/server';
import type { Board } from '../src/domain/index.js';
import type { OpenStoreOptions } from '../src/server/store/index.js';

export type ServerMode = 'ours' | 'bare';

export interface ServerReady {
  /** WebSocket URL clients connect to. */
  url: string;
  /** HTTP base for /api (ours only). */
  base: string | null;
  /** Document names, one per board. */
  boards: string[];
  /** A participant invite code (ours only). */
  invite: string | null;
  /** With `BENCH_AUDIENCE=1` (ours only): an open audience link's code on the first board (bench/audience.ts). */
  audience?: string | null;
}

export interface ServerUsage {
  type: 'usage';
  rssBytes: number;
  /** User plus system CPU time since the process started, µs (all threads). */
  cpuMicros: number;
  /** Event-loop delay since the last request with `resetLoop`, ms, over the sampling interval. */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
}

export interface UsageRequest {
  type: 'usage';
  /** Start a new event-loop delay window after answering. */
  resetLoop: boolean;
}

/** Sampling interval of the event-loop delay histogram, ms; its values include it, so it is taken off. */
const loopResolutionMs = 10;

const log = (line: string) => process.stderr.write(`${line}\n`);

/** The Redis settings of a multi-instance run, from the environment; none for one instance. */
function redisSettings(): { redisUrl: string; redisKeyPrefix: string } | Record<string, never> {
  const redisUrl = process.env.BENCH_REDIS_URL;
  return redisUrl ? { redisUrl, redisKeyPrefix: process.env.BENCH_REDIS_PREFIX ?? 'ocs-bench:' } : {};
}

/** The first instance's boards and invite, for a further instance on the same store. */
function joinedReady(): ServerReady | null {
  const json = process.env.BENCH_JOIN;
  return json ? (JSON.parse(json) as ServerReady) : null;
}

async function startOurs(storeOptions: OpenStoreOptions, boardCount: number): Promise<ServerReady> {
  // Loaded here, not at the top, so the bare server's RSS does not include our server's code.
  const { openStore } = await import('../src/server/store/index.js');
  const { createDemoWorkshop } = await import('../src/server/services/demoWorkshop.js');
  const { makeId } = await import('../src/server/services/random.js');
  const { buildServer } = await import('../src/server/buildServer.js');
  const store = await openStore(storeOptions);
  // Every bench client joins (or watches) from 127.0.0.1: lift the throttles (SPEC S4, W2) out of the way.
  const wide = { max: 1_000_000, windowMs: 60_000 };
  const settings = {
    store,
    log,
    rateLimits: { joinPerAddress: wide, signInPerAddress: wide, signInPerAccount: wide, audienceTokenPerAddress: wide },
    ...redisSettings(),
  };
  const joined = joinedReady();
  if (joined) {
    const server = await buildServer(settings);
    const port = await server.listen(0, '127.0.0.1');
    return { ...joined, url: `ws://127.0.0.1:${port}/collab`, base: `http://127.0.0.1:${port}` };
  }
  const now = new Date();
  const demo = await createDemoWorkshop(store, now);
  const boards: string[] = [];
  for (let i = 0; i < boardCount; i++) {
    const board: Board = {
      id: makeId('bd'),
      workshopId: demo.workshop.id,
      kind: 'ecosystem-map',
      title: `Bench board ${i + 1}`,
      groupId: null,
      projectId: null,
      createdAt: now.toISOString(),
    };
    await store.createBoard(board);
    boards.push(board.id);
  }
  const audience =
    process.env.BENCH_AUDIENCE === '1' && boards[0]
      ? (await store.openAudienceLink({ boardId: boards[0], code: makeId('au'), openedAt: now.toISOString() })).code
      : null;
  const server = await buildServer(settings);
  const port = await server.listen(0, '127.0.0.1');
  return {
    url: `ws://127.0.0.1:${port}/collab`,
    base: `http://127.0.0.1:${port}`,
    boards,
    invite: demo.invites.participant.code,
    audience,
  };
}

/** Stock Hocuspocus with no extensions: no authentication, no storage, no limits. */
async function startBare(boardCount: number): Promise<ServerReady> {
  const server = new Server({ port: 0, address: '127.0.0.1', quiet: true, stopOnSignals: false });
  await server.listen();
  const boards = Array.from({ length: boardCount }, (_, i) => `bench-${i + 1}`);
  return { url: `ws://127.0.0.1:${server.address.port}`, base: null, boards, invite: null };
}

async function main(): Promise<void> {
  const [mode, dataDir, boardsArg, databaseUrl, pgSchema] = process.argv.slice(2);
  const boardCount = Number(boardsArg);
  if ((mode !== 'ours' && mode !== 'bare') || !dataDir || !Number.isInteger(boardCount) || boardCount < 1) {
    throw new Error('usage: serverProcess.ts <ours|bare> <dataDir> <boards> [<databaseUrl> <pgSchema>]');
  }
  process.on('unhandledRejection', (e) => log(`unhandled rejection: ${(e as Error)?.stack ?? String(e)}`));
  // The bench dies: so do we, rather than linger with a port open.
  process.on('disconnect', () => process.exit(0));

  const loop = monitorEventLoopDelay({ resolution: loopResolutionMs });
  loop.enable();
  process.on('message', (message: UsageRequest) => {
    if (message.type !== 'usage') return;
    const cpu = process.cpuUsage();
    const usage: ServerUsage = {
      type: 'usage',
      rssBytes: process.memoryUsage.rss(),
      cpuMicros: cpu.user + cpu.system,
      loopDelayP99Ms: Math.max(0, loop.percentile(99) / 1e6 - loopResolutionMs),
      loopDelayMaxMs: Math.max(0, loop.max / 1e6 - loopResolutionMs),
    };
    if (message.resetLoop) loop.reset();
    process.send?.(usage);
  });

  const ready =
    mode === 'ours'
      ? await startOurs(databaseUrl ? { databaseUrl, pgSchema, dataDir } : { dataDir }, boardCount)
      : await startBare(boardCount);
  process.stdout.write(`${JSON.stringify(ready)}\n`);
}

main().catch((e: Error) => {
  log(`server process failed: ${e.stack ?? e.message}`);
  process.exit(1);
});

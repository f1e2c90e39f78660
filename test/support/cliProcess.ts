import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Limits } from '../../src/server/config.js';
import { waitFor } from './waitFor.js';

const sourceEntry = fileURLToPath(new URL('../../src/cli/run.ts', import.meta.url));
const builtEntry = fileURLToPath(new URL('../../dist/cli/run.js', import.meta.url));
/** Written by every server build (`tsc -b`), even one that found nothing to emit; the emitted files keep their times. */
const buildInfo = fileURLToPath(new URL('../../dist/.tsbuildinfo', import.meta.url));
const loopMonitor = fileURLToPath(new URL('./loopMonitor.mjs', import.meta.url));
const serverChildEntry = fileURLToPath(new URL('./serverChildMain.ts', import.meta.url));

/** The newest modification time of any file under `dir`. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/**
 * The CLI as tests run it: the build when it was built after every source file changed (npm test builds
 * first, and starting it takes a third of the time), else the source through tsx.
 */
function cliCommand(): string[] {
  const sources = ['shared', 'domain', 'doc', 'server', 'cli'].map((d) => fileURLToPath(new URL(`../../src/${d}`, import.meta.url)));
  const fresh = existsSync(builtEntry) && existsSync(buildInfo) && statSync(buildInfo).mtimeMs >= Math.max(...sources.map(newest));
  return fresh ? [builtEntry] : ['--import', 'tsx', sourceEntry];
}
const nodeArgs = cliCommand();

/** Runs `opencities ARGS` to completion (from source). */
export function runCli(
  args: string[],
  input?: string,
  env: Record<string, string> = {},
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...nodeArgs, ...args], {
    encoding: 'utf8',
    input,
    timeout: 60_000,
    env: { ...process.env, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** Whether startServerProcess runs the build (dist/cli) or the source through tsx. */
export const serverRunsFrom: 'build' | 'source' = nodeArgs[0] === builtEntry ? 'build' : 'source';

export interface ServerProcess {
  child: ChildProcess;
  base: string;
  output: () => string;
}

export interface ServerProcessOptions {
  /**
   * Preload loopMonitor.mjs: the server measures its own event loop, read with `serverLoop`.
   * The server's code is the same; only the child gets an IPC channel.
   */
  monitorLoop?: boolean;
}

/** The server's main thread over one window, as it measured it (loopMonitor.mjs); ms. */
export interface LoopReport {
  /** Longest event-loop delay: the longest the server could not answer anything. */
  maxMs: number;
  p99Ms: number;
  /** Samples (one per 10 ms that the loop was free to take one). */
  samples: number;
  /** Longest garbage-collection pause of the main thread's heap, and all of them together. */
  gcMaxMs: number;
  gcTotalMs: number;
  /**
   * The longest gap between two samples of the loop (maxMs, sampled apart), and within it the
   * main thread's time on a core and waiting for one (Linux; NaN elsewhere): a stall on a
   * loaded machine is partly waiting for a core.
   */
  longest: { wallMs: number; cpuMs: number; waitMs: number };
  /** The most time on a core within one gap: the main thread's longest piece of work. */
  cpuMaxMs: number;
}

/**
 * The event-loop delay a server started with `monitorLoop` measured since the last reset;
 * `reset` starts a new window.
 */
export function serverLoop(proc: ServerProcess, reset: boolean): Promise<LoopReport> {
  const { child } = proc;
  if (!child.send) return Promise.reject(new Error('the server was started without monitorLoop'));
  return new Promise((resolve, reject) => {
    const onMessage = (message: { type?: string } & LoopReport) => {
      if (message?.type !== 'loop') return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      const { maxMs, p99Ms, samples, gcMaxMs, gcTotalMs, longest, cpuMaxMs } = message;
      resolve({ maxMs, p99Ms, samples, gcMaxMs, gcTotalMs, longest, cpuMaxMs });
    };
    const onExit = (code: number | null) => {
      child.off('message', onMessage);
      reject(new Error(`the server exited (${code}) before reporting its event loop: ${proc.output()}`));
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
    child.send!({ type: 'loop', reset });
  });
}

/** Starts `opencities serve` as a real process and waits for /healthz. */
export async function startServerProcess(
  port: number,
  storeArgs: string[],
  extra: string[] = [],
  options: ServerProcessOptions = {},
): Promise<ServerProcess> {
  // The preload goes before the entry (after tsx, when the source runs through it).
  const node = options.monitorLoop ? [...nodeArgs.slice(0, -1), '--import', loopMonitor, nodeArgs.at(-1)!] : nodeArgs;
  const child = spawn(process.execPath, [...node, 'serve', '--port', String(port), '--host', '127.0.0.1', ...storeArgs, ...extra], {
    stdio: options.monitorLoop ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  const base = `http://127.0.0.1:${port}`;
  await waitFor(
    `server on ${port} to answer /healthz (output so far: ${out})`,
    async () => {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${out}`);
      try {
        return (await fetch(`${base}/healthz`)).ok;
      } catch {
        return false;
      }
    },
    30_000,
  );
  return { child, base, output: () => out };
}

/**
 * A server over the SQLite store in `dataDir`, in a process of its own (serverChildMain.ts,
 * from source) with the `limits` given, measuring its own event loop (read with serverLoop):
 * for tests that need limits `opencities serve` does not take.
 */
export async function startServerChild(dataDir: string, limits: Partial<Limits>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', loopMonitor, serverChildEntry, dataDir, JSON.stringify(limits)], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let out = '';
  child.stderr?.on('data', (d) => (out += d));
  const port = await new Promise<number>((resolve, reject) => {
    let line = '';
    child.stdout?.on('data', (d) => {
      line += d;
      if (line.includes('\n')) resolve((JSON.parse(line.split('\n')[0]!) as { port: number }).port);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
  return { child, base: `http://127.0.0.1:${port}`, output: () => out };
}

export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

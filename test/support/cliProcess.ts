import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitFor } from './waitFor.js';

const sourceEntry = fileURLToPath(new URL('../../src/cli/run.ts', import.meta.url));
const builtEntry = fileURLToPath(new URL('../../dist/cli/run.js', import.meta.url));

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
 * The CLI as tests run it: the build when it is newer than every source file (npm test builds
 * first, and starting it takes a third of the time), else the source through tsx.
 */
function cliCommand(): string[] {
  const sources = ['shared', 'domain', 'doc', 'server', 'cli'].map((d) => fileURLToPath(new URL(`../../src/${d}`, import.meta.url)));
  const fresh = existsSync(builtEntry) && statSync(builtEntry).mtimeMs >= Math.max(...sources.map(newest));
  return fresh ? [builtEntry] : ['--import', 'tsx', sourceEntry];
}
const nodeArgs = cliCommand();

/** Runs `opencities ARGS` to completion (from source). */
export function runCli(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...nodeArgs, ...args], { encoding: 'utf8', input, timeout: 60_000 });
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

export interface ServerProcess {
  child: ChildProcess;
  base: string;
  output: () => string;
}

/** Starts `opencities serve` as a real process and waits for /healthz. */
export async function startServerProcess(port: number, storeArgs: string[], extra: string[] = []): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...nodeArgs, 'serve', '--port', String(port), '--host', '127.0.0.1', ...storeArgs, ...extra], {
    stdio: ['ignore', 'pipe', 'pipe'],
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

export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

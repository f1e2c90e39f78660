import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword } from '../src/server/auth/password.js';
import { buildServer } from '../src/server/buildServer.js';
import { openStore } from '../src/server/store/index.js';
import { wholeNumberOptions } from './options.js';
import { summarize } from './stats.js';

const usage = 'npm run bench -- sign-in [--signins 16] [--rounds 3]   (needs npm run build: it serves dist/web)';

/**
 * `sign-in`: how long `GET /` (the app's index.html, read from disk on libuv's thread pool)
 * takes while a burst of failed sign-ins (scrypt, on the same pool) runs, against idle.
 * Throttles are raised out of the way: this measures the hashing, not the refusals.
 */
export async function runSignIn(args: string[]): Promise<void> {
  const { signins, rounds } = wholeNumberOptions(args, { signins: 16, rounds: 3 }, usage);
  const store = await openStore({ dataDir: mkdtempSync(join(tmpdir(), 'ocs-bench-signin-')) });
  const wide = { max: 1_000_000, windowMs: 60_000 };
  const server = await buildServer({
    store,
    webDir: join(process.cwd(), 'dist', 'web'),
    log: () => {},
    rateLimits: { signInPerAddress: wide, signInPerAccount: wide, joinPerAddress: wide },
  });
  const base = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
  await store.createAccount({
    id: 'ac_bench',
    email: 'bench@example.org',
    name: 'Bench',
    passwordHash: await hashPassword('the right password'),
    isAdmin: false,
    createdAt: new Date().toISOString(),
  });
  const getIndex = async () => {
    const start = performance.now();
    const res = await fetch(`${base}/`);
    await res.text();
    if (res.status !== 200) throw new Error(`GET / answered ${res.status}`);
    return performance.now() - start;
  };
  const idle: number[] = [];
  const busy: number[] = [];
  const bursts: number[] = [];
  // The first GET / of each burst: it meets the thread pool while every sign-in is queued.
  const firsts: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < 20; i++) idle.push(await getIndex());
    const start = performance.now();
    let done = false;
    const burst = Promise.all(
      Array.from({ length: signins }, (_, i) =>
        fetch(`${base}/api/session`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'bench@example.org', password: `wrong ${i}` }),
        }).then((r) => r.text()),
      ),
    ).then(() => (done = true));
    const first = busy.length;
    while (!done) busy.push(await getIndex());
    if (busy.length > first) firsts.push(busy[first]!);
    await burst;
    bursts.push(performance.now() - start);
  }
  const line = (name: string, values: number[]) => {
    const s = summarize(values);
    console.log(
      `${name.padEnd(34)} n=${String(s.count).padStart(3)}  p50 ${s.p50.toFixed(1)} ms  p95 ${s.p95.toFixed(1)} ms  max ${s.max.toFixed(1)} ms`,
    );
  };
  line('GET / idle', idle);
  line(`GET / during ${signins} failed sign-ins`, busy);
  line(`first GET / of each burst`, firsts);
  line(`${signins} failed sign-ins, whole burst`, bursts);
  await server.close();
  await store.close();
}

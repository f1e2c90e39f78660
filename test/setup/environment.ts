import { browserAvailable, chromiumPath, databaseUrl, e2eRequired, redisUrl } from './optional.js';

/** Runs once before the suite: says loudly what will be skipped, or fails if CI needs it. */
export default function setup(): void {
  const skipped: string[] = [];
  if (!databaseUrl())
    skipped.push('PostgreSQL store contract and server tests (set DATABASE_URL=postgres://127.0.0.1:5432/test to run them)');
  if (!databaseUrl() || !redisUrl())
    skipped.push('several instances sharing live boards (set DATABASE_URL and REDIS_URL=redis://127.0.0.1:6379 to run them)');
  if (!browserAvailable()) {
    if (e2eRequired()) throw new Error(`E2E=required but Chromium is not at ${chromiumPath}: apt-get install -y chromium`);
    skipped.push(`browser tests (no Chromium at ${chromiumPath}: apt-get install -y chromium)`);
  }
  if (skipped.length === 0) return;
  const bar = '!'.repeat(78);
  console.warn(
    `\n${bar}\nSKIPPED — these parts of the suite will not run on this machine:\n${skipped.map((s) => `  - ${s}`).join('\n')}\n${bar}\n`,
  );
}

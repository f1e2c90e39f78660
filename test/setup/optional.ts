import { existsSync } from 'node:fs';

/**
 * Optional real parts of the test environment. A part is used when it is configured; CI
 * configures all of them (DATABASE_URL, REDIS_URL, E2E=required) so none can be skipped there.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function databaseUrl(): string | null {
  return process.env.DATABASE_URL ?? null;
}

export function redisUrl(): string | null {
  return process.env.REDIS_URL ?? null;
}

export function browserAvailable(): boolean {
  return existsSync(chromiumPath);
}

export function e2eRequired(): boolean {
  return process.env.E2E === 'required';
}

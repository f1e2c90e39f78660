import { createHash, randomBytes } from 'node:crypto';

/** The session cookie: a random value in the browser, only its hash in the store. */
export const sessionCookieName = 'ocs_session';

export function newSessionValue(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionValue(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

import { stat } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../src/server/auth/password.js';

/**
 * SPEC S5: password checks leave libuv's thread pool (4 threads: scrypt, file reads, DNS)
 * room for files. Structural, not timed: while eight checks are pending, a file read issued
 * after them finishes before the first check does, which it cannot when eight scrypt jobs
 * hold every thread.
 */
describe('password hashing and the thread pool', () => {
  it('a file read is not queued behind a burst of password checks', async () => {
    const stored = await hashPassword('the right one');
    const finished: string[] = [];
    const checks = Array.from({ length: 8 }, (_, i) =>
      verifyPassword(i === 0 ? 'the right one' : `wrong ${i}`, stored).then((ok) => {
        finished.push(`check ${i}`);
        return ok;
      }),
    );
    const read = stat(import.meta.filename).then(() => finished.push('file read'));
    const results = await Promise.all(checks);
    await read;
    expect(finished[0]).toBe('file read');
    expect(results).toEqual([true, false, false, false, false, false, false, false]);
  });
});

import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/server/auth/password.js';
import type { RateLimits, ServerConfig } from '../../src/server/config.js';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import { redisUrl } from '../setup/optional.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';

/**
 * SPEC S4–S5: sign-in and join are throttled per address and per account, with
 * 429 TOO_MANY_ATTEMPTS and Retry-After; sign-in takes as long for an unknown e-mail as for a
 * known one; with Redis, every instance counts together.
 */

const password = 'correct horse battery';
const generous = { max: 1000, windowMs: 60_000 };

const servers: TestServer[] = [];
afterAll(() => Promise.all(servers.map((s) => s.dispose())));

async function serverWith(rateLimits: Partial<RateLimits>, config: Partial<ServerConfig> = {}) {
  const t = await startTestServer('sqlite', {
    rateLimits: { signInPerAddress: generous, signInPerAccount: generous, joinPerAddress: generous, ...rateLimits },
    ...config,
  });
  servers.push(t);
  await t.store.createAccount({
    id: 'ac_1',
    email: 'fac@example.org',
    name: 'Fay',
    passwordHash: await hashPassword(password),
    isAdmin: false,
    createdAt: new Date().toISOString(),
  });
  return t;
}

async function signIn(base: string, email: string, pass: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email, password: pass }),
  });
  const json = (await res.json()) as { error?: { code: string; message: string } };
  return { status: res.status, code: json.error?.code, message: json.error?.message, retryAfter: res.headers.get('retry-after') };
}

async function join(base: string, invite: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}/api/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ invite, name: 'Ada', organisation: 'Council' }),
  });
  const json = (await res.json()) as { error?: { code: string } };
  return { status: res.status, code: json.error?.code, retryAfter: res.headers.get('retry-after') };
}

describe('sign-in throttling', () => {
  it('after N failed sign-ins for an account the right password is refused too, until the window passes', async () => {
    // A window long enough for three scrypt checks on a loaded machine, short enough to wait out.
    const t = await serverWith({ signInPerAccount: { max: 3, windowMs: 5000 } });
    for (let i = 0; i < 3; i++) expect((await signIn(t.base, 'fac@example.org', `wrong ${i}`)).code).toBe('SIGN_IN_FAILED');
    const refused = await signIn(t.base, 'FAC@example.org ', password);
    expect(refused.status).toBe(429);
    expect(refused.code).toBe('TOO_MANY_ATTEMPTS');
    expect(refused.message).toMatch(/^Try again in \d+ seconds\. /);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    // Another account from the same address is not affected.
    expect((await signIn(t.base, 'other@example.org', 'x')).code).toBe('SIGN_IN_FAILED');
    const after = await waitFor(
      'the window to pass',
      async () => {
        const r = await signIn(t.base, 'fac@example.org', password);
        return r.status === 429 ? null : r;
      },
      30_000,
    );
    expect(after.status).toBe(200);
  });

  it('an address is throttled across accounts; another address (through a trusted proxy) is not', async () => {
    const t = await serverWith({ signInPerAddress: { max: 5, windowMs: 60_000 } }, { trustProxy: true });
    const from = (ip: string) => ({ 'x-forwarded-for': ip });
    for (let i = 0; i < 5; i++) expect((await signIn(t.base, `who${i}@example.org`, 'x', from('203.0.113.7'))).status).toBe(401);
    const sixth = await signIn(t.base, 'fac@example.org', password, from('203.0.113.7'));
    expect(sixth.status).toBe(429);
    expect(sixth.code).toBe('TOO_MANY_ATTEMPTS');
    expect(Number(sixth.retryAfter)).toBeGreaterThan(0);
    expect((await signIn(t.base, 'fac@example.org', password, from('198.51.100.2'))).status).toBe(200);
  });

  it('a known and an unknown e-mail take about the same time (no account enumeration)', async () => {
    const t = await serverWith({});
    const timed = async (email: string) => {
      const start = performance.now();
      expect((await signIn(t.base, email, 'wrong password')).code).toBe('SIGN_IN_FAILED');
      return performance.now() - start;
    };
    await timed('warm-up@example.org');
    // Alternate the two, so a change in the machine's load falls on both alike.
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 7; i++) {
      known.push(await timed('fac@example.org'));
      unknown.push(await timed('nobody@example.org'));
    }
    const median = (times: number[]) => times.sort((a, b) => a - b)[3]!;
    console.log(`sign-in median: known ${median(known).toFixed(1)} ms, unknown ${median(unknown).toFixed(1)} ms`);
    // Generous on purpose (a loaded machine): before the fix an unknown e-mail was over 100 times faster.
    expect(median(unknown)).toBeGreaterThanOrEqual(median(known) / 3);
  });
});

describe('join throttling', () => {
  it('joins from one address are limited; the refused one creates nobody', async () => {
    const t = await serverWith({ joinPerAddress: { max: 4, windowMs: 60_000 } });
    const demo = await createDemoWorkshop(t.store, new Date());
    for (let i = 0; i < 4; i++) expect((await join(t.base, demo.invites.participant.code)).status).toBe(200);
    const before = (await t.store.listParticipants(demo.workshop.id)).length;
    const fifth = await join(t.base, demo.invites.participant.code);
    expect(fifth.status).toBe(429);
    expect(fifth.code).toBe('TOO_MANY_ATTEMPTS');
    expect(Number(fifth.retryAfter)).toBeGreaterThan(0);
    expect((await t.store.listParticipants(demo.workshop.id)).length).toBe(before);
  });
});

describe.runIf(redisUrl())('throttles shared through Redis', () => {
  it('two instances with the same REDIS_URL count sign-ins and joins together', async () => {
    const shared = { redisUrl: redisUrl(), redisKeyPrefix: `ocs-test-${randomBytes(6).toString('hex')}:` };
    const limits = { signInPerAccount: { max: 3, windowMs: 60_000 }, joinPerAddress: { max: 3, windowMs: 60_000 } };
    const a = await serverWith(limits, shared);
    const b = await serverWith(limits, shared);
    expect((await signIn(a.base, 'fac@example.org', 'wrong')).status).toBe(401);
    expect((await signIn(b.base, 'fac@example.org', 'wrong')).status).toBe(401);
    expect((await signIn(a.base, 'fac@example.org', 'wrong')).status).toBe(401);
    const onB = await signIn(b.base, 'fac@example.org', password);
    expect(onB.status).toBe(429);
    expect(onB.code).toBe('TOO_MANY_ATTEMPTS');
    const demoA = await createDemoWorkshop(a.store, new Date());
    const demoB = await createDemoWorkshop(b.store, new Date());
    expect((await join(a.base, demoA.invites.participant.code)).status).toBe(200);
    expect((await join(b.base, demoB.invites.participant.code)).status).toBe(200);
    expect((await join(a.base, demoA.invites.participant.code)).status).toBe(200);
    expect((await join(b.base, demoB.invites.participant.code)).status).toBe(429);
  });
});

describe('when Redis is unreachable', () => {
  it('sign-in still answers (unthrottled) and the server says why', async () => {
    const t = await serverWith({ signInPerAccount: { max: 1, windowMs: 60_000 } }, { redisUrl: 'redis://127.0.0.1:1' });
    expect((await signIn(t.base, 'fac@example.org', 'wrong')).code).toBe('SIGN_IN_FAILED');
    expect((await signIn(t.base, 'fac@example.org', password)).status).toBe(200);
    expect(t.logs.some((line) => line.startsWith('rate limits: Redis error, not throttling until it is back'))).toBe(true);
  });
});

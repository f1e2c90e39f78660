import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/server/auth/password.js';
import { storeKinds } from '../support/stores.js';
import { api, startTestServer, type TestServer } from '../support/testServer.js';
import { undocumented } from '../support/openApiCheck.js';

const password = 'a long password for the token tests';
const day = 24 * 3600 * 1000;

/** A request with a bearer token (and no cookie), as a script sends it. */
async function bearer(base: string, method: string, path: string, authorization: string, body?: unknown) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { authorization, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null };
}

/**
 * Personal API tokens (SPEC N3, N5) over the real routes and the real store: made once and
 * shown once, stored hashed, a read token refused any change, expired and revoked ones 401
 * saying which. Every answer is checked against the OpenAPI document (N2).
 */
describe.each(storeKinds)('personal API tokens on %s', (kind) => {
  let t: TestServer;
  let now = new Date('2027-03-01T10:00:00.000Z');
  let owner = '';
  let other = '';
  let participant = '';
  let doc: any;
  const checked = async (method: string, route: string, path: string, cookie: string | undefined, body?: unknown) => {
    const res = await api(t.base, method, path, body, cookie);
    expect(undocumented(doc, method, route, res.status, res.json)).toEqual([]);
    return res;
  };
  const signIn = async (id: string, email: string) => {
    await t.store.createAccount({
      id,
      email,
      name: id,
      passwordHash: await hashPassword(password),
      isAdmin: false,
      createdAt: now.toISOString(),
    });
    return (await api(t.base, 'POST', '/api/session', { email, password })).cookie!;
  };
  const create = async (body: unknown, cookie = owner) => checked('POST', '/api/account/tokens', '/api/account/tokens', cookie, body);

  beforeAll(async () => {
    t = await startTestServer(kind, { now: () => now });
    doc = (await api(t.base, 'GET', '/api/openapi.json')).json;
    owner = await signIn('ac_tokens', 'tokens@example.org');
    other = await signIn('ac_other', 'other@example.org');
    const w = (await api(t.base, 'POST', '/api/workshops', { title: 'Tokens', groups: [] }, owner)).json;
    const code = (await api(t.base, 'POST', `/api/workshops/${w.workshop.id}/invites`, { role: 'facilitator' }, owner)).json.invite.code;
    participant = (await api(t.base, 'POST', '/api/join', { invite: code, name: 'Pat', organisation: 'Council' })).cookie!;
  });
  afterAll(() => t?.dispose());

  it('N3: is shown once at creation, listed without it, and kept only as its hash', async () => {
    const made = await create({ name: 'nightly export', scope: 'read', expiresInDays: 30 });
    expect(made.status).toBe(201);
    expect(made.json.secret).toMatch(/^ocs_[A-Za-z0-9_-]{43}$/);
    expect(made.json.token).toMatchObject({ name: 'nightly export', scope: 'read', revokedAt: null });
    expect(made.json.token.expiresAt).toBe(new Date(now.getTime() + 30 * day).toISOString());
    const list = await checked('GET', '/api/account/tokens', '/api/account/tokens', owner);
    expect(list.json.tokens.map((x: { id: string }) => x.id)).toContain(made.json.token.id);
    expect(JSON.stringify(list.json)).not.toContain(made.json.secret);
    // Another account sees none of it.
    expect((await api(t.base, 'GET', '/api/account/tokens', undefined, other)).json.tokens).toEqual([]);
    if (kind === 'sqlite') {
      const dir = t.handle.cliArgs[1]!;
      const bytes = readdirSync(dir).map((f) => readFileSync(join(dir, f)).toString('latin1'));
      expect(bytes.some((b) => b.includes(made.json.secret))).toBe(false);
      expect(bytes.some((b) => b.includes('nightly export'))).toBe(true); // the files read are the store's
    }
  });

  it('N3: a read token reads as its account and is refused every change with 403', async () => {
    const { secret } = (await create({ name: 'reader', scope: 'read', expiresInDays: 1 })).json;
    const list = await bearer(t.base, 'GET', '/api/workshops', `Bearer ${secret}`);
    expect(list.status).toBe(200);
    expect(undocumented(doc, 'GET', '/api/workshops', 200, list.json)).toEqual([]);
    expect(list.json.workshops.map((w: { title: string }) => w.title)).toEqual(['Tokens']);
    const me = await bearer(t.base, 'GET', '/api/me', `Bearer ${secret}`);
    expect(me.json).toMatchObject({ signedIn: true, account: { id: 'ac_tokens' } });
    const write = await bearer(t.base, 'POST', '/api/workshops', `Bearer ${secret}`, { title: 'Not made', groups: [] });
    expect(write.status).toBe(403);
    expect(write.json.error.code).toBe('API_TOKEN_READ_ONLY');
    expect(write.json.error.message).toMatch(/read token.*read-write token/);
    expect(undocumented(doc, 'POST', '/api/workshops', 403, write.json)).toEqual([]);
    expect((await bearer(t.base, 'DELETE', '/api/session', `Bearer ${secret}`)).status).toBe(403);
    const titles = (await api(t.base, 'GET', '/api/workshops', undefined, owner)).json.workshops.map((w: { title: string }) => w.title);
    expect(titles).toEqual(['Tokens']);
  });

  it('N3: a read-write token changes things as its account', async () => {
    const { secret } = (await create({ name: 'writer', scope: 'read-write', expiresInDays: 7 })).json;
    const made = await bearer(t.base, 'POST', '/api/workshops', `Bearer ${secret}`, { title: 'By script', groups: ['One'] });
    expect(made.status).toBe(201);
    expect(undocumented(doc, 'POST', '/api/workshops', 201, made.json)).toEqual([]);
    const detail = await bearer(t.base, 'GET', `/api/workshops/${made.json.workshop.id}`, `Bearer ${secret}`);
    expect(detail.json.me.role).toBe('facilitator');
  });

  it('N5: a token neither manages tokens nor opens /collab', async () => {
    const { secret } = (await create({ name: 'keys', scope: 'read-write', expiresInDays: 7 })).json;
    const again = await bearer(t.base, 'POST', '/api/account/tokens', `Bearer ${secret}`, { name: 'x', scope: 'read', expiresInDays: 1 });
    expect(again.status).toBe(403);
    expect(again.json.error.code).toBe('API_TOKEN_NOT_ALLOWED');
    expect((await bearer(t.base, 'GET', '/api/account/tokens', `Bearer ${secret}`)).json.error.code).toBe('API_TOKEN_NOT_ALLOWED');
    const workshopId = (await api(t.base, 'GET', '/api/workshops', undefined, owner)).json.workshops[0].id;
    const collab = await bearer(t.base, 'POST', '/api/token', `Bearer ${secret}`, { workshopId });
    expect(collab.status).toBe(403);
    expect(collab.json.error.code).toBe('API_TOKEN_NOT_ALLOWED');
  });

  it('N3: an expired token is 401 API_TOKEN_EXPIRED, saying when and what to do', async () => {
    const { secret } = (await create({ name: 'short', scope: 'read', expiresInDays: 1 })).json;
    expect((await bearer(t.base, 'GET', '/api/workshops', `Bearer ${secret}`)).status).toBe(200);
    const was = now;
    now = new Date(now.getTime() + day + 1);
    try {
      const res = await bearer(t.base, 'GET', '/api/workshops', `Bearer ${secret}`);
      expect(res.status).toBe(401);
      expect(res.json.error.code).toBe('API_TOKEN_EXPIRED');
      expect(res.json.error.message).toMatch(/"short" expired on .*Create a new one/);
      expect(undocumented(doc, 'GET', '/api/workshops', 401, res.json)).toEqual([]);
    } finally {
      now = was;
    }
  });

  it('N3: a revoked token is 401 API_TOKEN_REVOKED at once; only its account revokes it', async () => {
    const made = (await create({ name: 'to revoke', scope: 'read-write', expiresInDays: 30 })).json;
    const path = `/api/account/tokens/${made.token.id}`;
    const stranger = await api(t.base, 'DELETE', path, undefined, other);
    expect([stranger.status, stranger.json.error.code]).toEqual([404, 'API_TOKEN_NOT_FOUND']);
    expect((await bearer(t.base, 'GET', '/api/workshops', `Bearer ${made.secret}`)).status).toBe(200);
    const revoked = await checked('DELETE', '/api/account/tokens/:id', path, owner);
    expect(revoked.status).toBe(200);
    expect(revoked.json.token.revokedAt).toBe(now.toISOString());
    const res = await bearer(t.base, 'GET', '/api/workshops', `Bearer ${made.secret}`);
    expect([res.status, res.json.error.code]).toEqual([401, 'API_TOKEN_REVOKED']);
    expect(res.json.error.message).toMatch(/"to revoke" was revoked/);
    // Still listed, as revoked.
    const listed = (await api(t.base, 'GET', '/api/account/tokens', undefined, owner)).json.tokens;
    expect(listed.find((x: { id: string }) => x.id === made.token.id).revokedAt).toBe(now.toISOString());
  });

  it('N3: a wrong token or a malformed header is 401 API_TOKEN_INVALID; another scheme is not ours', async () => {
    const unknown = `ocs_${'A'.repeat(43)}`;
    for (const header of [`Bearer ${unknown}`, 'Bearer', 'Bearer   ', 'Bearer not-a-token', `bearer ${unknown}x`]) {
      const res = await bearer(t.base, 'GET', '/api/workshops', header);
      expect([header, res.status, res.json.error.code]).toEqual([header, 401, 'API_TOKEN_INVALID']);
    }
    const basic = await bearer(t.base, 'GET', '/api/workshops', 'Basic dXNlcjpwYXNz');
    expect([basic.status, basic.json.error.code]).toEqual([401, 'NOT_SIGNED_IN']);
    // A bad token is refused even where no one need sign in: it is a mistake worth saying.
    expect((await bearer(t.base, 'GET', '/api/time', `Bearer ${unknown}`)).status).toBe(401);
  });

  it('N3: bad input at creation is refused naming the field, and nothing is made', async () => {
    const before = (await api(t.base, 'GET', '/api/account/tokens', undefined, owner)).json.tokens.length;
    const cases: [unknown, RegExp][] = [
      [{ name: '', scope: 'read', expiresInDays: 1 }, /^name: is required/],
      [{ name: 'x', scope: 'admin', expiresInDays: 1 }, /^scope: is not "read" or "read-write"/],
      [{ name: 'x', scope: 'read', expiresInDays: 0 }, /^expiresInDays: is under 1 day/],
      [{ name: 'x', scope: 'read', expiresInDays: 366 }, /^expiresInDays: is over 365 days/],
      [{ name: 'x', scope: 'read', expiresInDays: 1.5 }, /^expiresInDays: is not a whole number/],
      [{ name: 'x', scope: 'read' }, /^expiresInDays: is not a number of days/],
      [{ name: 'x', scope: 'read', expiresInDays: 1, owner: 'ac_other' }, /owner/],
    ];
    for (const [body, message] of cases) {
      const res = await create(body);
      expect([res.status, res.json.error.code]).toEqual([400, 'VALIDATION_FAILED']);
      expect(res.json.error.message).toMatch(message);
    }
    expect((await create({ name: 'x', scope: 'read', expiresInDays: 1 }, participant)).status).toBe(403);
    expect((await api(t.base, 'POST', '/api/account/tokens', { name: 'x', scope: 'read', expiresInDays: 1 })).status).toBe(401);
    expect((await api(t.base, 'GET', '/api/account/tokens', undefined, owner)).json.tokens.length).toBe(before);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { CreatedWorkshop } from '../../src/server/services/createWorkshop.js';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import { api, openSynced, startTestServer, type TestServer } from '../support/testServer.js';

/**
 * SPEC S1–S3: a page of another origin (another port of the same host, a sibling subdomain:
 * same-site, so SameSite=Lax sends our cookie) cannot change anything nor open /collab; the
 * CSP connects only to this origin; PUBLIC_URL names the one origin and makes cookies Secure.
 */

const mapFile = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'ecosystem-map', 'v1-air-quality.json'));

function importForm(): FormData {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(mapFile)]), 'air.json');
  return form;
}

async function answer(res: Response) {
  const text = await res.text();
  try {
    return { status: res.status, json: JSON.parse(text), headers: res.headers };
  } catch {
    return { status: res.status, json: null, headers: res.headers };
  }
}

/** Opens /collab with the headers a browser page would send; resolves with the handshake's status. */
function collabOpening(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    socket.on('open', () => {
      socket.close();
      resolve(101);
    });
    socket.on('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.on('error', (e) => reject(e));
  });
}

describe('requests from another origin, without PUBLIC_URL', () => {
  let t: TestServer;
  let demo: CreatedWorkshop;
  let participant: string;
  let sibling: string;
  const boardCount = async () => (await t.store.listBoards(demo.workshop.id)).length;
  const upload = (headers: Record<string, string>) =>
    fetch(`${t.base}/api/workshops/${demo.workshop.id}/import`, {
      method: 'POST',
      headers: { cookie: participant, ...headers },
      body: importForm(),
    }).then(answer);

  beforeAll(async () => {
    t = await startTestServer('sqlite');
    demo = await createDemoWorkshop(t.store, new Date());
    participant = (await api(t.base, 'POST', '/api/join', { invite: demo.invites.participant.code, name: 'Ada', organisation: 'Council' }))
      .cookie!;
    // The probe's attacker: a page on another port of the same host.
    sibling = `http://127.0.0.1:${Number(new URL(t.base).port) + 1}`;
  });
  afterAll(() => t.dispose());

  it('a cross-origin form post (multipart import) is refused 403 ORIGIN_NOT_ALLOWED and creates nothing', async () => {
    const before = await boardCount();
    const r = await upload({ origin: sibling });
    expect(r.status).toBe(403);
    expect(r.json.error.code).toBe('ORIGIN_NOT_ALLOWED');
    expect(r.json.error.message).toMatch(/another site/);
    // A subdomain of the same site, and an opaque origin, fare no better.
    expect((await upload({ origin: 'http://evil.127.0.0.1.nip.io' })).status).toBe(403);
    expect((await upload({ origin: 'null' })).status).toBe(403);
    // A browser that sends no Origin but a Referer is judged by the Referer.
    expect((await upload({ referer: `${sibling}/attack.html` })).status).toBe(403);
    expect(await boardCount()).toBe(before);
    expect(t.logs.some((line) => line.includes('ORIGIN_NOT_ALLOWED'))).toBe(true);
  });

  it('the same import from the page’s own origin, or with no Origin (CLI, curl), still works', async () => {
    const before = await boardCount();
    const own = await upload({ origin: t.base });
    expect(own.status, JSON.stringify(own.json)).toBe(201);
    const referred = await upload({ referer: `${t.base}/workshops/${demo.workshop.id}` });
    expect(referred.status).toBe(201);
    const bare = await upload({});
    expect(bare.status).toBe(201);
    expect(await boardCount()).toBe(before + 3);
  });

  it('JSON requests that change things are checked too; reading is not', async () => {
    const join = await fetch(`${t.base}/api/join`, {
      method: 'POST',
      headers: { origin: sibling, 'content-type': 'application/json' },
      body: JSON.stringify({ invite: demo.invites.participant.code, name: 'Eve', organisation: 'Elsewhere' }),
    }).then(answer);
    expect(join.status).toBe(403);
    expect(join.json.error.code).toBe('ORIGIN_NOT_ALLOWED');
    expect((await t.store.listParticipants(demo.workshop.id)).some((p) => p.name === 'Eve')).toBe(false);
    const signOut = await fetch(`${t.base}/api/session`, { method: 'DELETE', headers: { origin: sibling, cookie: participant } });
    expect(signOut.status).toBe(403);
    const me = await fetch(`${t.base}/api/me`, { headers: { origin: sibling, cookie: participant } }).then(answer);
    expect(me.status).toBe(200);
    expect(me.json.signedIn).toBe(true);
  });

  it('/collab refuses an opening from a page of another origin, and takes one from its own or from a plain client', async () => {
    const token = (await api(t.base, 'POST', '/api/token', { workshopId: demo.workshop.id }, participant)).json.token as string;
    expect(await collabOpening(t.collabUrl, { origin: sibling })).toBe(403);
    expect(await collabOpening(t.collabUrl, { origin: t.base })).toBe(101);
    expect(t.logs.some((line) => line.startsWith('collab refused an opening from'))).toBe(true);
    // A plain Yjs client sends no Origin: its token decides (SPEC A1).
    const board = demo.boards.find((b) => b.groupId !== null)!;
    const client = await openSynced(t.collabUrl, board.id, token);
    client.destroy();
  });

  it('the CSP connects to this origin only, and cookies are not Secure over plain HTTP', async () => {
    const res = await fetch(`${t.base}/api/me`);
    const policy = res.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("connect-src 'self';");
    expect(policy).not.toMatch(/ws:|wss:/);
    const joined = await fetch(`${t.base}/api/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ invite: demo.invites.observer.code, name: 'Mo', organisation: 'Library' }),
    });
    expect(joined.headers.get('set-cookie')).not.toMatch(/;\s*Secure/i);
  });
});

describe('with PUBLIC_URL=https://studio.example.org', () => {
  let t: TestServer;
  let demo: CreatedWorkshop;
  const publicUrl = 'https://studio.example.org';
  const joinFrom = (origin: string | null) =>
    fetch(`${t.base}/api/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}) },
      body: JSON.stringify({ invite: demo.invites.participant.code, name: 'Ada', organisation: 'Council' }),
    });

  beforeAll(async () => {
    t = await startTestServer('sqlite', { publicUrl: `${publicUrl}/` });
    demo = await createDemoWorkshop(t.store, new Date());
  });
  afterAll(() => t.dispose());

  it('only pages of that origin may change things: even the Host the request was sent to is refused', async () => {
    const own = await joinFrom(publicUrl);
    expect(own.status).toBe(200);
    const byHost = await joinFrom(t.base);
    expect(byHost.status).toBe(403);
    expect(((await byHost.json()) as { error: { code: string } }).error.code).toBe('ORIGIN_NOT_ALLOWED');
    expect((await joinFrom('https://evil.example.org')).status).toBe(403);
    expect((await joinFrom(null)).status).toBe(200);
    expect(await collabOpening(t.collabUrl, { origin: t.base })).toBe(403);
    expect(await collabOpening(t.collabUrl, { origin: publicUrl })).toBe(101);
  });

  it('cookies are Secure, and the CSP connects to that origin’s wss: form only', async () => {
    const res = await joinFrom(publicUrl);
    expect(res.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
    const policy = res.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("connect-src 'self' wss://studio.example.org;");
    expect(policy.match(/wss?:/g)).toEqual(['wss:']);
  });
});

describe('behind a proxy (TRUST_PROXY)', () => {
  const servers: TestServer[] = [];
  afterAll(() => Promise.all(servers.map((s) => s.dispose())));

  it('a trusted proxy’s X-Forwarded-Proto: https makes the cookie Secure; an untrusted one is ignored', async () => {
    const secureCookie = async (trustProxy: boolean) => {
      const t = await startTestServer('sqlite', { trustProxy });
      servers.push(t);
      const demo = await createDemoWorkshop(t.store, new Date());
      const res = await fetch(`${t.base}/api/join`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
        body: JSON.stringify({ invite: demo.invites.participant.code, name: 'Ada', organisation: 'Council' }),
      });
      expect(res.status).toBe(200);
      return /;\s*Secure/i.test(res.headers.get('set-cookie') ?? '');
    };
    expect(await secureCookie(true)).toBe(true);
    expect(await secureCookie(false)).toBe(false);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import { hashPassword } from '../../src/server/auth/password.js';
import type { CreatedWorkshop } from '../../src/server/services/createWorkshop.js';
import { acknowledged, api, openSynced, startTestServer, type TestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';
import { storeKinds } from '../support/stores.js';

describe.each(storeKinds)('HTTP API on %s', (kind) => {
  let t: TestServer;
  let demo: CreatedWorkshop;
  beforeAll(async () => {
    t = await startTestServer(kind);
    demo = await createDemoWorkshop(t.store, new Date());
    await t.store.createAccount({
      id: 'ac_1',
      email: 'fac@example.org',
      name: 'Fay',
      passwordHash: await hashPassword('correct horse battery'),
      isAdmin: false,
      createdAt: new Date().toISOString(),
    });
  });
  afterAll(() => t.dispose());

  it('GET /healthz answers 200 with JSON when the store reads and writes', async () => {
    const r = await api(t.base, 'GET', '/healthz');
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ ok: true, store: kind });
  });

  it('POST /api/join answers the contract shape, sets an httpOnly SameSite cookie (A7)', async () => {
    const res = await fetch(`${t.base}/api/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ invite: demo.invites.participant.code, name: 'Ada', organisation: 'Fire service' }),
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.participant).toMatchObject({ name: 'Ada', role: 'participant' });
    expect(body.participant.group.name).toMatch(/Group/);
    expect(body.workshop).toEqual({ id: demo.workshop.id, title: 'Open Cities demo' });
    expect(typeof body.token).toBe('string');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/ocs_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('GET /api/me says who is signed in: nobody, a participant, or an account', async () => {
    expect((await api(t.base, 'GET', '/api/me')).json).toEqual({ signedIn: false });
    const joined = await api(t.base, 'POST', '/api/join', { invite: demo.invites.observer.code, name: 'Mo', organisation: 'Library' });
    const me = await api(t.base, 'GET', '/api/me', undefined, joined.cookie!);
    expect(me.json).toEqual({
      signedIn: true,
      participant: { id: joined.json.participant.id, name: 'Mo', organisation: 'Library', role: 'observer', groupId: null },
      workshop: { id: demo.workshop.id, title: 'Open Cities demo' },
    });
    const signedIn = await api(t.base, 'POST', '/api/session', { email: 'fac@example.org', password: 'correct horse battery' });
    expect((await api(t.base, 'GET', '/api/me', undefined, signedIn.cookie!)).json).toEqual({
      signedIn: true,
      account: { id: 'ac_1', name: 'Fay', email: 'fac@example.org', isAdmin: false },
    });
  });

  it('E1/E2: wrong invite, malformed JSON and bad fields give coded errors and create nobody', async () => {
    const before = (await t.store.listParticipants(demo.workshop.id)).length;
    const wrong = await api(t.base, 'POST', '/api/join', { invite: 'nope', name: 'X', organisation: '' });
    expect(wrong.status).toBe(404);
    expect(wrong.json.error.code).toBe('INVITE_NOT_FOUND');
    expect(wrong.json.error.message).toMatch(/ask your facilitator/i);
    const broken = await api(t.base, 'POST', '/api/join', '{"invite":');
    expect(broken.status).toBe(400);
    expect(broken.json.error.code).toBe('BAD_REQUEST');
    const noName = await api(t.base, 'POST', '/api/join', { invite: demo.invites.participant.code, name: '  ' });
    expect(noName.status).toBe(400);
    expect(noName.json.error).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(noName.json.error.message).toMatch(/^name: /);
    expect((await t.store.listParticipants(demo.workshop.id)).length).toBe(before);
  });

  it('A6: a revoked invite makes nobody a member', async () => {
    const fac = await api(t.base, 'POST', '/api/join', { invite: demo.invites.facilitator.code, name: 'Fran', organisation: 'Council' });
    const made = await api(t.base, 'POST', `/api/workshops/${demo.workshop.id}/invites`, { role: 'observer' }, fac.cookie!);
    expect(made.status).toBe(201);
    const code = made.json.invite.code as string;
    expect(code).toMatch(/^[a-z2-9]{24}$/);
    const revoked = await api(t.base, 'DELETE', `/api/workshops/${demo.workshop.id}/invites/${code}`, undefined, fac.cookie!);
    expect(revoked.json.invite.revokedAt).toBeTruthy();
    const r = await api(t.base, 'POST', '/api/join', { invite: code, name: 'Late', organisation: '' });
    expect(r.status).toBe(410);
    expect(r.json.error.code).toBe('INVITE_REVOKED');
  });

  it('A3: a participant is refused another group’s reflection board over HTTP, and does not see it listed', async () => {
    const p = await api(t.base, 'POST', '/api/join', { invite: demo.invites.participant.code, name: 'Bo', organisation: 'University' });
    const myGroup = p.json.participant.group.id as string;
    const other = demo.boards.find((b) => b.kind === 'reflection' && b.groupId !== myGroup)!;
    const mine = demo.boards.find((b) => b.kind === 'reflection' && b.groupId === myGroup)!;
    expect((await api(t.base, 'GET', `/api/boards/${other.id}`, undefined, p.cookie!)).json.error.code).toBe('FORBIDDEN');
    expect((await api(t.base, 'GET', `/api/boards/${mine.id}`, undefined, p.cookie!)).json.access).toBe('write');
    const home = await api(t.base, 'GET', `/api/workshops/${demo.workshop.id}`, undefined, p.cookie!);
    const listed = home.json.boards.map((b: { id: string }) => b.id);
    expect(listed).toContain(mine.id);
    expect(listed).not.toContain(other.id);
    expect(home.json.workshop.agenda.length).toBeGreaterThan(0);
  });

  it('A4: an observer reads maps but no reflection board', async () => {
    const o = await api(t.base, 'POST', '/api/join', { invite: demo.invites.observer.code, name: 'Obi', organisation: 'Visiting city' });
    const map = demo.boards.find((b) => b.kind === 'ecosystem-map')!;
    expect((await api(t.base, 'GET', `/api/boards/${map.id}`, undefined, o.cookie!)).json.access).toBe('read');
    const home = await api(t.base, 'GET', `/api/workshops/${demo.workshop.id}`, undefined, o.cookie!);
    expect(home.json.boards.some((b: { kind: string }) => b.kind === 'reflection')).toBe(false);
  });

  it('A1: a member of one workshop is refused another workshop, and strangers are not signed in', async () => {
    const other = await createDemoWorkshop(t.store, new Date());
    const p = await api(t.base, 'POST', '/api/join', { invite: demo.invites.participant.code, name: 'Cy', organisation: '' });
    expect((await api(t.base, 'GET', `/api/workshops/${other.workshop.id}`, undefined, p.cookie!)).status).toBe(403);
    expect((await api(t.base, 'GET', `/api/boards/${other.boards[0]!.id}`, undefined, p.cookie!)).status).toBe(403);
    expect((await api(t.base, 'POST', '/api/token', { workshopId: other.workshop.id }, p.cookie!)).status).toBe(403);
    expect((await api(t.base, 'GET', `/api/workshops/${demo.workshop.id}`)).json.error.code).toBe('NOT_SIGNED_IN');
  });

  it('a facilitator signs in, creates a workshop with groups and boards, and lists it', async () => {
    const bad = await api(t.base, 'POST', '/api/session', { email: 'fac@example.org', password: 'wrong password' });
    expect(bad.json.error.code).toBe('SIGN_IN_FAILED');
    const ok = await api(t.base, 'POST', '/api/session', { email: 'FAC@example.org', password: 'correct horse battery' });
    expect(ok.status).toBe(200);
    const created = await api(
      t.base,
      'POST',
      '/api/workshops',
      { title: 'Flood risk', groups: ['North', 'South'], projects: ['Flood sensors'] },
      ok.cookie!,
    );
    expect(created.status).toBe(201);
    expect(created.json.groups.map((g: { name: string }) => g.name)).toEqual(['North', 'South']);
    expect(created.json.boards).toHaveLength(6);
    const list = await api(t.base, 'GET', '/api/workshops', undefined, ok.cookie!);
    expect(list.json.workshops.map((w: { title: string }) => w.title)).toEqual(['Flood risk']);
    const invites = await api(t.base, 'GET', `/api/workshops/${created.json.workshop.id}/invites`, undefined, ok.cookie!);
    expect(invites.json.invites.map((i: { role: string }) => i.role).sort()).toEqual(['facilitator', 'observer', 'participant']);
    const badWorkshop = await api(t.base, 'POST', '/api/workshops', { title: '', meetingLink: 'not a url' }, ok.cookie!);
    expect(badWorkshop.status).toBe(400);
    expect(badWorkshop.json.error.message).toMatch(/title: .*meetingLink: /);
  });

  it('deleting a workshop disconnects everyone on its boards for good and drops the boards from memory', async () => {
    const cookie = (await api(t.base, 'POST', '/api/session', { email: 'fac@example.org', password: 'correct horse battery' })).cookie!;
    const created = (await api(t.base, 'POST', '/api/workshops', { title: 'Short-lived', groups: ['One'] }, cookie)).json;
    const board = created.boards[0].id as string;
    const invites = (await api(t.base, 'GET', `/api/workshops/${created.workshop.id}/invites`, undefined, cookie)).json.invites;
    const code = invites.find((i: { role: string }) => i.role === 'participant').code as string;
    const token = (await api(t.base, 'POST', '/api/join', { invite: code, name: 'Pat', organisation: '' })).json.token as string;
    const client = await openSynced(t.collabUrl, board, token);
    client.doc.getMap('m').set('secret', 'personal notes');
    await acknowledged(client);
    expect(t.server.hocuspocus.documents.has(board)).toBe(true);

    expect((await api(t.base, 'DELETE', `/api/workshops/${created.workshop.id}`, undefined, cookie)).status).toBe(200);
    await waitFor('the participant told the board is gone', () => client.closeEvents.find((e) => e.code === 4404));
    expect(client.closeEvents.some((e) => e.reason.startsWith('BOARD_NOT_FOUND: This board has been deleted.'))).toBe(true);
    await waitFor('the board dropped from memory', () => !t.server.hocuspocus.documents.has(board));
    await waitFor('the reconnection refused', () => client.refusedReason());
    expect(t.server.hocuspocus.documents.has(board)).toBe(false);
    expect(await t.store.getBoard(board)).toBeNull();
    client.destroy();
  });

  it('P3: pages and API answers forbid loading from any other origin', async () => {
    const res = await fetch(`${t.base}/healthz`);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
  });

  it('unknown API paths answer a coded 404', async () => {
    const r = await api(t.base, 'GET', '/api/nothing-here');
    expect(r.status).toBe(404);
    expect(r.json.error.code).toBe('NOT_FOUND');
  });
});

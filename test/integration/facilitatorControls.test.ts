import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { hashPassword } from '../../src/server/auth/password.js';
import { acknowledged, api, openSynced, startTestServer, type BoardClient, type TestServer } from '../support/testServer.js';
import { storeKinds } from '../support/stores.js';
import { waitFor } from '../support/waitFor.js';

/** The board as the store would rebuild it after a restart. */
async function storedDoc(t: TestServer, boardId: string): Promise<Y.Doc> {
  const state = await t.store.loadBoardState(boardId);
  const doc = new Y.Doc();
  if (state.compacted) Y.applyUpdate(doc, state.compacted);
  for (const u of state.updates) Y.applyUpdate(doc, u.update);
  return doc;
}

/** Every lock message a client's page was sent, in order. */
function lockMessages(client: BoardClient): boolean[] {
  const seen: boolean[] = [];
  client.provider.on('stateless', ({ payload }: { payload: string }) => {
    const message = JSON.parse(payload) as { type?: string; locked?: boolean };
    if (message.type === 'board-lock') seen.push(message.locked === true);
  });
  return seen;
}

describe.each(storeKinds)('facilitator’s controls on %s', (kind) => {
  let t: TestServer;
  const clients: BoardClient[] = [];
  const cookies: Record<string, string> = {};
  const password = 'correct horse battery';
  const synced = async (boardId: string, token: string) => {
    const c = await openSynced(t.collabUrl, boardId, token);
    clients.push(c);
    return c;
  };
  const call = (who: string | null, method: string, path: string, body?: unknown) =>
    api(t.base, method, path, body, who ? cookies[who] : undefined);

  /** A workshop of the owner's, and a participant's token for it. */
  async function workshopWithParticipant(title: string) {
    const created = (await call('owner', 'POST', '/api/workshops', { title, groups: ['One'] })).json;
    const invites = (await call('owner', 'GET', `/api/workshops/${created.workshop.id}/invites`)).json.invites;
    const code = invites.find((i: { role: string }) => i.role === 'participant').code as string;
    const join = async (name: string) => (await api(t.base, 'POST', '/api/join', { invite: code, name, organisation: '' })).json;
    const map = created.boards.find((b: { kind: string }) => b.kind === 'ecosystem-map') as { id: string; title: string };
    return { id: created.workshop.id as string, map, join };
  }

  beforeAll(async () => {
    t = await startTestServer(kind);
    const now = new Date().toISOString();
    const passwordHash = await hashPassword(password);
    for (const [id, email] of [
      ['owner', 'owner@example.org'],
      ['co', 'Co.Facilitator@example.org'],
      ['stranger', 'stranger@example.org'],
    ] as const) {
      await t.store.createAccount({ id: `ac_${id}`, email, name: id, passwordHash, isAdmin: false, createdAt: now });
      cookies[id] = (await api(t.base, 'POST', '/api/session', { email, password })).cookie!;
    }
  });
  afterEach(() => {
    for (const c of clients.splice(0)) c.destroy();
  });
  afterAll(() => t.dispose());

  it('A14: the owner shares a workshop by e-mail; the co-facilitator sees it and acts as a facilitator, then loses it when removed', async () => {
    const w = await workshopWithParticipant('Shared day');
    expect((await call('co', 'GET', `/api/workshops/${w.id}`)).status).toBe(403);

    const shared = await call('owner', 'POST', `/api/workshops/${w.id}/facilitators`, { email: ' co.facilitator@EXAMPLE.org ' });
    expect(shared.status).toBe(201);
    expect(shared.json.facilitators).toEqual([{ id: 'ac_co', name: 'co', email: 'Co.Facilitator@example.org' }]);
    expect(shared.json.owner).toMatchObject({ id: 'ac_owner' });
    expect(shared.json.canManage).toBe(true);

    expect((await call('co', 'GET', '/api/workshops')).json.workshops.map((x: { id: string }) => x.id)).toContain(w.id);
    const home = await call('co', 'GET', `/api/workshops/${w.id}`);
    expect(home.json.me.role).toBe('facilitator');
    expect(home.json.boards.every((b: { access: string }) => b.access === 'write')).toBe(true);
    // Acts as a facilitator: makes an invite, renames a board, opens it for writing live.
    expect((await call('co', 'POST', `/api/workshops/${w.id}/invites`, { role: 'observer' })).status).toBe(201);
    expect((await call('co', 'PATCH', `/api/boards/${w.map.id}`, { title: 'Sensors map' })).json.board.title).toBe('Sensors map');
    const token = (await call('co', 'POST', '/api/token', { workshopId: w.id })).json.token as string;
    const live = await synced(w.map.id, token);
    live.doc.getMap('probe').set('co-wrote', 1);
    await acknowledged(live);
    expect((await storedDoc(t, w.map.id)).getMap('probe').get('co-wrote')).toBe(1);

    // What stays the owner's: choosing facilitators and deleting the workshop.
    const listed = await call('co', 'GET', `/api/workshops/${w.id}/facilitators`);
    expect(listed.json.canManage).toBe(false);
    const coShares = await call('co', 'POST', `/api/workshops/${w.id}/facilitators`, { email: 'stranger@example.org' });
    expect(coShares.status).toBe(403);
    expect(coShares.json.error.code).toBe('FORBIDDEN');
    expect((await call('co', 'DELETE', `/api/workshops/${w.id}/facilitators/ac_co`)).status).toBe(403);
    expect((await call('co', 'DELETE', `/api/workshops/${w.id}`)).status).toBe(403);
    expect((await call('stranger', 'GET', `/api/workshops/${w.id}/facilitators`)).status).toBe(403);

    const removed = await call('owner', 'DELETE', `/api/workshops/${w.id}/facilitators/ac_co`);
    expect(removed.json.facilitators).toEqual([]);
    expect((await call('co', 'GET', `/api/workshops/${w.id}`)).status).toBe(403);
    expect((await call('co', 'GET', '/api/workshops')).json.workshops.map((x: { id: string }) => x.id)).not.toContain(w.id);
  });

  it('A14: sharing with an address that has no account, or a malformed one, says so and shares nothing', async () => {
    const w = await workshopWithParticipant('Nobody else');
    const unknown = await call('owner', 'POST', `/api/workshops/${w.id}/facilitators`, { email: 'nobody@example.org' });
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.code).toBe('ACCOUNT_NOT_FOUND');
    expect(unknown.json.error.message).toMatch(/No facilitator account has this email/);
    const malformed = await call('owner', 'POST', `/api/workshops/${w.id}/facilitators`, { email: 'not an address' });
    expect(malformed.status).toBe(400);
    expect(malformed.json.error.message).toMatch(/^email: /);
    const self = await call('owner', 'POST', `/api/workshops/${w.id}/facilitators`, { email: 'owner@example.org' });
    expect(self.json.error.message).toMatch(/^email: is the workshop’s owner/);
    expect((await call('owner', 'GET', `/api/workshops/${w.id}/facilitators`)).json.facilitators).toEqual([]);
  });

  it('A13: a facilitator renames a board; an empty or over-long title is refused with the field named', async () => {
    const w = await workshopWithParticipant('Renaming');
    const renamed = await call('owner', 'PATCH', `/api/boards/${w.map.id}`, { title: '  Air quality map  ' });
    expect(renamed.status).toBe(200);
    expect(renamed.json.board).toMatchObject({ id: w.map.id, title: 'Air quality map', locked: false });
    expect((await t.store.getBoard(w.map.id))?.title).toBe('Air quality map');

    for (const title of ['   ', 'x'.repeat(121)]) {
      const refused = await call('owner', 'PATCH', `/api/boards/${w.map.id}`, { title });
      expect(refused.status).toBe(400);
      expect(refused.json.error.code).toBe('VALIDATION_FAILED');
      expect(refused.json.error.message).toMatch(/^title: /);
    }
    expect((await call('owner', 'PATCH', `/api/boards/${w.map.id}`, { title: 'x'.repeat(120) })).status).toBe(200);
    const asParticipant = await api(t.base, 'PATCH', `/api/boards/${w.map.id}`, { title: 'Mine now' }, await participantCookie(w.id));
    expect(asParticipant.status).toBe(403);
    expect((await t.store.getBoard(w.map.id))?.title).toBe('x'.repeat(120));
  });

  it('A13: deleting a board disconnects everyone on it, removes it and scrubs its data', async () => {
    const w = await workshopWithParticipant('Deleting');
    const marker = `secret-${kind}-notes-${Date.now()}`;
    const p = await synced(w.map.id, (await w.join('Pat')).token);
    p.doc.getMap('probe').set('notes', marker);
    await acknowledged(p);
    await t.store.putBoardSnapshot(w.map.id, JSON.stringify({ marker }), new Date().toISOString());

    expect((await api(t.base, 'DELETE', `/api/boards/${w.map.id}`, undefined, await participantCookie(w.id))).status).toBe(403);
    expect((await call('owner', 'DELETE', `/api/boards/${w.map.id}`)).json).toEqual({ ok: true });
    await waitFor('the participant told the board is gone', () => p.closeEvents.find((e) => e.code === 4404));
    expect(p.closeEvents.some((e) => e.reason.startsWith('BOARD_NOT_FOUND: This board has been deleted.'))).toBe(true);
    await waitFor('the board dropped from memory', () => !t.server.hocuspocus.documents.has(w.map.id));
    await waitFor('the reconnection refused', () => p.refusedReason());

    expect(await t.store.getBoard(w.map.id)).toBeNull();
    expect(await t.store.getBoardSnapshot(w.map.id)).toBeNull();
    const state = await t.store.loadBoardState(w.map.id).catch(() => null);
    expect(state === null || (state.compacted === null && state.updates.length === 0)).toBe(true);
    expect((await call('owner', 'GET', `/api/workshops/${w.id}`)).json.boards.map((b: { id: string }) => b.id)).not.toContain(w.map.id);
    expect((await call('owner', 'GET', `/api/boards/${w.map.id}`)).json.error.code).toBe('BOARD_NOT_FOUND');
    if (kind === 'sqlite') {
      // As for a workshop (P1): no database file keeps the board's bytes.
      const dir = t.handle.cliArgs[1]!;
      const files = ['opencities.db', 'opencities.db-wal'].map((n) => join(dir, n)).filter((f) => existsSync(f));
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) expect(readFileSync(f).includes(Buffer.from(marker))).toBe(false);
    }
  });

  it('A13: locking makes open connections read-only at once and new ones read-only; unlocking restores writing', async () => {
    const w = await workshopWithParticipant('Locking');
    const a = await synced(w.map.id, (await w.join('Ada')).token);
    const b = await synced(w.map.id, (await w.join('Bo')).token);
    const aLocks = lockMessages(a);
    const bLocks = lockMessages(b);

    const locked = await call('owner', 'PATCH', `/api/boards/${w.map.id}`, { locked: true });
    expect(locked.json.board.locked).toBe(true);
    await waitFor('both pages told the board is locked', () => aLocks.at(-1) === true && bLocks.at(-1) === true);
    a.doc.getMap('probe').set('while-locked', 1);
    await waitFor('the edit dropped', () => t.logs.some((l) => l.startsWith(`collab dropped an edit to read-only ${w.map.id}`)));

    // A new connection, the facilitator's too, is read-only and told why.
    const owner = await synced(w.map.id, (await call('owner', 'POST', '/api/token', { workshopId: w.id })).json.token);
    expect(owner.provider.authorizedScope).toBe('readonly');
    const c = await synced(w.map.id, (await w.join('Cy')).token);
    expect(c.provider.authorizedScope).toBe('readonly');
    expect((await call('owner', 'GET', `/api/workshops/${w.id}`)).json.boards.find((x: { id: string }) => x.id === w.map.id)).toMatchObject(
      {
        locked: true,
        access: 'read',
      },
    );
    expect((await call('owner', 'POST', `/api/boards/${w.map.id}/layout`, { actors: [], flows: [] })).json.error?.code).toBe(
      'BOARD_LOCKED',
    );

    expect((await call('owner', 'PATCH', `/api/boards/${w.map.id}`, { locked: false })).json.board.locked).toBe(false);
    await waitFor('the page told the board is open again', () => bLocks.at(-1) === false);
    b.doc.getMap('probe').set('after-unlock', 1);
    await acknowledged(b);
    const stored = await storedDoc(t, w.map.id);
    expect(stored.getMap('probe').get('after-unlock')).toBe(1);
    expect(stored.getMap('probe').has('while-locked')).toBe(false);
    expect(b.doc.getMap('probe').has('while-locked')).toBe(false);
    const fresh = await synced(w.map.id, (await w.join('Di')).token);
    expect(fresh.provider.authorizedScope).toBe('read-write');
  });

  /** A participant's session cookie in a workshop of the owner's. */
  async function participantCookie(workshopId: string): Promise<string> {
    const invites = (await call('owner', 'GET', `/api/workshops/${workshopId}/invites`)).json.invites;
    const code = invites.find((i: { role: string }) => i.role === 'participant').code as string;
    return (await api(t.base, 'POST', '/api/join', { invite: code, name: 'Someone', organisation: '' })).cookie!;
  }
});

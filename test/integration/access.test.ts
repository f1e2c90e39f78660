import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addQuickNote, readQuickNotes } from '../../src/doc/index.js';
import { hashPassword } from '../../src/server/auth/password.js';
import { storeKinds } from '../support/stores.js';
import { acknowledged, api, openBoard, openSynced, startTestServer, type BoardClient, type TestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';

interface Joined {
  token: string;
  cookie: string;
  id: string;
}

/** SPEC A10 (removed people are out at once) and A11 (presence is the connection's own). */
describe.each(storeKinds)('access changes on open connections on %s', (kind) => {
  let t: TestServer;
  let cookie: string;
  const clients: BoardClient[] = [];
  const track = (c: BoardClient) => (clients.push(c), c);
  const synced = async (boardId: string, token: string, doc?: Y.Doc) => track(await openSynced(t.collabUrl, boardId, token, doc));

  beforeAll(async () => {
    t = await startTestServer(kind);
    await t.store.createAccount({
      id: 'ac_access',
      email: 'access@example.org',
      name: 'Rae',
      passwordHash: await hashPassword('a good long password'),
      isAdmin: false,
      createdAt: new Date().toISOString(),
    });
    cookie = (await api(t.base, 'POST', '/api/session', { email: 'access@example.org', password: 'a good long password' })).cookie!;
  });
  afterEach(() => {
    for (const c of clients.splice(0)) c.destroy();
  });
  afterAll(() => t.dispose());

  /** A workshop with groups Red and Blue, each with a map and a reflection board. */
  const workshop = async () => {
    const w = (await api(t.base, 'POST', '/api/workshops', { title: 'Access', groups: ['Red', 'Blue'] }, cookie)).json;
    const [red, blue] = w.groups as { id: string }[];
    const boardOf = (kind: string, groupId: string) =>
      (w.boards as { id: string; kind: string; groupId: string }[]).find((b) => b.kind === kind && b.groupId === groupId)!.id;
    const invite = async (role: string, groupId: string | null = null) =>
      (await api(t.base, 'POST', `/api/workshops/${w.workshop.id}/invites`, { role, groupId }, cookie)).json.invite.code as string;
    const join = async (code: string, name: string): Promise<Joined> => {
      const r = await api(t.base, 'POST', '/api/join', { invite: code, name, organisation: 'Harbour trust' });
      return { token: r.json.token, cookie: r.cookie!, id: r.json.participant.id };
    };
    return { id: w.workshop.id as string, controlDocId: w.controlDocId as string, red: red!.id, blue: blue!.id, boardOf, invite, join };
  };
  const facilitatorToken = async (workshopId: string) =>
    (await api(t.base, 'POST', '/api/token', { workshopId }, cookie)).json.token as string;

  it('A10: a removed participant’s connection closes at once, their token and session stop working, their notes stay', async () => {
    const w = await workshop();
    const pat = await w.join(await w.invite('participant', w.red), 'Pat');
    const map = w.boardOf('ecosystem-map', w.red);
    const client = await synced(map, pat.token);
    addQuickNote(client.doc, { id: 'n-pat', text: 'Tide gauge data is hourly', author: pat.id });
    await acknowledged(client);

    const removed = await api(t.base, 'DELETE', `/api/workshops/${w.id}/participants/${pat.id}`, undefined, cookie);
    expect(removed.status).toBe(200);
    expect(removed.json.participants.map((p: { id: string }) => p.id)).not.toContain(pat.id);

    await waitFor('the removed participant’s connection closed', () => client.closeEvents.find((e) => e.code === 4410));
    expect(client.closeEvents.some((e) => e.reason.startsWith('PARTICIPANT_REMOVED: You have been removed from this workshop.'))).toBe(
      true,
    );
    // The provider reconnects by itself with the same token: refused, as any later connection.
    await waitFor('the reconnection refused', () => client.refusedReason());
    expect(client.refusedReason()).toMatch(/^PARTICIPANT_REMOVED/);
    const again = track(openBoard(t.collabUrl, w.boardOf('ecosystem-map', w.blue), pat.token));
    await waitFor('a new connection with the old token refused', () => again.refusedReason());
    expect(again.refusedReason()).toMatch(/^PARTICIPANT_REMOVED/);

    expect((await api(t.base, 'GET', `/api/workshops/${w.id}`, undefined, pat.cookie)).status).toBe(401);
    expect((await api(t.base, 'POST', '/api/token', { workshopId: w.id }, pat.cookie)).status).toBe(401);
    expect(await t.store.getParticipant(pat.id)).toBeNull();

    const facilitator = await synced(map, await facilitatorToken(w.id));
    expect(readQuickNotes(facilitator.doc).map((n) => n.id)).toContain('n-pat');
    // Removing again, or someone of another workshop, is "not found".
    expect((await api(t.base, 'DELETE', `/api/workshops/${w.id}/participants/${pat.id}`, undefined, cookie)).status).toBe(404);
  });

  it('A10: a removal that lands while a connection is being authorised still closes it once open', async () => {
    const w = await workshop();
    const pat = await w.join(await w.invite('participant', w.red), 'Pat');
    const map = w.boardOf('ecosystem-map', w.red);
    // Hold the board's lookup, so the connection is authorised with the standing read before the removal.
    const getBoard = t.store.getBoard.bind(t.store);
    const getParticipant = t.store.getParticipant.bind(t.store);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let standingRead = false;
    t.store.getBoard = async (id) => {
      if (id === map) await held;
      return getBoard(id);
    };
    t.store.getParticipant = async (id) => {
      const found = await getParticipant(id);
      if (id === pat.id && found) standingRead = true;
      return found;
    };
    try {
      const client = track(openBoard(t.collabUrl, map, pat.token));
      await waitFor('the standing read while the board lookup is held', () => standingRead);
      t.store.getParticipant = getParticipant;
      expect((await api(t.base, 'DELETE', `/api/workshops/${w.id}/participants/${pat.id}`, undefined, cookie)).status).toBe(200);
      release();
      await waitFor('the late connection closed', () => client.closeEvents.find((e) => e.code === 4410));
    } finally {
      t.store.getBoard = getBoard;
      t.store.getParticipant = getParticipant;
      release();
    }
  });

  it('A10: only a facilitator removes people', async () => {
    const w = await workshop();
    const ada = await w.join(await w.invite('participant', w.red), 'Ada');
    const bo = await w.join(await w.invite('participant', w.red), 'Bo');
    const refused = await api(t.base, 'DELETE', `/api/workshops/${w.id}/participants/${bo.id}`, undefined, ada.cookie);
    expect(refused.status).toBe(403);
    expect(await t.store.getParticipant(bo.id)).not.toBeNull();
  });

  it('A10: a facilitator who joined by invite cannot remove themselves (a clear error), and stays in', async () => {
    const w = await workshop();
    const fay = await w.join(await w.invite('facilitator'), 'Fay');
    const refused = await api(t.base, 'DELETE', `/api/workshops/${w.id}/participants/${fay.id}`, undefined, fay.cookie);
    expect(refused.status).toBe(409);
    expect(refused.json.error.code).toBe('CANNOT_REMOVE_SELF');
    expect(refused.json.error.message).toMatch(/cannot remove yourself/);
    expect(await t.store.getParticipant(fay.id)).not.toBeNull();
    // Another facilitator may still remove them.
    expect((await api(t.base, 'DELETE', `/api/workshops/${w.id}/participants/${fay.id}`, undefined, cookie)).status).toBe(200);
  });

  it('A10: a participant moved to another group loses the old group’s reflection board at once; their old token carries the new rights', async () => {
    const w = await workshop();
    const flo = await w.join(await w.invite('participant', w.red), 'Flo');
    const oldBoard = w.boardOf('reflection', w.red);
    const mine = await synced(oldBoard, flo.token);
    const map = await synced(w.boardOf('ecosystem-map', w.red), flo.token);
    const watcher = await synced(oldBoard, await facilitatorToken(w.id));
    mine.doc.getMap('probe').set('before', 1);
    await acknowledged(mine);

    const moved = await api(t.base, 'PUT', `/api/workshops/${w.id}/participants/${flo.id}/group`, { groupId: w.blue }, cookie);
    expect(moved.status).toBe(200);
    await waitFor('the old reflection board closed', () => mine.closeEvents.find((e) => e.code === 4403));
    expect(mine.closeEvents.some((e) => e.reason.startsWith('FORBIDDEN: This board is private to a group you are no longer in.'))).toBe(
      true,
    );
    // A write over the old connection after the move reaches neither the others nor the store.
    mine.doc.getMap('probe').set('after', 1);
    await waitFor('the reconnection refused', () => mine.refusedReason());
    expect(mine.refusedReason()).toMatch(/^FORBIDDEN/);
    expect(watcher.doc.getMap('probe').get('before')).toBe(1);
    expect(watcher.doc.getMap('probe').has('after')).toBe(false);
    const stored = new Y.Doc();
    const state = await t.store.loadBoardState(oldBoard);
    if (state.compacted) Y.applyUpdate(stored, state.compacted);
    for (const u of state.updates) Y.applyUpdate(stored, u.update);
    expect(stored.getMap('probe').has('after')).toBe(false);
    // The map is shared by the workshop: that connection stays.
    expect(map.closeEvents).toEqual([]);

    // The token still names the old group; the record decides.
    const stale = track(openBoard(t.collabUrl, oldBoard, flo.token));
    await waitFor('the old group’s board refused', () => stale.refusedReason());
    expect(stale.refusedReason()).toMatch(/^FORBIDDEN/);
    await synced(w.boardOf('reflection', w.blue), flo.token);
  });

  it('A10: automatic groups take effect on open connections too', async () => {
    const w = await workshop();
    const people = await Promise.all(['Gus', 'Hal', 'Ivy', 'Jo'].map(async (name) => w.join(await w.invite('participant', w.red), name)));
    const open = await Promise.all(people.map((p) => synced(w.boardOf('reflection', w.red), p.token)));
    const after = (await api(t.base, 'POST', `/api/workshops/${w.id}/groups/assign`, { groupCount: 2 }, cookie)).json;
    const inBlue = (after.participants as { id: string; groupId: string }[]).filter((p) => p.groupId === w.blue).map((p) => p.id);
    expect(inBlue.length).toBeGreaterThan(0);
    for (const [i, person] of people.entries()) {
      if (inBlue.includes(person.id)) await waitFor(`${person.id} closed`, () => open[i]!.closeEvents.find((e) => e.code === 4403));
    }
    for (const [i, person] of people.entries()) if (!inBlue.includes(person.id)) expect(open[i]!.closeEvents).toEqual([]);
  });

  it('A10: revoking an invite with endSessions removes everyone who joined with it; without, they stay', async () => {
    const w = await workshop();
    const kept = await w.join(await w.invite('facilitator'), 'Kit');
    const keptCode = (await api(t.base, 'GET', `/api/workshops/${w.id}/invites`, undefined, cookie)).json.invites.at(-1).code;
    const plain = await api(t.base, 'DELETE', `/api/workshops/${w.id}/invites/${keptCode}`, undefined, cookie);
    expect(plain.json).toMatchObject({ invite: { revokedAt: expect.any(String) }, removed: [] });
    expect((await api(t.base, 'GET', `/api/workshops/${w.id}/invites`, undefined, kept.cookie)).status).toBe(200);

    const code = await w.invite('facilitator');
    const lou = await w.join(code, 'Lou');
    const client = await synced(w.controlDocId, lou.token);
    const other = await w.join(await w.invite('participant', w.red), 'Max');
    const revoked = await api(t.base, 'DELETE', `/api/workshops/${w.id}/invites/${code}`, { endSessions: true }, cookie);
    expect(revoked.status).toBe(200);
    expect(revoked.json.removed).toEqual([{ id: lou.id }]);
    await waitFor('the co-facilitator’s connection closed', () => client.closeEvents.find((e) => e.code === 4410));
    // The revoked facilitator can no longer make invites or read the report.
    expect((await api(t.base, 'POST', `/api/workshops/${w.id}/invites`, { role: 'facilitator' }, lou.cookie)).status).toBe(401);
    expect((await api(t.base, 'GET', `/api/workshops/${w.id}/report?format=md`, undefined, lou.cookie)).status).toBe(401);
    const late = track(openBoard(t.collabUrl, w.controlDocId, lou.token));
    await waitFor('the old token refused', () => late.refusedReason());
    expect(late.refusedReason()).toMatch(/^PARTICIPANT_REMOVED/);
    expect(await t.store.getParticipant(other.id)).not.toBeNull();
    expect(await t.store.getParticipant(kept.id)).not.toBeNull();
  });

  it('A11: spoofed presence is corrected or dropped before anyone sees it', async () => {
    const w = await workshop();
    const victim = await w.join(await w.invite('participant', w.red), 'Vic');
    const spy = await w.join(await w.invite('observer'), 'Oz');
    const victimClient = await synced(w.controlDocId, victim.token);
    const seer = await synced(w.controlDocId, await facilitatorToken(w.id));
    const spyClient = await synced(w.controlDocId, spy.token);
    victimClient.provider.setAwarenessField('user', { name: 'Vic', role: 'participant', colour: '#0b6e69' });

    spyClient.provider.setAwarenessField('participantId', victim.id);
    spyClient.provider.setAwarenessField('hand', { participantId: victim.id, at: 1 });
    spyClient.provider.setAwarenessField('user', { name: 'The Facilitator', role: 'facilitator', colour: '#1d5fa8' });
    const spyId = spyClient.doc.clientID;
    const seen = await waitFor('the spy’s presence to arrive', () => {
      const state = seer.provider.awareness!.getStates().get(spyId);
      return state?.user ? state : null;
    });
    expect(seen.user).toEqual({ name: 'Oz', role: 'observer', colour: '#1d5fa8' });
    expect(seen.participantId).toBe(spy.id);
    expect(seen.hand).toBeNull();

    // A client that speaks for another's client id is not heard: its first message says it all.
    const impostorDoc = new Y.Doc();
    impostorDoc.clientID = victimClient.doc.clientID;
    const impostor = track(openBoard(t.collabUrl, w.controlDocId, spy.token, impostorDoc));
    // Each change bumps the state's clock: ahead of Vic's, so only the server's check keeps it out.
    for (let i = 0; i < 20; i++) impostor.provider.setAwarenessField('marker', i);
    impostor.provider.setAwarenessField('user', { name: 'Hijacked', role: 'observer', colour: '#1d5fa8' });
    const victimState = () => seer.provider.awareness!.getStates().get(victimClient.doc.clientID);
    // Either the server says it dropped it, or (without the check) Vic's state changes hands.
    await waitFor(
      'the impostor’s presence handled',
      () => t.logs.some((l) => l.startsWith('collab dropped presence for another client')) || victimState()?.user?.name !== 'Vic',
    );
    expect(victimState()?.user?.name).toBe('Vic');
    expect(t.server.hocuspocus.documents.get(w.controlDocId)!.awareness.getStates().get(victimClient.doc.clientID)?.user?.name).toBe('Vic');
    victimClient.provider.setAwarenessField('marker', 'still heard');
    await waitFor('Vic’s next change to arrive', () => victimState()?.marker === 'still heard');
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { hashPassword } from '../../src/server/auth/password.js';
import { buildServer } from '../../src/server/buildServer.js';
import { errorRegistry } from '../../src/shared/index.js';
import { ApiError } from '../../src/web/api.js';
import { BoardSession, closedBoard, type BoardSessionOptions, type BoardSnapshot } from '../../src/web/collab/core/BoardSession.js';
import { storeKinds } from '../support/stores.js';
import { startTcpProxy } from '../support/tcpProxy.js';
import { api, startTestServer, type TestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';

/**
 * The board session class (collab/core/BoardSession) against a real server over a real store:
 * no React, no mock of the provider or the server.
 */
describe.each(storeKinds)('BoardSession on %s', (kind) => {
  let t: TestServer;
  let owner: string;
  let workshopId: string;
  let mapId: string;
  let participant: string;
  const sessions: BoardSession[] = [];

  /** POST /api/token as `cookie`, failing as the page's api client does. */
  const tokenFor = (cookie: string) => async () => {
    const answer = await api(t.base, 'POST', '/api/token', { workshopId }, cookie);
    if (answer.status !== 200) throw new ApiError(answer.json.error.code, answer.json.error.message, answer.status);
    return answer.json.token as string;
  };
  const open = (options: Partial<BoardSessionOptions> = {}) => {
    const session = new BoardSession({
      url: t.collabUrl,
      boardId: mapId,
      fetchToken: tokenFor(participant),
      WebSocketPolyfill: WebSocket,
      ...options,
    });
    sessions.push(session);
    return session;
  };
  const until = (session: BoardSession, what: string, check: (s: BoardSnapshot) => unknown, timeoutMs?: number) =>
    waitFor(what, () => check(session.getSnapshot()), timeoutMs);
  const join = async (name: string) => {
    const invites = (await api(t.base, 'GET', `/api/workshops/${workshopId}/invites`, undefined, owner)).json.invites;
    const code = invites.find((i: { role: string }) => i.role === 'participant').code as string;
    return (await api(t.base, 'POST', '/api/join', { invite: code, name, organisation: 'Test' })).cookie!;
  };

  beforeAll(async () => {
    t = await startTestServer(kind);
    const passwordHash = await hashPassword('correct horse battery');
    await t.store.createAccount({
      id: 'ac_owner',
      email: 'owner@example.org',
      name: 'Owner',
      passwordHash,
      isAdmin: false,
      createdAt: new Date().toISOString(),
    });
    owner = (await api(t.base, 'POST', '/api/session', { email: 'owner@example.org', password: 'correct horse battery' })).cookie!;
    const created = (await api(t.base, 'POST', '/api/workshops', { title: 'Session day', groups: ['One'] }, owner)).json;
    workshopId = created.workshop.id;
    mapId = created.boards.find((b: { kind: string }) => b.kind === 'ecosystem-map').id;
    participant = await join('Ada');
  });
  afterEach(() => {
    for (const s of sessions.splice(0)) s.destroy();
  });
  afterAll(() => t.dispose());

  it('connects: a document at once, status connecting, then synced; the person is in presence', async () => {
    const session = open();
    const seen: string[] = [];
    session.subscribe(() => seen.push(session.getSnapshot().status.state));
    expect(session.getSnapshot().doc).not.toBeNull();
    expect(session.getSnapshot().status).toEqual({ state: 'connecting' });
    session.setUser({ name: 'Ada', role: 'participant' });
    await until(session, 'synced', (s) => s.status.state === 'synced');
    await until(session, 'Ada in presence', (s) => s.presence.some((p) => p.isMe && p.name === 'Ada'));
    expect(seen).not.toContain('refused');
    expect(session.getSnapshot().readOnlyScope).toBe(false);
  });

  it('gives the same snapshot object until something changes', async () => {
    const session = open();
    await until(session, 'synced', (s) => s.status.state === 'synced');
    const before = session.getSnapshot();
    expect(session.getSnapshot()).toBe(before);
    session.setUser({ name: 'Ada', role: 'participant' });
    await until(session, 'presence', (s) => s.presence.length > 0);
    expect(session.getSnapshot()).not.toBe(before);
  });

  it('a wrong token is refused, with the server’s message; retry asks for a fresh token and connects', async () => {
    const tokens: string[] = [];
    const real = tokenFor(participant);
    const session = open({
      fetchToken: async () => {
        const token = tokens.length === 0 ? 'not-a-token' : await real();
        tokens.push(token);
        return token;
      },
    });
    const refused = await until(session, 'refusal', (s) => s.status.state === 'refused' && s.status);
    expect(refused).toMatchObject({ state: 'refused', code: 'TOKEN_INVALID', reason: errorRegistry.TOKEN_INVALID.message });
    const firstDoc = session.getSnapshot().doc;

    session.retry();
    expect(session.getSnapshot().status).toEqual({ state: 'connecting' });
    expect(session.getSnapshot().doc).not.toBe(firstDoc);
    await until(session, 'synced after retry', (s) => s.status.state === 'synced');
    expect(tokens).toHaveLength(2);
    expect(tokens[1]).not.toBe('not-a-token');
  });

  it('a token the server will not give is a refusal with the server’s message, not a silent retry', async () => {
    const stranger = 'ocs_session=not-a-session';
    const said = (await api(t.base, 'POST', '/api/token', { workshopId }, stranger)).json.error;
    const session = open({ fetchToken: tokenFor(stranger) });
    const refused = await until(session, 'refusal', (s) => s.status.state === 'refused' && s.status);
    expect(said.message).toBeTruthy();
    expect(refused).toEqual({ state: 'refused', reason: said.message });
  });

  it('A13: the server’s lock message makes the board locked and read-only, and unlocking undoes it', async () => {
    const session = open();
    await until(session, 'synced', (s) => s.status.state === 'synced');
    expect(session.getSnapshot().locked).toBeNull();
    expect((await api(t.base, 'PATCH', `/api/boards/${mapId}`, { locked: true }, owner)).status).toBe(200);
    await until(session, 'locked', (s) => s.locked === true);
    expect(session.getSnapshot().readOnlyScope).toBe(true);
    expect((await api(t.base, 'PATCH', `/api/boards/${mapId}`, { locked: false }, owner)).status).toBe(200);
    await until(session, 'unlocked', (s) => s.locked === false);
    expect(session.getSnapshot().readOnlyScope).toBe(false);
  });

  it('announce: false reads the board without appearing in anyone’s presence', async () => {
    const present = open();
    present.setUser({ name: 'Ada', role: 'participant' });
    const reader = open({ announce: false });
    reader.setUser({ name: 'Quiet', role: 'participant' });
    await until(reader, 'reader synced', (s) => s.status.state === 'synced');
    await until(reader, 'reader sees Ada', (s) => s.presence.some((p) => p.name === 'Ada'));
    await until(present, 'Ada synced', (s) => s.status.state === 'synced');
    expect(present.getSnapshot().presence.map((p) => p.name)).toEqual(['Ada']);
  });

  it('destroy closes the socket: the server loses the connection and the others lose the person', async () => {
    const watcher = open();
    watcher.setUser({ name: 'Watcher', role: 'participant' });
    await until(watcher, 'watcher synced', (s) => s.status.state === 'synced');
    const leaving = open({ fetchToken: tokenFor(await join('Bo')) });
    leaving.setUser({ name: 'Bo', role: 'participant' });
    await until(leaving, 'Bo synced', (s) => s.status.state === 'synced');
    await until(watcher, 'Bo reaches the watcher', (s) => s.presence.some((p) => p.name === 'Bo'));
    const connections = t.server.hocuspocus.getConnectionsCount();
    let calls = 0;
    leaving.subscribe(() => calls++);

    leaving.destroy();
    expect(leaving.getSnapshot()).toBe(closedBoard);
    expect(calls).toBe(1); // the close itself; nothing after it
    await waitFor('the server to lose the connection', () => t.server.hocuspocus.getConnectionsCount() === connections - 1);
    await until(watcher, 'Bo to leave the watcher’s presence', (s) => !s.presence.some((p) => p.name === 'Bo'));
    leaving.retry(); // a destroyed session stays closed
    expect(leaving.getSnapshot()).toBe(closedBoard);
    expect(t.server.hocuspocus.getConnectionsCount()).toBe(connections - 1);
    expect(calls).toBe(1);
  });

  it('saving shows while an edit waits for the server, and clears once the server has it', async () => {
    const target = new URL(t.base);
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port) });
    try {
      const session = open({ url: `ws://127.0.0.1:${proxy.port}/collab`, slowSaveMs: 20 });
      const peer = open();
      await until(session, 'synced', (s) => s.status.state === 'synced');
      await until(peer, 'peer synced', (s) => s.status.state === 'synced');
      // The first sync counts as a change waiting for the server too: let it settle.
      await until(session, 'the first sync acknowledged', (s) => !s.saving);

      proxy.setMode('blackhole');
      session.getSnapshot().doc!.getMap('probe').set('slow', 1);
      await until(session, 'saving', (s) => s.saving);
      expect(peer.getSnapshot().doc!.getMap('probe').has('slow')).toBe(false);

      proxy.setMode('forward');
      proxy.resetAll();
      await until(session, 'saved', (s) => !s.saving && s.status.state === 'synced', 20_000);
      await until(peer, 'the edit reaches the peer', (s) => s.doc!.getMap('probe').get('slow') === 1);
    } finally {
      await proxy.close();
    }
  });

  // Last: it replaces the server.
  it('when the server goes away it is offline, and synced again when it is back, with the edits made meanwhile', async () => {
    const port = Number(new URL(t.base).port);
    const session = open();
    await until(session, 'synced', (s) => s.status.state === 'synced');

    await t.stop();
    await until(session, 'offline', (s) => s.status.state === 'offline');
    session.getSnapshot().doc!.getMap('probe').set('offline-edit', 1);

    const store = await t.handle.open();
    const server = await buildServer({ store, log: () => {} });
    await server.listen(port, '127.0.0.1');
    const stop = async () => {
      await server.close();
      await store.close();
    };
    const handle = t.handle;
    t = { ...t, store, server, stop, dispose: async () => (await stop().catch(() => {}), await handle.dispose()) };
    await until(session, 'synced again', (s) => s.status.state === 'synced', 30_000);
    const peer = open();
    await until(peer, 'the offline edit reaches a new reader', (s) => s.doc?.getMap('probe').get('offline-edit') === 1, 20_000);
  });
  it('connectAfter: the board is there at once, with presence, and connects only once it resolves; an edit made before goes with the first sync', async () => {
    let connect!: () => void;
    const gate = new Promise<void>((resolve) => (connect = resolve));
    const session = open({ connectAfter: () => gate });
    session.setUser({ name: 'Ada', role: 'participant' });
    const { doc } = session.getSnapshot();
    expect(doc).not.toBeNull();
    expect(session.getSnapshot().awareness).not.toBeNull();
    await until(session, 'Ada in presence before connecting', (s) => s.presence.some((p) => p.isMe && p.name === 'Ada'));
    doc!.getMap('probe').set('before-connecting', 1);
    const peer = open();
    await until(peer, 'the peer synced', (s) => s.status.state === 'synced');
    // Nothing of the held session has reached the server: not its edit, not its person.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(session.getSnapshot().status).toEqual({ state: 'connecting' });
    expect(peer.getSnapshot().doc?.getMap('probe').get('before-connecting')).toBeUndefined();
    expect(peer.getSnapshot().presence.some((p) => p.name === 'Ada' && !p.isMe)).toBe(false);
    connect();
    await until(session, 'synced once let through', (s) => s.status.state === 'synced');
    await until(peer, 'the edit made before connecting arrives', (s) => s.doc?.getMap('probe').get('before-connecting') === 1);
    await until(peer, 'Ada appears to the peer', (s) => s.presence.some((p) => p.name === 'Ada' && !p.isMe));
  });

  it('ready: once the stored state is applied, before the first sync; or at the first sync when it could not be had', async () => {
    let connect!: () => void;
    const gate = new Promise<void>((resolve) => (connect = resolve));
    const drawn = open({ connectAfter: () => gate, storedState: async () => true });
    await until(drawn, 'ready from the stored state', (s) => s.ready);
    expect(drawn.getSnapshot().status).toEqual({ state: 'connecting' });
    const missed = open({ storedState: async () => false });
    expect(missed.getSnapshot().ready).toBe(false);
    await until(missed, 'synced', (s) => s.status.state === 'synced');
    expect(missed.getSnapshot().ready).toBe(true);
    connect();
    await until(drawn, 'synced', (s) => s.status.state === 'synced' && s.ready);
  });

  it('destroyed before connectAfter resolves: it never connects', async () => {
    let connect!: () => void;
    const gate = new Promise<void>((resolve) => (connect = resolve));
    const session = open({ connectAfter: () => gate });
    session.setUser({ name: 'Gone', role: 'participant' });
    session.destroy();
    connect();
    const peer = open();
    await until(peer, 'the peer synced', (s) => s.status.state === 'synced');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(peer.getSnapshot().presence.some((p) => p.name === 'Gone')).toBe(false);
    expect(session.getSnapshot()).toBe(closedBoard);
  });
});

import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { endActivity, setSpotlight, startActivity } from '../../src/doc/control/index.js';
import { addActor, listMapVersions } from '../../src/doc/map/index.js';
import { clusterKey, sealEnvelope, type ClusterMessage } from '../../src/server/cluster/envelope.js';
import { hashPassword } from '../../src/server/auth/password.js';
import { applyBoardState, loadBoardDoc } from '../../src/server/services/boardDoc.js';
import { createPrng } from '../fuzz/prng.js';
import { databaseUrl, redisUrl } from '../setup/optional.js';
import { testStore, type TestStoreHandle } from '../support/stores.js';
import { startTcpProxy, type TcpProxy } from '../support/tcpProxy.js';
import { acknowledged, api, openSynced, startTestServer, type BoardClient, type TestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';

const redis = redisUrl();
const linked = databaseUrl() !== null && redis !== null;
const password = 'correct horse battery';

/** Two instances on one PostgreSQL schema and one Redis, with a key prefix of their own. */
interface Pair {
  one: TestServer;
  two: TestServer;
  prefix: string;
  handle: TestStoreHandle;
  owner: string;
}

/** Map `m` with its keys sorted (a Y.Map lists keys in the order this replica learnt them). */
function json(doc: Y.Doc): Record<string, unknown> {
  const m = doc.getMap('m').toJSON();
  return Object.fromEntries(
    Object.keys(m)
      .sort()
      .map((k) => [k, m[k]]),
  );
}

describe.runIf(linked)('several instances on one PostgreSQL and one Redis', () => {
  const clients: BoardClient[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    for (const f of cleanups.splice(0).reverse()) await f().catch(() => {});
  });

  async function pair(options: { redisUrl?: string; compactAfterMs?: number } = {}): Promise<Pair> {
    const handle = testStore('postgres');
    const prefix = `ocs-test-${randomBytes(4).toString('hex')}:`;
    const config = { redisUrl: options.redisUrl ?? redis!, redisKeyPrefix: prefix, compactAfterMs: options.compactAfterMs ?? 2000 };
    const one = await startTestServer('postgres', config, handle);
    const two = await startTestServer('postgres', config, handle);
    cleanups.push(async () => {
      await one.stop();
      await two.stop();
      await handle.dispose();
    });
    const passwordHash = await hashPassword(password);
    await one.store.createAccount({
      id: 'ac_owner',
      email: 'owner@example.org',
      name: 'Owner',
      passwordHash,
      isAdmin: false,
      createdAt: new Date().toISOString(),
    });
    const owner = (await api(one.base, 'POST', '/api/session', { email: 'owner@example.org', password })).cookie!;
    return { one, two, prefix, handle, owner };
  }

  async function workshop(p: Pair, template?: string) {
    const body = { title: 'Shared', groups: ['One'], ...(template ? { template } : {}) };
    const created = (await api(p.one.base, 'POST', '/api/workshops', body, p.owner)).json;
    const invites = (await api(p.one.base, 'GET', `/api/workshops/${created.workshop.id}/invites`, undefined, p.owner)).json.invites;
    const code = invites.find((i: { role: string }) => i.role === 'participant').code as string;
    const map = created.boards.find((b: { kind: string }) => b.kind === 'ecosystem-map').id as string;
    const join = async (t: TestServer, name: string) => {
      const r = await api(t.base, 'POST', '/api/join', { invite: code, name, organisation: '' });
      return { token: r.json.token as string, id: r.json.participant.id as string };
    };
    const facilitatorToken = async (t: TestServer) =>
      (await api(t.base, 'POST', '/api/token', { workshopId: created.workshop.id }, p.owner)).json.token as string;
    return { id: created.workshop.id as string, controlDocId: created.controlDocId as string, map, join, facilitatorToken };
  }

  async function open(t: TestServer, board: string, token: string): Promise<BoardClient> {
    const c = await openSynced(t.collabUrl, board, token);
    clients.push(c);
    return c;
  }

  it('M1: an edit, presence and the control document made on one instance reach a client on the other; M4: stored once', async () => {
    // No compaction during the test: the log shows who stored what.
    const p = await pair({ compactAfterMs: 60_000 });
    const w = await workshop(p);
    const a = await open(p.one, w.map, (await w.join(p.one, 'Ada')).token);
    const b = await open(p.two, w.map, (await w.join(p.two, 'Bo')).token);
    expect(p.one.server.cluster.status().redis).toBe('up');

    a.doc.getMap('m').set('from-one', 1);
    await waitFor('the edit made on instance 1 on instance 2', () => b.doc.getMap('m').get('from-one') === 1);
    b.doc.getMap('m').set('from-two', 2);
    await waitFor('the edit made on instance 2 on instance 1', () => a.doc.getMap('m').get('from-two') === 2);
    await acknowledged(a);
    await acknowledged(b);

    a.provider.setAwarenessField('cursor', { x: 10, y: 20 });
    await waitFor('the cursor of instance 1’s client on instance 2', () =>
      [...b.provider.awareness!.getStates().values()].some((s) => (s.cursor as { x?: number } | undefined)?.x === 10),
    );
    // The lag is measured from messages of the other instance.
    expect(p.two.server.cluster.status().lagMs).not.toBeNull();

    const f = await open(p.one, w.controlDocId, await w.facilitatorToken(p.one));
    const follower = await open(p.two, w.controlDocId, (await w.join(p.two, 'Cy')).token);
    f.doc.getMap('m').set('timer', 300);
    await waitFor('the control document’s change on instance 2', () => follower.doc.getMap('m').get('timer') === 300);
    // Stored once, by the instance that took it from its client.
    const state = await p.two.store.loadBoardState(w.map);
    const stored = new Y.Doc();
    applyBoardState(stored, state, () => {});
    expect(json(stored)).toEqual({ 'from-one': 1, 'from-two': 2 });
    const entriesSetting = (key: string) =>
      state.updates.filter((u) => Y.decodeUpdate(u.update).structs.some((s) => s instanceof Y.Item && s.parentSub === key)).length;
    expect([entriesSetting('from-one'), entriesSetting('from-two')]).toEqual([1, 1]);
  });

  it('M5: a removal and a lock made through instance 1’s API close and narrow connections held on instance 2', async () => {
    const p = await pair();
    const w = await workshop(p);
    const pat = await w.join(p.one, 'Pat');
    const onTwo = await open(p.two, w.map, pat.token);
    const other = await open(p.two, w.map, (await w.join(p.two, 'Bo')).token);
    const locks: boolean[] = [];
    other.provider.on('stateless', ({ payload }: { payload: string }) => {
      const m = JSON.parse(payload) as { type?: string; locked?: boolean };
      if (m.type === 'board-lock') locks.push(m.locked === true);
    });

    expect((await api(p.one.base, 'DELETE', `/api/workshops/${w.id}/participants/${pat.id}`, undefined, p.owner)).status).toBe(200);
    await waitFor('the removed participant’s connection on instance 2 closed', () => onTwo.closeEvents.find((e) => e.code === 4410));

    expect((await api(p.one.base, 'PATCH', `/api/boards/${w.map}`, { locked: true }, p.owner)).json.board.locked).toBe(true);
    await waitFor('the page on instance 2 told the board is locked', () => locks.at(-1) === true);
    other.doc.getMap('m').set('while-locked', 1);
    await waitFor('the edit dropped on instance 2', () =>
      p.two.logs.some((l) => l.startsWith(`collab dropped an edit to read-only ${w.map}`)),
    );
    expect(other.closeEvents.length).toBe(0);
  });

  it('M5: a board deleted and a spotlight set through instance 1 reach connections held on instance 2', async () => {
    const p = await pair();
    const created = (
      await api(
        p.one.base,
        'POST',
        '/api/workshops',
        { title: 'Presenting', template: 'data-ecosystem-mapping', groups: ['Red', 'Blue'] },
        p.owner,
      )
    ).json;
    const workshopId: string = created.workshop.id;
    const [red, blue] = (await api(p.one.base, 'GET', `/api/workshops/${workshopId}`, undefined, p.owner)).json.groups as { id: string }[];
    const boards = created.boards as { id: string; kind: string; groupId: string | null }[];
    const redBoard = boards.find((b) => b.kind === 'ecosystem-map' && b.groupId === red!.id)!;
    const blueBoard = boards.find((b) => b.kind === 'ecosystem-map' && b.groupId === blue!.id)!;
    const invites = (await api(p.one.base, 'GET', `/api/workshops/${workshopId}/invites`, undefined, p.owner)).json.invites;
    const code = invites.find((i: { role: string }) => i.role === 'participant').code as string;
    const joined = await api(p.two.base, 'POST', '/api/join', { invite: code, name: 'Blue', organisation: '' });
    await api(
      p.one.base,
      'PUT',
      `/api/workshops/${workshopId}/participants/${joined.json.participant.id}/group`,
      { groupId: blue!.id },
      p.owner,
    );
    const token = (await api(p.two.base, 'POST', '/api/token', { workshopId }, joined.cookie!)).json.token as string;

    // Instance 2 has the boards open, not the control document: only the event can tell it.
    const onBlueBoard = await open(p.two, blueBoard.id, token);
    const onRedBoard = await open(p.two, redBoard.id, token);
    const control = await open(
      p.one,
      created.controlDocId as string,
      (await api(p.one.base, 'POST', '/api/token', { workshopId }, p.owner)).json.token,
    );
    expect(p.two.server.hocuspocus.documents.has(created.controlDocId as string)).toBe(false);
    setSpotlight(control.doc, { groupId: red!.id, boardId: redBoard.id });
    await acknowledged(control);
    await waitFor('the blue participant’s connection on instance 2 read-only', () =>
      [...p.two.server.hocuspocus.documents.get(redBoard.id)!.getConnections()].every((c) => c.readOnly),
    );

    expect((await api(p.one.base, 'DELETE', `/api/boards/${blueBoard.id}`, undefined, p.owner)).json).toEqual({ ok: true });
    await waitFor('the page on instance 2 told the board is gone', () => onBlueBoard.closeEvents.find((e) => e.code === 4404));
    expect(onRedBoard.closeEvents.length).toBe(0);
  });

  it('M4: a message with a wrong signature, another prefix or another format changes nothing; a signed one for a locked board is refused', async () => {
    const p = await pair();
    const w = await workshop(p);
    const b = await open(p.two, w.map, (await w.join(p.two, 'Bo')).token);
    const publisher = new Redis(redis!);
    cleanups.push(async () => void (await publisher.quit()));
    const secret = (await p.one.store.getSetting('collab-token-secret'))!;
    const edit = (key: string): ClusterMessage => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(b.doc));
      let update: Uint8Array = new Uint8Array();
      doc.on('update', (u: Uint8Array) => (update = u));
      doc.getMap('m').set(key, true);
      return { kind: 'update', doc: w.map, data: update, relay: 1 };
    };
    const send = (key: Buffer, prefix: string, message: ClusterMessage) =>
      publisher.publish(`${p.prefix}cluster`, sealEnvelope(key, { prefix, from: 'forger', at: Date.now(), message }));

    await send(clusterKey('not the secret'), p.prefix, edit('wrong-key'));
    await send(clusterKey(secret), 'another:', edit('other-prefix'));
    const otherFormat = sealEnvelope(clusterKey(secret), {
      prefix: p.prefix,
      from: 'forger',
      at: Date.now(),
      message: edit('other-format'),
    });
    otherFormat[0] = 1;
    await publisher.publish(`${p.prefix}cluster`, otherFormat);
    for (const why of ['bad signature', 'another prefix', 'another format']) {
      await waitFor(`the ${why} logged`, () => p.two.logs.some((l) => l.includes(`ignored a message on ${p.prefix}cluster: ${why}`)));
    }
    // A well-signed one does reach the board: the checks above are what kept the others out.
    await send(clusterKey(secret), p.prefix, edit('signed'));
    await waitFor('the signed change on the client', () => b.doc.getMap('m').get('signed') === true);
    expect(json(b.doc)).toEqual({ signed: true });

    const locks: boolean[] = [];
    b.provider.on('stateless', ({ payload }: { payload: string }) => {
      if ((JSON.parse(payload) as { type?: string }).type === 'board-lock') locks.push((JSON.parse(payload) as { locked: boolean }).locked);
    });
    expect((await api(p.one.base, 'PATCH', `/api/boards/${w.map}`, { locked: true }, p.owner)).status).toBe(200);
    await waitFor('instance 2 applied the lock', () => locks.at(-1) === true);
    await send(clusterKey(secret), p.prefix, edit('while-locked'));
    await waitFor('the change refused', () => p.two.logs.some((l) => l.includes(`refused a change to locked board ${w.map}`)));
    expect(b.doc.getMap('m').has('while-locked')).toBe(false);
  });

  it.each([1414, 7])(
    'M6: seeded edits on both instances with compactions interleaved converge, and are all stored (seed %i)',
    async (seed) => {
      const rnd = createPrng(seed);
      const p = await pair({ compactAfterMs: 5 });
      const w = await workshop(p);
      const writers = [
        await open(p.one, w.map, (await w.join(p.one, 'A')).token),
        await open(p.one, w.map, (await w.join(p.one, 'B')).token),
        await open(p.two, w.map, (await w.join(p.two, 'C')).token),
        await open(p.two, w.map, (await w.join(p.two, 'D')).token),
      ];
      for (let step = 0; step < 120; step++) {
        const c = rnd.pick(writers);
        const m = c.doc.getMap('m');
        const key = `k${rnd.int(20)}`;
        if (rnd.chance(0.2)) m.delete(key);
        else m.set(key, `${seed}-${step}`);
        if (rnd.chance(0.1)) c.doc.getArray('list').insert(0, [step]);
        if (rnd.chance(0.1)) await acknowledged(c);
      }
      for (const c of writers) await acknowledged(c);
      const same = () => {
        const states = writers.map((c) => JSON.stringify([json(c.doc), c.doc.getArray('list').toJSON()]));
        return states.every((s) => s === states[0]) ? states[0] : null;
      };
      const final = await waitFor('every client to hold the same board', same);
      await p.one.stop();
      await p.two.stop();
      const again = await startTestServer('postgres', {}, p.handle);
      cleanups.push(() => again.stop());
      const stored = new Y.Doc();
      applyBoardState(stored, await again.store.loadBoardState(w.map), () => {});
      expect(JSON.stringify([json(stored), stored.getArray('list').toJSON()])).toBe(final);
    },
  );

  it('H5, M8: the version the server saves at the end of an activity, on instance 1, reaches a client on instance 2 and the store', async () => {
    // No debounced compaction: what is stored comes from the log or the version's own write.
    const p = await pair({ compactAfterMs: 60_000 });
    const w = await workshop(p, 'data-ecosystem-mapping');
    const activityId = (await p.one.store.getBoard(w.map))!.activityId!;
    expect(activityId).toBe('mapping');
    const b = await open(p.two, w.map, (await w.join(p.two, 'Bo')).token);
    addActor(b.doc, { id: 'actor_council', name: 'Council', roles: [], tags: [] });
    await acknowledged(b);
    // Open on instance 1 too, so the version is written into a live board there.
    await open(p.one, w.map, (await w.join(p.one, 'Ada')).token);
    const f = await open(p.one, w.controlDocId, await w.facilitatorToken(p.one));
    startActivity(f.doc, { id: activityId, minutes: 30 }, Date.now());
    await acknowledged(f);
    endActivity(f.doc);
    await acknowledged(f);

    const [version] = await waitFor('the version on instance 2’s client', () => listMapVersions(b.doc)[0] && listMapVersions(b.doc));
    expect(version!.label).toMatch(/^End of /);
    const stored = await waitFor('the version in the store', async () => {
      const doc = await loadBoardDoc(p.two.store, w.map, () => {});
      return listMapVersions(doc).length > 0 ? doc : null;
    });
    expect(listMapVersions(stored).map((v) => v.id)).toEqual([version!.id]);
  });

  it('M7: with Redis cut, each instance serves its own clients, says so once, and both converge when it is back', async () => {
    const target = new URL(redis!);
    const proxy: TcpProxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
    cleanups.push(() => proxy.close());
    const p = await pair({ redisUrl: `redis://127.0.0.1:${proxy.port}` });
    const w = await workshop(p);
    const a = await open(p.one, w.map, (await w.join(p.one, 'Ada')).token);
    const b = await open(p.two, w.map, (await w.join(p.two, 'Bo')).token);
    a.doc.getMap('m').set('before', 1);
    await waitFor('the first edit crossing', () => b.doc.getMap('m').get('before') === 1);

    proxy.setMode('blackhole');
    proxy.resetAll();
    await waitFor('instance 1 sees Redis down', () => p.one.server.cluster.status().redis === 'down');
    await waitFor('instance 2 sees Redis down', () => p.two.server.cluster.status().redis === 'down');
    for (let i = 0; i < 5; i++) {
      a.doc.getMap('m').set(`one-${i}`, i);
      b.doc.getMap('m').set(`two-${i}`, i);
    }
    a.doc.getMap('m').delete('before');
    await acknowledged(a);
    await acknowledged(b);
    // Each instance's own clients still see each other's edits.
    const a2 = await open(p.one, w.map, (await w.join(p.one, 'Ann')).token);
    expect(a2.doc.getMap('m').get('one-4')).toBe(4);
    expect(a2.doc.getMap('m').has('two-4')).toBe(false);
    for (const t of [p.one, p.two]) expect(t.logs.filter((l) => l.startsWith('cluster: Redis unreachable')).length).toBe(1);

    proxy.setMode('forward');
    proxy.resetAll();
    await waitFor('both linked again', () => p.one.server.cluster.status().redis === 'up' && p.two.server.cluster.status().redis === 'up');
    const expected = {
      'one-0': 0,
      'one-1': 1,
      'one-2': 2,
      'one-3': 3,
      'one-4': 4,
      'two-0': 0,
      'two-1': 1,
      'two-2': 2,
      'two-3': 3,
      'two-4': 4,
    };
    for (const c of [a, a2, b])
      await waitFor('the clients to converge', () => JSON.stringify(json(c.doc)) === JSON.stringify(json(a.doc)) && c);
    expect(json(b.doc)).toEqual(expected);
    expect(json(a.doc)).toEqual(expected);
  }, 30_000);
});

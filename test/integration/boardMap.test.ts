import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initBoardDoc } from '../../src/doc/index.js';
import { addActor, addFlow, readMap, updateActor } from '../../src/doc/map/index.js';
import type { EcosystemMap } from '../../src/domain/map/index.js';
import type { CreatedWorkshop } from '../../src/server/services/createWorkshop.js';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import { acknowledged, api, openSynced, startTestServer, type BoardClient, type TestServer } from '../support/testServer.js';
import { storeKinds } from '../support/stores.js';

/**
 * GET /api/boards/:id/map (docs/api.md): a map board read as the editor reads it, for the page
 * to draw the map before Yjs and the live connection load; the access rule of /state.
 */
describe.each(storeKinds)('GET /api/boards/:id/map on %s', (kind) => {
  let t: TestServer;
  let demo: CreatedWorkshop;
  const clients: BoardClient[] = [];
  const join = async (role: 'facilitator' | 'participant' | 'observer', name: string, workshop = demo) => {
    const res = await api(t.base, 'POST', '/api/join', { invite: workshop.invites[role].code, name, organisation: 'Test' });
    return res as { cookie: string; json: { token: string; participant: { group: { id: string } | null } } };
  };
  const board = (k: string, groupId?: string) => demo.boards.find((b) => b.kind === k && (groupId === undefined || b.groupId === groupId))!;
  const mapOf = (boardId: string, cookie?: string) => fetch(`${t.base}/api/boards/${boardId}/map`, { headers: cookie ? { cookie } : {} });
  const answer = async (boardId: string, cookie: string) => {
    const res = await mapOf(boardId, cookie);
    expect([res.status, res.headers.get('content-type'), res.headers.get('cache-control')]).toEqual([
      200,
      'application/json; charset=utf-8',
      'no-store',
    ]);
    return (await res.json()) as EcosystemMap;
  };
  /** A map stored in two rows: actors and a flow added, then one renamed. Returns the writer's document. */
  const storeMap = async (boardId: string) => {
    const doc = new Y.Doc();
    initBoardDoc(doc, 'ecosystem-map');
    addActor(doc, { id: 'council', name: 'Council', type: 'public', roles: ['steward'], tags: [], position: { x: 10, y: 20 } });
    addActor(doc, { id: 'fire', name: 'Fire', type: 'public', roles: ['reuser'], tags: [], position: { x: 300, y: 40 } });
    addFlow(doc, { id: 'f1', from: 'council', to: 'fire', kind: 'data' });
    await t.store.appendUpdates(boardId, [Y.encodeStateAsUpdate(doc)]);
    const before = Y.encodeStateVector(doc);
    updateActor(doc, 'fire', { name: 'Fire and Rescue' });
    await t.store.appendUpdates(boardId, [Y.encodeStateAsUpdate(doc, before)]);
    return doc;
  };

  beforeAll(async () => {
    t = await startTestServer(kind);
    demo = await createDemoWorkshop(t.store, new Date());
  });
  afterEach(() => {
    for (const c of clients.splice(0)) c.destroy();
  });
  afterAll(() => t.dispose());

  it('answers readMap of the board: empty before anything is stored, then what is stored, then the live document', async () => {
    const p = await join('participant', 'Ada');
    const map = board('ecosystem-map', p.json.participant.group!.id);
    expect(await answer(map.id, p.cookie)).toEqual(readMap(new Y.Doc()).map);

    const written = await storeMap(map.id);
    const stored = await answer(map.id, p.cookie);
    expect(stored).toEqual(readMap(written).map);
    expect(stored.actors.map((a) => [a.name, a.position])).toEqual([
      ['Council', { x: 10, y: 20 }],
      ['Fire and Rescue', { x: 300, y: 40 }],
    ]);
    expect(stored.flows.map((f) => [f.from, f.to, f.kind])).toEqual([['council', 'fire', 'data']]);

    // Live: an edit acknowledged on /collab is in the answer at once.
    const c: BoardClient = await openSynced(t.collabUrl, map.id, p.json.token);
    clients.push(c);
    updateActor(c.doc, 'council', { name: 'City Council' });
    await acknowledged(c);
    const live = await answer(map.id, p.cookie);
    expect(live).toEqual(readMap(c.doc).map);
    expect(live.actors[0]!.name).toBe('City Council');
  });

  it('goes as its gzip to a client that takes gzip, as it is to one that does not', async () => {
    const p = await join('participant', 'Gil');
    const map = board('ecosystem-map', p.json.participant.group!.id);
    const raw = (acceptEncoding: string) =>
      new Promise<{ encoding: string | undefined; vary: string | undefined; body: Buffer }>((resolve, reject) => {
        const req = request(
          `${t.base}/api/boards/${map.id}/map`,
          { headers: { cookie: p.cookie, 'accept-encoding': acceptEncoding } },
          (res) => {
            const parts: Buffer[] = [];
            res.on('data', (part: Buffer) => parts.push(part));
            res.on('end', () => resolve({ encoding: res.headers['content-encoding'], vary: res.headers.vary, body: Buffer.concat(parts) }));
          },
        );
        req.on('error', reject);
        req.end();
      });
    const expected = JSON.stringify(await answer(map.id, p.cookie));
    const zipped = await raw('br, gzip;q=0.8');
    expect([zipped.encoding, zipped.vary]).toEqual(['gzip', 'accept-encoding']);
    expect(gunzipSync(zipped.body).toString()).toBe(expected);
    for (const refused of ['identity', 'gzip;q=0', 'br']) {
      const plain = await raw(refused);
      expect(plain.encoding).toBeUndefined();
      expect(plain.body.toString()).toBe(expected);
    }
  });

  it('follows the access rule of /state: signed-out people, other workshops and unknown boards are refused; only a map has one', async () => {
    const p = await join('participant', 'Dee');
    const mine = board('ecosystem-map', p.json.participant.group!.id);
    const observer = await join('observer', 'Obi');
    const elsewhere = await join('facilitator', 'Gus', await createDemoWorkshop(t.store, new Date()));
    const reflection = board('reflection', p.json.participant.group!.id);
    const theirReflection = demo.boards.find((b) => b.kind === 'reflection' && b.id !== reflection.id)!;

    const refusals = [
      [await mapOf(mine.id), 401, 'NOT_SIGNED_IN'],
      [await mapOf(mine.id, elsewhere.cookie), 403, 'FORBIDDEN'],
      [await mapOf(theirReflection.id, p.cookie), 403, 'FORBIDDEN'],
      [await mapOf(reflection.id, observer.cookie), 403, 'FORBIDDEN'],
      [await mapOf('bd_nosuchboard', p.cookie), 404, 'BOARD_NOT_FOUND'],
      // Readable, but not a map: the page reads it live instead.
      [await mapOf(reflection.id, p.cookie), 404, 'NOT_FOUND'],
      [await mapOf(board('ethics-canvas').id, observer.cookie), 404, 'NOT_FOUND'],
    ] as const;
    for (const [res, status, code] of refusals) {
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect([res.status, body.error.code]).toEqual([status, code]);
      expect(body.error.message.length).toBeGreaterThan(10);
    }
    // An observer reads a map (read-only, as on /collab).
    expect((await mapOf(mine.id, observer.cookie)).status).toBe(200);
  });
});

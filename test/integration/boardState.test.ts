import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initBoardDoc } from '../../src/doc/index.js';
import { addActor, readMap, updateActor } from '../../src/doc/map/index.js';
import type { CreatedWorkshop } from '../../src/server/services/createWorkshop.js';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import { acknowledged, api, openSynced, startTestServer, type BoardClient, type TestServer } from '../support/testServer.js';
import { storeKinds } from '../support/stores.js';
import { waitFor } from '../support/waitFor.js';

/**
 * GET /api/boards/:id/state (docs/api.md): a board's state as one Yjs update, for a page to
 * draw the board while its live connection opens; the same access rule as /collab.
 */
describe.each(storeKinds)('GET /api/boards/:id/state on %s', (kind) => {
  let t: TestServer;
  let demo: CreatedWorkshop;
  const clients: BoardClient[] = [];
  const join = async (role: 'facilitator' | 'participant' | 'observer', name: string, workshop = demo) => {
    const res = await api(t.base, 'POST', '/api/join', { invite: workshop.invites[role].code, name, organisation: 'Test' });
    return res as { cookie: string; json: { token: string; participant: { group: { id: string } | null } } };
  };
  const board = (k: string, groupId?: string) => demo.boards.find((b) => b.kind === k && (groupId === undefined || b.groupId === groupId))!;
  const state = (boardId: string, cookie?: string) => fetch(`${t.base}/api/boards/${boardId}/state`, { headers: cookie ? { cookie } : {} });
  const bytesOf = async (boardId: string, cookie: string) => {
    const res = await state(boardId, cookie);
    expect(res.status).toBe(200);
    return new Uint8Array(await res.arrayBuffer());
  };
  const live = async (boardId: string, token: string, doc?: Y.Doc) => {
    const c = await openSynced(t.collabUrl, boardId, token, doc);
    clients.push(c);
    return c;
  };
  const docOf = (bytes: Uint8Array) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, bytes);
    return doc;
  };
  const actorsOf = (doc: Y.Doc) => readMap(doc).map.actors;
  const logLength = async (boardId: string) => (await t.store.loadBoardState(boardId)).updates.length;
  /** A map stored as it would be after a while: actors added, then renamed (which deletes the old names). */
  const storeMap = async (boardId: string) => {
    const doc = new Y.Doc();
    initBoardDoc(doc, 'ecosystem-map');
    for (const id of ['council', 'fire', 'uni']) addActor(doc, { id, name: `Old ${id}`, type: 'public', roles: ['steward'], tags: [] });
    await t.store.appendUpdates(boardId, [Y.encodeStateAsUpdate(doc)]);
    const before = Y.encodeStateVector(doc);
    for (const id of ['council', 'fire', 'uni']) updateActor(doc, id, { name: `New ${id}` });
    await t.store.appendUpdates(boardId, [Y.encodeStateAsUpdate(doc, before)]);
  };

  beforeAll(async () => {
    t = await startTestServer(kind);
    demo = await createDemoWorkshop(t.store, new Date());
  });
  afterEach(() => {
    for (const c of clients.splice(0)) c.destroy();
  });
  afterAll(() => t.dispose());

  it('answers what is stored, from the log or the compacted state, without what was deleted; 204 while nothing is', async () => {
    const p = await join('participant', 'Ada');
    const map = board('ecosystem-map', p.json.participant.group!.id);
    const none = await state(map.id, p.cookie);
    expect([none.status, (await none.arrayBuffer()).byteLength]).toEqual([204, 0]);

    await storeMap(map.id);
    expect(await logLength(map.id)).toBe(2);
    const fromLog = await state(map.id, p.cookie);
    expect([fromLog.status, fromLog.headers.get('content-type'), fromLog.headers.get('cache-control')]).toEqual([
      200,
      'application/octet-stream',
      'no-store',
    ]);
    const body = new Uint8Array(await fromLog.arrayBuffer());
    expect(actorsOf(docOf(body)).map((a) => a.name)).toEqual(['New council', 'New fire', 'New uni']);
    // What was renamed away is gone from the bytes, as it is from what /collab sends.
    expect(Buffer.from(body).includes('Old council')).toBe(false);

    // Live: the answer is the document in memory, the same board.
    const p2 = await join('participant', 'Bo');
    const a = await live(map.id, p2.json.token);
    updateActor(a.doc, 'uni', { name: 'City University' });
    await acknowledged(a);
    expect(actorsOf(docOf(await bytesOf(map.id, p.cookie)))).toEqual(actorsOf(a.doc));
    // The last one leaving compacts the log into one state: the same board comes back.
    a.destroy();
    await waitFor(
      'the board to be compacted and unloaded',
      async () => (await logLength(map.id)) === 0 && !t.server.hocuspocus.documents.has(map.id),
    );
    const compacted = await bytesOf(map.id, p.cookie);
    expect(actorsOf(docOf(compacted)).map((x) => x.name)).toEqual(['New council', 'New fire', 'City University']);
    expect(Buffer.from(compacted).includes('New uni')).toBe(false);
  });

  it('a client that starts from it, as the page does, stores nothing when it syncs, the board loaded or not', async () => {
    const p = await join('facilitator', 'Cy');
    const map = demo.boards.find((b) => b.kind === 'ecosystem-map' && b.groupId !== demo.groups[0]!.id)!;
    await storeMap(map.id);
    for (const round of ['not loaded', 'loaded']) {
      const before = await logLength(map.id);
      const doc = docOf(await bytesOf(map.id, p.cookie));
      const c = await live(map.id, p.json.token, doc);
      await acknowledged(c);
      expect([round, await logLength(map.id)]).toEqual([round, before]);
      if (round === 'not loaded') clients.push(await live(map.id, p.json.token)); // keeps the board loaded
    }
    // A real edit after it is stored as ever.
    const editor = clients.at(-1)!;
    updateActor(editor.doc, 'fire', { name: 'Fire and Rescue' });
    await acknowledged(editor);
    expect(await t.store.boardSize(map.id)).toBeGreaterThan(0);
    expect((await t.store.loadBoardState(map.id)).updates.length).toBeGreaterThan(0);
  });

  it('follows the access rule of /collab: signed-out people, other workshops, others’ reflection and unknown boards are refused', async () => {
    const p = await join('participant', 'Dee');
    const mine = board('reflection', p.json.participant.group!.id);
    const theirs = demo.boards.find((b) => b.kind === 'reflection' && b.id !== mine.id)!;
    const observer = await join('observer', 'Obi');
    const facilitator = await join('facilitator', 'Fay');
    const elsewhere = await join('facilitator', 'Gus', await createDemoWorkshop(t.store, new Date()));

    const refusals = [
      [await state(mine.id), 401, 'NOT_SIGNED_IN'],
      [await state(mine.id, elsewhere.cookie), 403, 'FORBIDDEN'],
      [await state(theirs.id, p.cookie), 403, 'FORBIDDEN'],
      [await state(mine.id, observer.cookie), 403, 'FORBIDDEN'],
      [await state('bd_nosuchboard', p.cookie), 404, 'BOARD_NOT_FOUND'],
    ] as const;
    for (const [res, status, code] of refusals) {
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect([res.status, body.error.code]).toEqual([status, code]);
      expect(body.error.message.length).toBeGreaterThan(10);
    }
    expect((await state(mine.id, p.cookie)).status).toBe(204);
    expect((await state(theirs.id, facilitator.cookie)).status).toBe(204);
    const canvas = board('ethics-canvas');
    const stored = new Y.Doc();
    initBoardDoc(stored, 'ethics-canvas');
    await t.store.appendUpdates(canvas.id, [Y.encodeStateAsUpdate(stored)]);
    expect((await state(canvas.id, observer.cookie)).status).toBe(200);
  });
});

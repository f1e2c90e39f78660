import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addActor, readMap } from '../../src/doc/map/index.js';
import type { CreatedWorkshop } from '../../src/server/services/createWorkshop.js';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import { acknowledged, api, openSynced, startTestServer, type BoardClient, type TestServer } from '../support/testServer.js';
import { storeKinds } from '../support/stores.js';
import { waitFor } from '../support/waitFor.js';

/**
 * GET /api/boards/:id/state (docs/api.md): the stored state of a board as one Yjs update, for
 * a page to draw the board while its live connection opens; the same access rule as /collab.
 */
describe.each(storeKinds)('GET /api/boards/:id/state on %s', (kind) => {
  let t: TestServer;
  let demo: CreatedWorkshop;
  const clients: BoardClient[] = [];
  const join = async (role: 'facilitator' | 'participant' | 'observer', name: string) => {
    const res = await api(t.base, 'POST', '/api/join', { invite: demo.invites[role].code, name, organisation: 'Test' });
    return res as { cookie: string; json: { token: string; participant: { group: { id: string } | null } } };
  };
  const board = (k: string, groupId?: string) => demo.boards.find((b) => b.kind === k && (groupId === undefined || b.groupId === groupId))!;
  const state = (boardId: string, cookie?: string) => fetch(`${t.base}/api/boards/${boardId}/state`, { headers: cookie ? { cookie } : {} });
  const live = async (boardId: string, token: string) => {
    const c = await openSynced(t.collabUrl, boardId, token);
    clients.push(c);
    return c;
  };
  const actorsOf = (doc: Y.Doc) => readMap(doc).map.actors;
  const docOf = (bytes: Uint8Array) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, bytes);
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

  it('answers what is stored, log and compacted state alike, and 204 while nothing is', async () => {
    const p = await join('participant', 'Ada');
    const map = board('ecosystem-map', p.json.participant.group!.id);
    const none = await state(map.id, p.cookie);
    expect([none.status, (await none.arrayBuffer()).byteLength]).toEqual([204, 0]);

    const a = await live(map.id, p.json.token);
    addActor(a.doc, { id: 'council', name: 'City council', type: 'public', roles: ['steward'], tags: [] });
    await acknowledged(a);
    // Not compacted yet: the board's first state and the edit are two entries of its log.
    const fromLog = await state(map.id, p.cookie);
    expect([fromLog.status, fromLog.headers.get('content-type'), fromLog.headers.get('cache-control')]).toEqual([
      200,
      'application/octet-stream',
      'no-store',
    ]);
    const read = docOf(new Uint8Array(await fromLog.arrayBuffer()));
    expect(actorsOf(read)).toEqual(actorsOf(a.doc));
    expect(actorsOf(read).map((x) => x.id)).toContain('council');
    expect(Y.encodeStateVector(read)).toEqual(Y.encodeStateVector(a.doc));

    // The last one leaving compacts the log into one state: the same board comes back.
    a.destroy();
    await waitFor('the board to be compacted', async () => (await t.store.loadBoardState(map.id)).updates.length === 0);
    const compacted = docOf(new Uint8Array(await (await state(map.id, p.cookie)).arrayBuffer()));
    expect(actorsOf(compacted)).toEqual(actorsOf(read));
  });

  it('a client that starts from it and then syncs sends nothing back to store', async () => {
    const p = await join('participant', 'Bo');
    const map = board('ecosystem-map', p.json.participant.group!.id);
    const first = await live(map.id, p.json.token);
    addActor(first.doc, { id: 'fire', name: 'Fire service', type: 'public', roles: ['reuser'], tags: [] });
    await acknowledged(first);
    const before = await t.store.boardSize(map.id);

    const bytes = new Uint8Array(await (await state(map.id, p.cookie)).arrayBuffer());
    const second = await live(map.id, p.json.token);
    Y.applyUpdate(second.doc, bytes, second.provider);
    await acknowledged(second);
    expect(actorsOf(second.doc).map((x) => x.id)).toContain('fire');
    expect(await t.store.boardSize(map.id)).toBe(before);
  });

  it('follows the access rule of /collab: strangers, other groups’ reflection and unknown boards are refused', async () => {
    const p = await join('participant', 'Cy');
    const mine = board('reflection', p.json.participant.group!.id);
    const theirs = demo.boards.find((b) => b.kind === 'reflection' && b.id !== mine.id)!;
    const observer = await join('observer', 'Obi');
    const facilitator = await join('facilitator', 'Fay');

    const refusals = [
      [await state(mine.id), 401, 'NOT_SIGNED_IN'],
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
    expect((await state(board('ecosystem-map').id, observer.cookie)).status).toBe(200);
  });
});

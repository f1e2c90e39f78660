import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyBoardState } from '../../src/server/services/boardDoc.js';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import type { Store } from '../../src/server/store/Store.js';
import { api, openSynced, startTestServer, type TestServer } from '../support/testServer.js';
import { testStore } from '../support/stores.js';
import { waitFor } from '../support/waitFor.js';

/**
 * A store whose board writes wait at a gate the test opens (a disk that is slow on demand),
 * or fail the next time (a disk that is full, a database that went away).
 */
function gatedStore(store: Store) {
  let open = true;
  let failing = 0;
  let release: () => void = () => {};
  const waiting: Uint8Array[][] = [];
  const gated: Store = Object.create(store);
  gated.appendUpdates = async (boardId, updates) => {
    if (failing > 0) {
      failing -= 1;
      throw new Error('disk full (a test failure)');
    }
    if (!open) {
      waiting.push(updates);
      await new Promise<void>((r) => (release = r));
    }
    return store.appendUpdates(boardId, updates);
  };
  return {
    store: gated,
    close: () => (open = false),
    open: () => {
      open = true;
      release();
    },
    failNextWrites: (n: number) => (failing = n),
    waiting,
  };
}

describe('acknowledgement order (SQLite)', () => {
  let t: TestServer;
  let gate: ReturnType<typeof gatedStore>;
  beforeAll(async () => {
    const handle = testStore('sqlite');
    const real = await handle.open();
    gate = gatedStore(real);
    t = await startTestServer('sqlite', {}, { ...handle, open: async () => gate.store });
  });
  afterAll(() => t.dispose());

  it('D1: the server acknowledges an edit only after the store has written it', async () => {
    const demo = await createDemoWorkshop(t.store, new Date());
    const { token } = (await api(t.base, 'POST', '/api/join', { invite: demo.invites.participant.code, name: 'W', organisation: '' })).json;
    const client = await openSynced(t.collabUrl, demo.boards[0]!.id, token);
    gate.close();
    client.doc.getMap('m').set('k', 'v');
    await waitFor('the write to reach the store', () => gate.waiting.length > 0);
    // The write is held: an acknowledgement now would be one for an edit not on disk.
    const ackedEarly = await waitFor('an early acknowledgement', () => client.provider.unsyncedChanges === 0, 500).catch(() => false);
    expect(ackedEarly).toBe(false);
    gate.open();
    await waitFor('the acknowledgement after the write', () => client.provider.unsyncedChanges === 0);
    client.destroy();
  });

  it('D1: a write that fails is tried again; its edit is acknowledged only once on disk, with those made meanwhile', async () => {
    const demo = await createDemoWorkshop(t.store, new Date());
    const { token } = (await api(t.base, 'POST', '/api/join', { invite: demo.invites.participant.code, name: 'W', organisation: '' })).json;
    const board = demo.boards[0]!.id;
    const client = await openSynced(t.collabUrl, board, token);
    gate.failNextWrites(3);
    client.doc.getMap('m').set('first', 1);
    await waitFor('the first failure', () => t.logs.some((l) => l.includes('could not be stored (disk full')));
    client.doc.getMap('m').set('second', 2);
    expect(client.provider.unsyncedChanges).toBeGreaterThan(0);
    await waitFor('the acknowledgement after the tries', () => client.provider.unsyncedChanges === 0);
    const onDisk = new Y.Doc();
    applyBoardState(onDisk, await t.store.loadBoardState(board), () => {});
    expect(onDisk.getMap('m').toJSON()).toEqual({ first: 1, second: 2 });
    expect(client.closeEvents).toEqual([]);
    expect(t.logs.filter((l) => l.includes('trying again in')).map((l) => /in (\d+) ms/.exec(l)?.[1])).toEqual(['100', '200', '400']);
    client.destroy();
  });
});

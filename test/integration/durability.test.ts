import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import type { Store } from '../../src/server/store/Store.js';
import { api, openSynced, startTestServer, type TestServer } from '../support/testServer.js';
import { testStore } from '../support/stores.js';
import { waitFor } from '../support/waitFor.js';

/** A store whose board writes wait at a gate the test opens: a disk that is slow on demand. */
function gatedStore(store: Store) {
  let open = true;
  let release: () => void = () => {};
  const waiting: Uint8Array[][] = [];
  const gated: Store = Object.create(store);
  gated.appendUpdates = async (boardId, updates) => {
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
});

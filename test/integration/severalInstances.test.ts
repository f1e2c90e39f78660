import { afterAll, afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyBoardState } from '../../src/server/services/boardDoc.js';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import { databaseUrl } from '../setup/optional.js';
import { testStore, type TestStoreHandle } from '../support/stores.js';
import { acknowledged, api, openSynced, startTestServer, type BoardClient, type TestServer } from '../support/testServer.js';

const pg = databaseUrl() !== null;

/** What is stored of a board, read back as a document. */
async function storedKeys(t: TestServer, boardId: string): Promise<string[]> {
  const doc = new Y.Doc();
  applyBoardState(doc, await t.store.loadBoardState(boardId), () => {});
  return [...doc.getMap('m').keys()].sort();
}

async function join(t: TestServer, code: string): Promise<string> {
  return (await api(t.base, 'POST', '/api/join', { invite: code, name: 'Writer', organisation: '' })).json.token as string;
}

async function edit(client: BoardClient, key: string): Promise<void> {
  client.doc.getMap('m').set(key, key);
  await acknowledged(client);
}

describe.runIf(pg)('two server instances on one PostgreSQL database, no Redis', () => {
  let handle: TestStoreHandle;
  const running: TestServer[] = [];
  const clients: BoardClient[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    for (const t of running.splice(0)) await t.stop().catch(() => {});
  });
  afterAll(() => handle?.dispose());

  it.each([
    ['instance 1 compacts first', [0, 1]],
    ['instance 2 compacts first', [1, 0]],
  ])('D10: edits a1 (instance 1), b1 (instance 2), a2 (instance 1) all survive compaction and a restart: %s', async (_, order) => {
    handle ??= testStore('postgres');
    const one = await startTestServer('postgres', {}, handle);
    const two = await startTestServer('postgres', {}, handle);
    running.push(one, two);
    const demo = await createDemoWorkshop(one.store, new Date());
    const board = demo.boards[0]!.id;
    const code = demo.invites.participant.code;
    const onOne = await openSynced(one.collabUrl, board, await join(one, code));
    const onTwo = await openSynced(two.collabUrl, board, await join(two, code));
    clients.push(onOne, onTwo);
    await edit(onOne, 'a1');
    await edit(onTwo, 'b1');
    await edit(onOne, 'a2');
    // Stopping compacts every open board with the instance's own document, one after the other.
    const instances = [one, two];
    for (const i of order) await instances[i]!.stop();
    running.splice(0);
    const again = await startTestServer('postgres', {}, handle);
    running.push(again);
    expect(await storedKeys(again, board)).toEqual(['a1', 'a2', 'b1']);
    const reader = await openSynced(again.collabUrl, board, await join(again, code));
    clients.push(reader);
    expect([...reader.doc.getMap('m').keys()].sort()).toEqual(['a1', 'a2', 'b1']);
  });

  it('M3: two instances started together on a new database agree on one token secret: a token from one opens a board on the other', async () => {
    const fresh = testStore('postgres');
    try {
      const [one, two] = await Promise.all([startTestServer('postgres', {}, fresh), startTestServer('postgres', {}, fresh)]);
      running.push(one!, two!);
      const demo = await createDemoWorkshop(one!.store, new Date());
      const client = await openSynced(two!.collabUrl, demo.boards[0]!.id, await join(one!, demo.invites.participant.code));
      clients.push(client);
      expect(client.refusedReason()).toBeNull();
    } finally {
      for (const c of clients.splice(0)) c.destroy();
      for (const t of running.splice(0)) await t.stop().catch(() => {});
      await fresh.dispose();
    }
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initBoardDoc } from '../../src/doc/index.js';
import { addActor, readMap, updateActor } from '../../src/doc/map/index.js';
import type { KeptJson } from '../../src/server/services/keptJson.js';
import { MapReads } from '../../src/server/services/mapReads.js';
import { openStore } from '../../src/server/store/index.js';
import type { Store } from '../../src/server/store/Store.js';
import { board, workshop } from '../contract/storeFixtures.js';

/** A map document with `count` actors. */
function mapDoc(count: number): Y.Doc {
  const doc = new Y.Doc();
  initBoardDoc(doc, 'ecosystem-map');
  for (let i = 0; i < count; i++)
    addActor(doc, { id: `a${i}`, name: `Actor ${i}`, type: 'public', roles: [], tags: [], position: { x: i * 300, y: 0 } });
  return doc;
}

const names = (read: KeptJson) => (JSON.parse(read.json) as ReturnType<typeof readMap>['map']).actors.map((a) => a.name);

describe('MapReads: the map reads kept per board under their version', () => {
  let dir: string;
  let store: Store;
  let reads: MapReads;
  let now: number;
  const make = (maxChars = 1_000_000) => new MapReads({ store, maxChars, keepMs: 60_000, log: () => undefined, now: () => now });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ocs-map-reads-'));
    store = await openStore({ dataDir: dir });
    await store.createWorkshop(workshop('w1'));
    for (const id of ['bd_one', 'bd_a', 'bd_b', 'bd_c', 'bd_big']) await store.createBoard(board(id, 'w1'));
    now = 0;
    reads = make();
  });
  afterEach(async () => {
    reads.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads what is stored, as readMap reads it, and keeps it', async () => {
    const doc = mapDoc(3);
    await store.appendUpdates('bd_one', [Y.encodeStateAsUpdate(doc)]);
    const first = await reads.read('bd_one', null);
    expect(JSON.parse(first.json)).toEqual(readMap(doc).map);
    expect(gunzipSync(first.gzip).toString()).toBe(first.json);
    expect(reads.size.boards).toBe(1);
    // The same answer, not read again.
    expect(await reads.read('bd_one', null)).toBe(first);
  });

  it('is never older than the store: a change stored since (by this instance or another) is read at once', async () => {
    const doc = mapDoc(2);
    await store.appendUpdates('bd_one', [Y.encodeStateAsUpdate(doc)]);
    expect(names(await reads.read('bd_one', null))).toEqual(['Actor 0', 'Actor 1']);
    const before = Y.encodeStateVector(doc);
    updateActor(doc, 'a1', { name: 'Renamed' });
    await store.appendUpdates('bd_one', [Y.encodeStateAsUpdate(doc, before)]);
    expect(names(await reads.read('bd_one', null))).toEqual(['Actor 0', 'Renamed']);
    // Compacted: the same content under another version, read again and the same.
    await store.compactBoard('bd_one', Y.encodeStateAsUpdate(doc), 2);
    expect(names(await reads.read('bd_one', null))).toEqual(['Actor 0', 'Renamed']);
  });

  it('reads a live document, and again after each change to it; another document of the same board is not taken for it', async () => {
    const live = mapDoc(1);
    expect(names(await reads.read('bd_one', live))).toEqual(['Actor 0']);
    updateActor(live, 'a0', { name: 'Changed live' });
    expect(names(await reads.read('bd_one', live))).toEqual(['Changed live']);
    // The board unloaded and loaded again as a new document (say, with a change from elsewhere).
    const reloaded = mapDoc(1);
    updateActor(reloaded, 'a0', { name: 'Reloaded' });
    expect(names(await reads.read('bd_one', reloaded))).toEqual(['Reloaded']);
  });

  it('shares one read between two people asking at once', async () => {
    await store.appendUpdates('bd_one', [Y.encodeStateAsUpdate(mapDoc(50))]);
    const [a, b] = await Promise.all([reads.read('bd_one', null), reads.read('bd_one', null)]);
    expect(a).toBe(b);
    expect(names(a)).toHaveLength(50);
  });

  it('keeps at most maxChars, letting the least recently asked go first; a read bigger than all of it is answered, not kept', async () => {
    reads.close();
    const one = JSON.stringify(readMap(mapDoc(20)).map).length;
    reads = make(one * 2 + 10);
    for (const id of ['bd_a', 'bd_b', 'bd_c']) await store.appendUpdates(id, [Y.encodeStateAsUpdate(mapDoc(20))]);
    await reads.read('bd_a', null);
    await reads.read('bd_b', null);
    await reads.read('bd_a', null); // bd_b is now the least recently asked
    await reads.read('bd_c', null);
    expect(reads.size).toEqual({ boards: 2, chars: one * 2 });
    await store.appendUpdates('bd_big', [Y.encodeStateAsUpdate(mapDoc(200))]);
    expect(names(await reads.read('bd_big', null))).toHaveLength(200);
    expect(reads.size.boards).toBe(2);
  });

  it("lets go of a read not asked for in keepMs, and of a deleted board's at once", async () => {
    for (const id of ['bd_a', 'bd_b']) await store.appendUpdates(id, [Y.encodeStateAsUpdate(mapDoc(2))]);
    await reads.read('bd_a', null);
    await reads.read('bd_b', null);
    now = 50_000;
    await reads.read('bd_b', null);
    now = 70_000;
    reads.letGoOfUnasked();
    expect(reads.size.boards).toBe(1);
    reads.forget('bd_b');
    expect(reads.size).toEqual({ boards: 0, chars: 0 });
  });
});

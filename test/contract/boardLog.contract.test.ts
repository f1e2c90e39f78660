import { afterEach, beforeEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { BoardLog, BoardState } from '../../src/server/store/index.js';
import { forEachStore, type StoreHarness } from './storeHarness.js';
import { at, board, bytes, utf8, workshop } from './storeFixtures.js';

/** The keys of map `m` in a board rebuilt from its stored state, sorted. */
function keysOf(state: BoardState): string[] {
  const doc = new Y.Doc();
  if (state.compacted) Y.applyUpdate(doc, state.compacted);
  for (const u of state.updates) Y.applyUpdate(doc, u.update);
  return [...doc.getMap('m').keys()].sort();
}

/**
 * The board log (BoardLog): each board's Yjs update log, compacted state and JSON snapshot,
 * all the sync core needs of storage. Every store passes every case. Boards b1 and b2 are
 * recorded first (WorkshopRecords.createBoard), as a board's log lives as long as its record.
 */
forEachStore('board log', (makeHarness) => {
  let harness: StoreHarness;
  let log: BoardLog;

  beforeEach(async () => {
    harness = makeHarness();
    const store = await harness.open();
    log = store;
    await store.createWorkshop(workshop('w1'));
    await store.createBoard(board('b1', 'w1'));
    await store.createBoard(board('b2', 'w1'));
  });
  afterEach(() => harness.dispose());

  it('a board never written loads empty', async () => {
    expect(await log.loadBoardState('b1')).toEqual({ compacted: null, compactedSeq: 0, updates: [] });
    expect(await log.boardSize('b1')).toBe(0);
  });

  it('appendUpdates keeps append order per board across calls and returns the last seq', async () => {
    expect(await log.appendUpdates('b1', [bytes(1), bytes(2)])).toBe(2);
    expect(await log.appendUpdates('b2', [bytes(9)])).toBe(1);
    expect(await log.appendUpdates('b1', [bytes(3)])).toBe(3);
    expect(await log.appendUpdates('b1', [])).toBe(3);
    expect(await log.appendUpdates('b1', [bytes(4), bytes(5), bytes(6)])).toBe(6);
    const state = await log.loadBoardState('b1');
    expect(state.compacted).toBeNull();
    expect(state.updates.map((u) => [u.seq, Array.from(u.update)])).toEqual([1, 2, 3, 4, 5, 6].map((n) => [n, [n]]));
    expect((await log.loadBoardState('b2')).updates.map((u) => Array.from(u.update))).toEqual([[9]]);
  });

  it('concurrent appends to one board get distinct, gapless seqs', async () => {
    const lasts = await Promise.all(Array.from({ length: 20 }, (_, i) => log.appendUpdates('b1', [bytes(i), bytes(i)])));
    expect(new Set(lasts).size).toBe(20);
    const seqs = (await log.loadBoardState('b1')).updates.map((u) => u.seq);
    expect(seqs).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it('appending to an unknown board throws BOARD_NOT_FOUND', async () => {
    await expect(log.appendUpdates('nope', [bytes(1)])).rejects.toMatchObject({ code: 'BOARD_NOT_FOUND' });
  });

  it('an unknown board: appending nothing or compacting throws BOARD_NOT_FOUND; reading it finds nothing', async () => {
    await expect(log.appendUpdates('nope', [])).rejects.toMatchObject({ code: 'BOARD_NOT_FOUND' });
    await expect(log.compactBoard('nope', bytes(1), 0)).rejects.toMatchObject({ code: 'BOARD_NOT_FOUND' });
    expect(await log.loadBoardState('nope')).toEqual({ compacted: null, compactedSeq: 0, updates: [] });
    expect(await log.getBoardSnapshot('nope')).toBeNull();
  });

  it('a snapshot of an unknown (say, just deleted) board throws BOARD_NOT_FOUND and stores nothing', async () => {
    await expect(log.putBoardSnapshot('nope', '{"actors":[]}', at(1))).rejects.toMatchObject({ code: 'BOARD_NOT_FOUND' });
    expect(await log.getBoardSnapshot('nope')).toBeNull();
  });

  it('compactBoard, then more appends: load gives the compacted state and only later updates', async () => {
    await log.appendUpdates('b1', [bytes(1), bytes(2)]);
    await log.appendUpdates('b1', [bytes(3)]);
    await log.compactBoard('b1', bytes(10, 20, 30), 2);
    expect(await log.appendUpdates('b1', [bytes(4)])).toBe(4);
    const state = await log.loadBoardState('b1');
    expect(state.compacted && Array.from(state.compacted)).toEqual([10, 20, 30]);
    expect(state.compactedSeq).toBe(2);
    expect(state.updates.map((u) => [u.seq, Array.from(u.update)])).toEqual([
      [3, [3]],
      [4, [4]],
    ]);
    await log.compactBoard('b1', bytes(7), 4);
    expect(await log.loadBoardState('b1')).toEqual({ compacted: bytes(7), compactedSeq: 4, updates: [] });
    expect(await log.appendUpdates('b1', [bytes(5)])).toBe(5);
  });

  it('an older compaction never replaces a newer one; one past the log is refused', async () => {
    await log.appendUpdates('b1', [bytes(1), bytes(2), bytes(3)]);
    await log.compactBoard('b1', bytes(3, 3), 3);
    await log.compactBoard('b1', bytes(2, 2), 2);
    expect(await log.loadBoardState('b1')).toEqual({ compacted: bytes(3, 3), compactedSeq: 3, updates: [] });
    await expect(log.compactBoard('b1', bytes(9), 4)).rejects.toThrow(RangeError);
  });

  it('D4: appends racing a compaction are all kept: the log holds every update the compacted state does not include', async () => {
    await log.appendUpdates('b1', [bytes(1), bytes(2), bytes(3)]);
    const racing = Array.from({ length: 10 }, (_, i) => log.appendUpdates('b1', [bytes(10 + i)]));
    await Promise.all([log.compactBoard('b1', bytes(1, 2, 3), 3), ...racing]);
    const state = await log.loadBoardState('b1');
    expect(state.compacted && Array.from(state.compacted)).toEqual([1, 2, 3]);
    expect(state.compactedSeq).toBe(3);
    // Racing appends may commit in any order; each gets its own seq after the compacted ones.
    expect(state.updates.map((u) => u.seq)).toEqual(Array.from({ length: 10 }, (_, i) => 4 + i));
    expect(state.updates.map((u) => u.update[0]).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(Array.from({ length: 10 }, (_, i) => 10 + i));
  });

  it('D5: updates and states come back byte for byte through compaction and a restart, types this version does not know included', async () => {
    const doc = new Y.Doc();
    doc.getMap('from-a-later-version').set('k', 'v');
    const first = Y.encodeStateAsUpdate(doc);
    const before = Y.encodeStateVector(doc);
    doc.getArray('also-unknown').push([1, 2]);
    const second = Y.encodeStateAsUpdate(doc, before);
    const everyByte = Uint8Array.from({ length: 256 }, (_, i) => i);
    await log.appendUpdates('b1', [first]);
    await log.compactBoard('b1', first, 1);
    await log.appendUpdates('b1', [second, everyByte]);
    const state = await (await harness.openAfterCrash()).loadBoardState('b1');
    expect(state).toEqual({
      compacted: first,
      compactedSeq: 1,
      updates: [
        { seq: 2, update: second },
        { seq: 3, update: everyByte },
      ],
    });
    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, state.compacted ?? new Uint8Array());
    Y.applyUpdate(loaded, state.updates[0]?.update ?? new Uint8Array());
    expect(loaded.getMap('from-a-later-version').toJSON()).toEqual({ k: 'v' });
    expect(loaded.getArray('also-unknown').toJSON()).toEqual([1, 2]);
  });

  it("D10: a compaction keeps the updates it replaces that the caller's state lacks (another instance's edit)", async () => {
    // Two server instances on one store: each has the board in memory and appends its own edits.
    const one = new Y.Doc();
    const two = new Y.Doc();
    const edit = (doc: Y.Doc, key: string) => {
      let update: Uint8Array | null = null;
      doc.once('update', (u: Uint8Array) => (update = u));
      doc.getMap('m').set(key, key);
      return update!;
    };
    await log.appendUpdates('b1', [edit(one, 'a1')]);
    await log.appendUpdates('b1', [edit(two, 'b1')]);
    const upto = await log.appendUpdates('b1', [edit(one, 'a2')]);
    // Instance one compacts up to its latest append, which is past b1's seq.
    await log.compactBoard('b1', Y.encodeStateAsUpdate(one), upto);
    const afterOne = await log.loadBoardState('b1');
    expect(afterOne.updates).toEqual([]);
    expect(keysOf(afterOne)).toEqual(['a1', 'a2', 'b1']);
    // Then instance two, which never saw a1 or a2, compacts over it.
    const last = await log.appendUpdates('b1', [edit(two, 'b2')]);
    await log.compactBoard('b1', Y.encodeStateAsUpdate(two), last);
    expect(keysOf(await log.loadBoardState('b1'))).toEqual(['a1', 'a2', 'b1', 'b2']);
  });

  it('D11: a compaction past its own latest append keeps later appends in the log', async () => {
    const doc = new Y.Doc();
    doc.getMap('m').set('x', 1);
    await log.appendUpdates('b1', [Y.encodeStateAsUpdate(doc)]);
    const other = new Y.Doc();
    other.getMap('m').set('y', 2);
    const late = Y.encodeStateAsUpdate(other);
    await log.appendUpdates('b1', [late]);
    await log.compactBoard('b1', Y.encodeStateAsUpdate(doc), 1);
    const state = await log.loadBoardState('b1');
    expect(state.updates).toEqual([{ seq: 2, update: late }]);
    expect(keysOf(state)).toEqual(['x', 'y']);
  });

  it('boardSize counts the compacted state and pending updates in bytes', async () => {
    // Bytes Yjs cannot read (0xff never ends a number), so compaction stores the state as given (D10).
    const opaque = (n: number) => new Uint8Array(n).fill(0xff);
    await log.appendUpdates('b1', [opaque(100), opaque(50)]);
    await log.appendUpdates('b2', [opaque(1000)]);
    expect(await log.boardSize('b1')).toBe(150);
    await log.compactBoard('b1', opaque(120), 1);
    await log.appendUpdates('b1', [opaque(7)]);
    expect(await log.boardSize('b1')).toBe(120 + 50 + 7);
    expect(await log.boardSize('nope')).toBe(0);
  });

  it('snapshots: missing is null, put then overwrite', async () => {
    expect(await log.getBoardSnapshot('b1')).toBeNull();
    await log.putBoardSnapshot('b1', '{"actors":[]}', at(1));
    await log.putBoardSnapshot('b1', '{"actors":[1]}', at(2));
    expect(await log.getBoardSnapshot('b1')).toEqual({ json: '{"actors":[1]}', updatedAt: at(2) });
    expect(await log.getBoardSnapshot('b2')).toBeNull();
  });

  it('D2: appended updates are on disk when appendUpdates resolves', async () => {
    await log.appendUpdates('b1', [utf8('first'), utf8('second')]);
    await log.compactBoard('b1', utf8('state'), 1);
    await log.appendUpdates('b1', [utf8('third')]);
    const afterCrash = await harness.openAfterCrash();
    expect(await afterCrash.loadBoardState('b1')).toEqual({
      compacted: utf8('state'),
      compactedSeq: 1,
      updates: [
        { seq: 2, update: utf8('second') },
        { seq: 3, update: utf8('third') },
      ],
    });
  });
});

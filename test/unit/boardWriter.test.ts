import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import { openStore } from '../../src/server/store/index.js';
import { BoardWriter } from '../../src/server/store/sqlite/boardWriter.js';
import { SqliteStore } from '../../src/server/store/sqlite/SqliteStore.js';

describe('BoardWriter (the SQLite writer thread)', () => {
  it('answers every write sent before close() once it is on disk, and refuses writes after it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ocs-writer-'));
    const store = await openStore({ dataDir: dir });
    try {
      if (!(store instanceof SqliteStore)) throw new Error('expected the SQLite store');
      const board = (await createDemoWorkshop(store, new Date())).boards[0]!.id;
      const before = await store.appendUpdates(board, []);
      const writer = new BoardWriter(store.path);
      const writes = [1, 2, 3].map((n) => writer.write({ op: 'append', boardId: board, updates: [new Uint8Array([n])] }));
      await writer.close();
      expect(await Promise.all(writes)).toEqual([before + 1, before + 2, before + 3]);
      const stored = await store.loadBoardState(board);
      expect(stored.updates.slice(-3).map((u) => [...u.update])).toEqual([[1], [2], [3]]);
      await expect(writer.write({ op: 'append', boardId: board, updates: [new Uint8Array([4])] })).rejects.toMatchObject({
        code: 'STORE_UNAVAILABLE',
      });
      const another = new BoardWriter(store.path);
      await expect(another.write({ op: 'append', boardId: 'bd_none', updates: [] })).rejects.toMatchObject({ code: 'BOARD_NOT_FOUND' });
      await another.close();
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { retryable, UpdateBatcher } from '../../src/server/collab/updateBatcher.js';
import { AppError } from '../../src/shared/index.js';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import { openStore } from '../../src/server/store/index.js';
import type { Store } from '../../src/server/store/Store.js';

/** A real SQLite store whose board writes fail while `down` is true: a disk that has filled up. */
async function storeThatFails() {
  const dir = mkdtempSync(join(tmpdir(), 'ocs-batcher-'));
  const real = await openStore({ dataDir: dir });
  const state = { down: true, tries: 0 };
  const store: Store = Object.create(real);
  store.appendUpdates = async (boardId, updates) => {
    state.tries += 1;
    if (state.down) throw new Error('disk full');
    return real.appendUpdates(boardId, updates);
  };
  const demo = await createDemoWorkshop(real, new Date());
  const dispose = async () => {
    await real.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { store, real, state, boardId: demo.boards[0]!.id, dispose };
}

const update = (n: number) => new Uint8Array([n]);

describe('retryable', () => {
  it('tries again after a busy, full or lost database, not after a constraint, a bad value or a deleted board', () => {
    const withCause = (code: string) => Object.assign(new Error('x'), { cause: { code } });
    const withCode = (code: string) => Object.assign(new Error('x'), { code });
    const mendable = [
      withCause('SQLITE_BUSY'),
      withCause('SQLITE_FULL'),
      withCause('SQLITE_IOERR_WRITE'),
      withCode('08006'),
      withCode('57P01'),
    ];
    for (const e of [...mendable, withCode('53100'), withCode('ECONNREFUSED'), new Error('socket hang up')])
      expect(retryable(e)).toBe(true);
    const hopeless = [withCause('SQLITE_CONSTRAINT_PRIMARYKEY'), withCause('SQLITE_TOOBIG'), withCode('23505'), withCode('22001')];
    for (const e of [...hopeless, withCode('42P01'), new AppError('BOARD_NOT_FOUND')]) expect(retryable(e)).toBe(false);
  });
});

describe('UpdateBatcher when writes fail', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0)) await c();
  });

  it('tries again until the store is back, then answers every waiter with one seq, in order', async () => {
    const s = await storeThatFails();
    cleanups.push(s.dispose);
    const failures: number[] = [];
    const batcher = new UpdateBatcher(s.store, { firstDelayMs: 5, maxDelayMs: 20, onFailure: (_b, _e, delay) => failures.push(delay) });
    const before = await s.real.appendUpdates(s.boardId, []);
    const first = batcher.append(s.boardId, update(1));
    while (failures.length < 4) await new Promise((r) => setTimeout(r, 5));
    const second = batcher.append(s.boardId, update(2));
    s.state.down = false;
    const seqs = await Promise.all([first, second]);
    expect(seqs).toEqual([before + 2, before + 2]);
    expect(failures.slice(0, 4)).toEqual([5, 10, 20, 20]);
    const stored = await s.real.loadBoardState(s.boardId);
    const tail = stored.updates.slice(-2).map((u) => ({ seq: u.seq, update: [...u.update] }));
    expect(tail).toEqual([
      { seq: before + 1, update: [1] },
      { seq: before + 2, update: [2] },
    ]);
    await batcher.idle();
  });

  it('shutDown refuses new updates, waits, then fails what waits for another try; the batcher is idle', async () => {
    const s = await storeThatFails();
    cleanups.push(s.dispose);
    const batcher = new UpdateBatcher(s.store, { firstDelayMs: 5, maxDelayMs: 5, onFailure: () => {} });
    const waiting = batcher.append(s.boardId, update(1));
    while (s.state.tries < 2) await new Promise((r) => setTimeout(r, 5));
    const stopping = batcher.shutDown(30, new Error('the server is stopping'));
    await expect(batcher.append(s.boardId, update(2))).rejects.toThrow('the server is stopping');
    await stopping;
    await expect(waiting).rejects.toThrow('the server is stopping');
    await batcher.idle();
    const tries = s.state.tries;
    await new Promise((r) => setTimeout(r, 30));
    expect(s.state.tries).toBe(tries);
  });

  it('a write that waiting cannot mend fails at once, without another try', async () => {
    const s = await storeThatFails();
    cleanups.push(s.dispose);
    // What the SQLite store throws when a row breaks the log's primary key: a bug no wait mends.
    const clash: Store = Object.create(s.real);
    clash.appendUpdates = async () => {
      throw Object.assign(new AppError('STORE_UNAVAILABLE', 'UNIQUE constraint failed'), {
        cause: { code: 'SQLITE_CONSTRAINT_PRIMARYKEY' },
      });
    };
    let failures = 0;
    const batcher = new UpdateBatcher(clash, { firstDelayMs: 5, maxDelayMs: 5, onFailure: () => failures++ });
    await expect(batcher.append(s.boardId, update(1))).rejects.toThrow('UNIQUE constraint failed');
    expect(failures).toBe(0);
    await batcher.idle();
  });

  it('a board that no longer exists fails at once, without another try', async () => {
    const s = await storeThatFails();
    cleanups.push(s.dispose);
    s.state.down = false;
    let failures = 0;
    const batcher = new UpdateBatcher(s.store, { firstDelayMs: 5, maxDelayMs: 5, onFailure: () => failures++ });
    await expect(batcher.append('bd_no_such_board', update(1))).rejects.toMatchObject({ code: 'BOARD_NOT_FOUND' });
    expect(failures).toBe(0);
  });
});

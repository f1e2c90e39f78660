import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore, openStore } from '../../src/server/store/index.js';
import type { Store } from '../../src/server/store/index.js';
import { at, board, invite, participant, utf8, workshop } from './storeFixtures.js';
import { tempDir } from './storeHarness.js';

const fileNames = ['opencities.db', 'opencities.db-wal', 'opencities.db-shm'];

/** The bytes of every database file that exists, as a crash or a copy of the folder would see them. */
function databaseFiles(dir: string): Buffer[] {
  return fileNames
    .map((n) => join(dir, n))
    .filter((p) => existsSync(p))
    .map((p) => readFileSync(p));
}

const foundIn = (files: Buffer[], needle: Uint8Array): boolean => files.some((f) => f.includes(Buffer.from(needle)));

/**
 * Writes a workshop whose names, texts, board updates (text and raw random bytes, small and
 * overflowing a page), compacted state and snapshot all carry `tag`, interleaved with
 * another workshop's rows so the deleted rows share pages with rows that stay.
 */
async function writeWorkshop(store: Store, p: string, tag: string, raw: Uint8Array, other?: () => Promise<void>): Promise<void> {
  await store.createWorkshop(workshop(`${p}-w`, { title: `Title ${tag}` }));
  await store.updateWorkshop(workshop(`${p}-w`, { title: `Renamed ${tag}`, description: `About ${tag}` }));
  for (let i = 0; i < 5; i++) {
    await store.createParticipant(participant(`${p}-p${i}`, `${p}-w`, { name: `Person ${i} ${tag}`, organisation: `Org ${tag}` }));
    await other?.();
  }
  await store.createInvite(invite(`${p}-invite-${tag}`, `${p}-w`));
  await store.createBoard(board(`${p}-b`, `${p}-w`, { title: `Board ${tag}` }));
  for (let i = 0; i < 20; i++) {
    await store.appendUpdates(`${p}-b`, [utf8(`update ${i} ${tag}`), raw]);
    await other?.();
  }
  await store.appendUpdates(`${p}-b`, [utf8(`${tag} `.repeat(2000))]);
  await store.compactBoard(`${p}-b`, Buffer.concat([raw, utf8(`state ${tag}`)]), 10);
  await store.compactBoard(`${p}-b`, Buffer.concat([raw, utf8(`newer state ${tag}`)]), 30);
  await store.putBoardSnapshot(`${p}-b`, JSON.stringify({ title: tag }), '2025-01-01T09:00:00.000Z');
  await store.putBoardSnapshot(`${p}-b`, JSON.stringify({ title: `${tag} again` }), '2025-01-01T09:01:00.000Z');
}

describe('sqlite store on disk', () => {
  const dirs: string[] = [];
  const stores: Store[] = [];
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.close()));
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('every open sets WAL, synchronous=FULL, foreign keys, secure_delete and a busy timeout', async () => {
    const dir = tempDir();
    dirs.push(dir);
    for (let i = 0; i < 2; i++) {
      const store = SqliteStore.open(dir);
      stores.push(store);
      await store.migrate();
      expect(store.path).toBe(join(dir, 'opencities.db'));
      expect(store.pragma('journal_mode')).toBe('wal');
      expect(store.pragma('synchronous')).toBe(2);
      expect(store.pragma('foreign_keys')).toBe(1);
      expect(store.pragma('secure_delete')).toBe(1);
      expect(store.pragma('busy_timeout')).toBeGreaterThan(0);
    }
  });

  it('creates a missing data folder', async () => {
    const dir = join(tempDir(), 'nested', 'data');
    dirs.push(dir);
    stores.push(await openStore({ dataDir: dir }));
    expect(existsSync(join(dir, 'opencities.db'))).toBe(true);
  });

  it.each(['kept open', 'closed and reopened'])(
    'P1: deleting a workshop leaves none of its bytes in the database files (store %s)',
    async (mode) => {
      const dir = tempDir();
      dirs.push(dir);
      const marker = `MARKER-${randomBytes(8).toString('hex')}`;
      const keep = `KEEP-${randomBytes(8).toString('hex')}`;
      const markerRaw = new Uint8Array(randomBytes(48));
      const keepRaw = new Uint8Array(randomBytes(48));
      let store = await openStore({ dataDir: dir });
      stores.push(store);

      await store.createWorkshop(workshop('keep-w', { title: keep }));
      await store.createBoard(board('keep-b', 'keep-w'));
      let n = 0;
      const otherWorkshop = async () => {
        n++;
        await store.createParticipant(participant(`keep-p${n}`, 'keep-w', { name: `${keep} ${n}` }));
        await store.appendUpdates('keep-b', [utf8(`${keep} ${n}`), keepRaw]);
      };
      await writeWorkshop(store, 'gone', marker, markerRaw, otherWorkshop);

      // The test can fail: before the delete, both workshops' bytes are in the files.
      const before = databaseFiles(dir);
      expect(foundIn(before, utf8(marker))).toBe(true);
      expect(foundIn(before, markerRaw)).toBe(true);

      if (mode === 'closed and reopened') {
        await store.close();
        store = await openStore({ dataDir: dir });
        stores.push(store);
      }
      expect(await store.deleteWorkshop('gone-w')).toBe(true);

      const after = databaseFiles(dir);
      expect(after.length).toBeGreaterThan(0);
      expect(foundIn(after, utf8(marker))).toBe(false);
      expect(foundIn(after, markerRaw)).toBe(false);
      expect(foundIn(after, utf8(keep))).toBe(true);
      expect(foundIn(after, keepRaw)).toBe(true);
      expect((await store.loadBoardState('keep-b')).updates).toHaveLength(2 * n);
    },
  );
  it('R5/R6: a revealed round and a removed writer’s held-back notes leave none of their bytes in the database files', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const store = await openStore({ dataDir: dir });
    stores.push(store);
    const revealed = `REVEALED-${randomBytes(8).toString('hex')}`;
    const removed = `REMOVED-${randomBytes(8).toString('hex')}`;
    const kept = `KEPT-${randomBytes(8).toString('hex')}`;
    await store.createWorkshop(workshop('w'));
    await store.createBoard(board('b1', 'w'));
    await store.createBoard(board('b2', 'w'));
    for (const id of ['ann', 'ben']) await store.createParticipant(participant(id, 'w'));
    for (const b of ['b1', 'b2']) await store.openPrivateRound({ boardId: b, workshopId: 'w', openedBy: 'account:x', openedAt: at(0) });
    const note = (id: string, boardId: string, participantId: string, text: string) =>
      store.addPrivateNote({ id, boardId, participantId, text, column: null, anonymous: false, authorName: 'Ann', createdAt: at(1) });
    for (let i = 0; i < 20; i++) {
      await note(`r${i}`, 'b1', 'ann', `${revealed} ${i}`);
      await note(`x${i}`, 'b2', 'ben', `${removed} ${i}`);
      await note(`k${i}`, 'b2', 'ann', `${kept} ${i}`);
    }
    // The test can fail: before, the notes are in the files.
    expect(foundIn(databaseFiles(dir), utf8(revealed))).toBe(true);
    expect(foundIn(databaseFiles(dir), utf8(removed))).toBe(true);

    expect(await store.endPrivateRound('b1')).toBe(true);
    expect(await store.deletePrivateNotesOf('ben')).toBe(20);

    const after = databaseFiles(dir);
    expect(foundIn(after, utf8(revealed))).toBe(false);
    expect(foundIn(after, utf8(removed))).toBe(false);
    expect(foundIn(after, utf8(kept))).toBe(true);
    expect(await store.listPrivateNotes('b2')).toHaveLength(20);
    expect(await store.getPrivateRound('b1')).toBeNull();
  });
});

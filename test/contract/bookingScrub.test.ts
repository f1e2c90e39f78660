import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/server/store/index.js';
import { databaseUrl } from '../setup/optional.js';
import { booking } from './bookingFixtures.js';
import { openPgDisk, type PgDisk } from './pgDisk.js';
import { postgresHarness, tempDir } from './storeHarness.js';

const count = (files: Buffer[], needle: string | Buffer) =>
  files.reduce((n, f) => {
    let at = f.indexOf(needle);
    let k = 0;
    while (at !== -1) {
      k++;
      at = f.indexOf(needle, at + 1);
    }
    return n + k;
  }, 0);

/** SPEC B5: a deleted booking request leaves none of what its requester wrote in the database files. */
describe('booking requests: deletion down to the bytes', () => {
  it('SQLite: after delete, the database, WAL and shm files hold no trace of the request', async () => {
    const dir = tempDir();
    try {
      const store = await openStore({ dataDir: dir });
      const marker = `MARKER-${randomBytes(8).toString('hex')}`;
      const control = `CONTROL-${randomBytes(8).toString('hex')}`;
      await store.createBooking(booking('bk_keep', { message: `Kept ${control}` }));
      await store.createBooking(
        booking('bk_gone', { name: `Name ${marker}`, message: `${marker} `.repeat(800), email: `${marker.toLowerCase()}@example.org` }),
      );
      await store.updateBooking('bk_gone', { notes: `Notes ${marker}` }, '2026-01-12T00:00:00.000Z');
      const files = () =>
        ['opencities.db', 'opencities.db-wal', 'opencities.db-shm']
          .map((n) => join(dir, n))
          .filter(existsSync)
          .map((p) => readFileSync(p));
      expect(count(files(), marker)).toBeGreaterThan(0);
      expect(await store.deleteBooking('bk_gone')).toBe(true);
      expect(count(files(), marker)).toBe(0);
      expect(count(files(), marker.toLowerCase())).toBe(0);
      expect(count(files(), control)).toBeGreaterThan(0);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const url = databaseUrl();
  describe.runIf(url !== null)('PostgreSQL', () => {
    let disk: PgDisk;
    beforeAll(async () => {
      disk = await openPgDisk(url ?? '');
    });
    afterAll(() => disk.close());

    it('the request is sealed with a key of its own (never plaintext in table files or WAL); deleting it destroys the key', async (ctx) => {
      if (disk.dataDir === null) ctx.skip();
      const h = postgresHarness(url ?? '');
      try {
        const store = await h.open();
        const marker = `MARKER-${randomBytes(8).toString('hex')}`;
        await store.createBooking(booking('bk_gone', { name: `Name ${marker}`, message: `${marker} `.repeat(800) }));
        expect((await store.getBooking('bk_gone'))?.name).toBe(`Name ${marker}`);
        const [key] = await disk.query<{ wrapped: Buffer }>(
          `SELECT wrapped FROM ${h.pgSchema}.workshop_keys WHERE workshop_id = 'bk_gone'`,
        );
        expect(key?.wrapped.byteLength).toBeGreaterThan(32);
        await disk.checkpoint();
        expect(count([...(await disk.schemaFiles(h.pgSchema)), ...disk.walFiles()], marker)).toBe(0);
        expect(await store.deleteBooking('bk_gone')).toBe(true);
        await disk.checkpoint();
        expect(count(await disk.schemaFiles(h.pgSchema, ['workshop_keys']), key?.wrapped ?? Buffer.alloc(1))).toBe(0);
        expect(await store.getBooking('bk_gone')).toBeNull();
      } finally {
        await h.dispose();
      }
    }, 60_000);
  });
});

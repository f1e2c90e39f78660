import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe } from 'vitest';
import { openStore } from '../../src/server/store/index.js';
import type { Store } from '../../src/server/store/index.js';
import { withDefaultUser } from '../../src/server/store/postgres/connection.js';
import { databaseUrl } from '../setup/optional.js';

/** Fresh, isolated storage for one test, and the stores opened on it. */
export interface StoreHarness {
  readonly kind: 'sqlite' | 'postgres';
  /** Opens (and migrates) a store on this harness's storage. Closed by dispose(). */
  open(): Promise<Store>;
  /**
   * A store over only what is durable now. SQLite: the database and WAL files copied as they
   * are, as a killed process would leave them. PostgreSQL: a new pool, which sees only what
   * was committed.
   */
  openAfterCrash(): Promise<Store>;
  dispose(): Promise<void>;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'ocs-store-'));
}

export function sqliteHarness(): StoreHarness {
  const dirs = [tempDir()];
  const stores: Store[] = [];
  const openIn = async (dataDir: string) => {
    const store = await openStore({ dataDir });
    stores.push(store);
    return store;
  };
  const dataDir = dirs[0] ?? '';
  return {
    kind: 'sqlite',
    open: () => openIn(dataDir),
    openAfterCrash: () => {
      const copy = tempDir();
      dirs.push(copy);
      // The -shm file is an index rebuilt from the WAL; a crash need not leave it intact.
      for (const name of ['opencities.db', 'opencities.db-wal']) {
        if (existsSync(join(dataDir, name))) copyFileSync(join(dataDir, name), join(copy, name));
      }
      return openIn(copy);
    },
    dispose: async () => {
      await Promise.all(stores.map((s) => s.close()));
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    },
  };
}

export function postgresHarness(databaseUrl: string): StoreHarness & { pgSchema: string } {
  const pgSchema = `test_${randomBytes(6).toString('hex')}`;
  const stores: Store[] = [];
  const open = async () => {
    const store = await openStore({ databaseUrl, pgSchema });
    stores.push(store);
    return store;
  };
  return {
    kind: 'postgres',
    pgSchema,
    open,
    openAfterCrash: open,
    dispose: async () => {
      await Promise.all(stores.map((s) => s.close()));
      const admin = new pg.Client({ connectionString: withDefaultUser(databaseUrl) });
      await admin.connect();
      try {
        await admin.query(`DROP SCHEMA IF EXISTS ${pgSchema} CASCADE`);
      } finally {
        await admin.end();
      }
    },
  };
}

/**
 * Runs one part's contract suite (STYLE.md habit 3) against every store: SQLite always,
 * PostgreSQL when DATABASE_URL is set. `suite` gets a maker of fresh storage per test.
 */
export function forEachStore(part: string, suite: (makeHarness: () => StoreHarness) => void): void {
  describe(`${part} contract: sqlite`, () => suite(sqliteHarness));
  const url = databaseUrl();
  describe.runIf(url !== null)(`${part} contract: postgres`, () => suite(() => postgresHarness(url ?? '')));
}

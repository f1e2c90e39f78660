import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore } from '../../src/server/store/index.js';
import { withDefaultUser } from '../../src/server/store/postgres/connection.js';
import type { Store } from '../../src/server/store/Store.js';
import { databaseUrl } from '../setup/optional.js';

export type StoreKind = 'sqlite' | 'postgres';

/** The stores every server test runs against: SQLite always, PostgreSQL when configured. */
export const storeKinds: StoreKind[] = databaseUrl() ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestStoreHandle {
  kind: StoreKind;
  /** Opens (or reopens) the same store: the same folder, or the same PostgreSQL schema. */
  open(): Promise<Store>;
  /** CLI arguments that select this store. */
  cliArgs: string[];
  dispose(): Promise<void>;
}

/** A fresh, empty store of one kind: a temp folder, or a new PostgreSQL schema. */
export function testStore(kind: StoreKind): TestStoreHandle {
  if (kind === 'sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'ocs-test-'));
    return { kind, open: () => openStore({ dataDir }), cliArgs: ['--data', dataDir], dispose: async () => {} };
  }
  const url = databaseUrl();
  if (!url) throw new Error('DATABASE_URL is not set');
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const schemaUrl = withSearchPath(url, schema);
  return {
    kind,
    open: () => openStore({ databaseUrl: url, pgSchema: schema }),
    cliArgs: ['--database-url', schemaUrl],
    dispose: async () => {
      const client = new pg.Client({ connectionString: withDefaultUser(url) });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}

/** A URL whose connections use `schema` (libpq's options parameter). */
function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

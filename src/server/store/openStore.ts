import { masterKeySource } from './postgres/masterKey.js';
import { PostgresStore } from './postgres/PostgresStore.js';
import type { PostgresTimeouts } from './postgres/poolTimeouts.js';
import { SqliteStore } from './sqlite/SqliteStore.js';
import type { Store } from './Store.js';

export interface OpenStoreOptions {
  /** Folder for the SQLite file when no databaseUrl is given. Default './data'. */
  dataDir?: string;
  /**
   * postgres:// URL; when given, PostgreSQL is used and dataDir holds only the master key
   * (`master.key`, unless OPENCITIES_MASTER_KEY is set).
   */
  databaseUrl?: string;
  /** PostgreSQL schema for the tables (created if missing). Default: the search_path. */
  pgSchema?: string;
  /** PostgreSQL connect and statement timeouts; default: the environment, else 5 s and 30 s. */
  pgTimeouts?: PostgresTimeouts;
}

/**
 * Opens the configured store and brings its schema up to date. A database that cannot be
 * reached or opened throws AppError STORE_UNAVAILABLE saying which one and why.
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const dataDir = options.dataDir ?? './data';
  const store = options.databaseUrl
    ? await PostgresStore.open({
        connectionString: options.databaseUrl,
        ...(options.pgSchema ? { schema: options.pgSchema } : {}),
        ...options.pgTimeouts,
        masterKey: masterKeySource(dataDir),
      })
    : SqliteStore.open(dataDir);
  try {
    await store.migrate();
  } catch (e) {
    await store.close().catch(() => {});
    throw e;
  }
  return store;
}

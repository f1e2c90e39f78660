import { accessSync, constants, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { withDefaultUser } from '../../src/server/store/postgres/connection.js';

/**
 * Reads what a PostgreSQL server keeps on disk, as someone holding a copy of its data folder
 * would: the files of a schema's tables, TOAST and indexes, and the write-ahead log. Needs a
 * superuser role (SHOW data_directory, CHECKPOINT) and a process that may read the files.
 */
export interface PgDisk {
  /** The data folder, or why it cannot be read from here. */
  readonly dataDir: string | null;
  readonly unreadableBecause: string | null;
  /** Flushes dirty pages to the table files (and so to the WAL's full-page images). */
  checkpoint(): Promise<void>;
  /** Every file of every relation in `schema` (tables, their TOAST, indexes), all segments. */
  schemaFiles(schema: string, tables?: readonly string[]): Promise<Buffer[]>;
  /** The paths of those files now (a rewrite moves a table to new files). */
  schemaPaths(schema: string, tables?: readonly string[]): Promise<string[]>;
  /** The files at `paths` that still exist. */
  read(paths: readonly string[]): Buffer[];
  /** Every WAL segment file. */
  walFiles(): Buffer[];
  query<T extends pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function openPgDisk(databaseUrl: string): Promise<PgDisk> {
  const client = new pg.Client({ connectionString: withDefaultUser(databaseUrl) });
  await client.connect();
  let dataDir: string | null = null;
  let unreadableBecause: string | null = null;
  try {
    dataDir = (await client.query<{ data_directory: string }>('SHOW data_directory')).rows[0]?.data_directory ?? null;
    accessSync(join(dataDir ?? '', 'PG_VERSION'), constants.R_OK);
    accessSync(join(dataDir ?? '', 'pg_wal'), constants.R_OK);
  } catch (e) {
    unreadableBecause = `the PostgreSQL data folder ${dataDir ?? '(SHOW data_directory needs a superuser)'} is not readable by this process: ${(e as Error).message}`;
    dataDir = null;
  }
  const query = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => (await client.query<T>(sql, params)).rows;
  const schemaPaths = async (schema: string, tables?: readonly string[]): Promise<string[]> => {
    const rels = await query<{ path: string }>(
      `WITH t AS (
         SELECT c.oid, c.reltoastrelid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = $1 AND c.relkind = 'r' AND ($2::text[] IS NULL OR c.relname = ANY($2))
       ), r AS (
         SELECT oid FROM t
         UNION SELECT reltoastrelid FROM t WHERE reltoastrelid <> 0
         UNION SELECT i.indexrelid FROM pg_index i WHERE i.indrelid IN (SELECT oid FROM t UNION SELECT reltoastrelid FROM t)
       )
       SELECT pg_relation_filepath(oid) AS path FROM r`,
      [schema, tables ?? null],
    );
    // A relation over 1 GB continues in PATH.1, PATH.2, ...
    const paths: string[] = [];
    for (const { path } of rels) {
      const base = join(dataDir ?? '', path);
      for (let segment = 0; existsSync(segment === 0 ? base : `${base}.${segment}`); segment++) {
        paths.push(segment === 0 ? base : `${base}.${segment}`);
      }
    }
    return paths;
  };
  const readExisting = (paths: readonly string[]): Buffer[] => paths.filter((p) => existsSync(p)).map((p) => readFileSync(p));
  return {
    dataDir,
    unreadableBecause,
    query,
    checkpoint: async () => {
      await client.query('CHECKPOINT');
    },
    schemaFiles: async (schema, tables) => readExisting(await schemaPaths(schema, tables)),
    schemaPaths,
    read: readExisting,
    walFiles: () => {
      const dir = join(dataDir ?? '', 'pg_wal');
      return readdirSync(dir)
        .filter((n) => /^[0-9A-F]{24}$/.test(n))
        .map((n) => readFileSync(join(dir, n)));
    },
    close: () => client.end(),
  };
}

/** How many times `needle` occurs across `files`. */
export function occurrences(files: readonly Buffer[], needle: Uint8Array | string): number {
  const n = typeof needle === 'string' ? Buffer.from(needle, 'utf8') : Buffer.from(needle);
  let count = 0;
  for (const f of files) {
    for (let i = f.indexOf(n); i !== -1; i = f.indexOf(n, i + 1)) count++;
  }
  return count;
}

import pg from 'pg';
import { AppError } from '../../../shared/index.js';
import { pendingMigrations } from '../migrations/index.js';
import { SqlStore } from '../SqlStore.js';
import type { RowCipher } from '../RowCipher.js';
import { describeTarget, failureReason, schemaFromUrl, withDefaultUser, withSessionOptions } from './connection.js';
import { poolTimeouts, type PostgresTimeouts } from './poolTimeouts.js';
import { sealLegacyRows } from './sealLegacyRows.js';
import { masterKeySource, type MasterKeySource } from './masterKey.js';
import { masterKeyCheck, WorkshopKeys } from './WorkshopKeys.js';
import { PostgresBoardLog } from './PostgresBoardLog.js';
import { toBuffer } from './toBuffer.js';

export interface PostgresStoreOptions extends PostgresTimeouts {
  /** postgres://user:pass@host:port/database */
  connectionString: string;
  /**
   * Schema to keep the tables in (created if missing), so several installations or test
   * files can share one database. Lower-case letters, digits and `_`. Default: the one the
   * URL sets with `?options=-c search_path=name`, else the server's search_path.
   */
  schema?: string;
  /** Pool size. Default 10. */
  max?: number;
  /** Where the master key that wraps workshop keys is kept. Default: `./data/master.key` or OPENCITIES_MASTER_KEY. */
  masterKey?: MasterKeySource;
}

const schemaPattern = /^[a-z_][a-z0-9_]{0,62}$/;
const masterCheckSetting = 'store.master-key-check';
// The old row versions of rows sealed in place still hold their plaintext until the tables are rewritten.
const rewriteOwed = {
  set: "INSERT INTO settings (key, value) VALUES ('store.plaintext-rewrite', 'owed') ON CONFLICT (key) DO NOTHING",
  get: "SELECT 1 FROM settings WHERE key = 'store.plaintext-rewrite'",
  clear: "DELETE FROM settings WHERE key = 'store.plaintext-rewrite'",
};

// Until migrate() has the master key, nothing may be written: it would be written unsealed.
const notMigrated: RowCipher = {
  overhead: 0,
  forNewWorkshop: () => Promise.reject(new Error('PostgresStore: call migrate() before using the store')),
  forWorkshop: () => Promise.reject(new Error('PostgresStore: call migrate() before using the store')),
  warm: () => Promise.reject(new Error('PostgresStore: call migrate() before using the store')),
  forBoard: () => Promise.reject(new Error('PostgresStore: call migrate() before using the store')),
  forget: () => {},
};

/** How long a delete waits for other sessions' older snapshots before it vacuums (vacuumAfterDelete). */
const olderSnapshotWaitMs = 5000;

// Everything a workshop delete can touch, vacuumed after it.
const workshopTables = [
  'workshops',
  'projects',
  'groups',
  'participants',
  'sessions',
  'invites',
  'workshop_facilitators',
  'boards',
  'board_updates',
  'board_compacted',
  'board_snapshots',
  'private_rounds',
  'private_notes',
  'public_pages',
  'public_comments',
  'audience_links',
];

/**
 * The store for larger installations. Durability is a committed transaction; the session
 * asks for synchronous_commit=on so a server configured otherwise cannot weaken D1–D3.
 */
export class PostgresStore extends SqlStore {
  readonly kind = 'postgres' as const;
  protected readonly log: PostgresBoardLog;
  private ended = false;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string | null,
    private readonly masterKey: MasterKeySource,
  ) {
    super();
    this.cipher = notMigrated;
    this.log = new PostgresBoardLog(
      { all: (sql, params) => this.all(sql, params), run: (sql, params) => this.run(sql, params) },
      () => this.cipher,
      (fn, begin) => this.transaction(fn, begin),
    );
  }

  /** Connects (so a wrong URL fails here, in one line) without migrating. */
  static async open(options: PostgresStoreOptions): Promise<PostgresStore> {
    const { connectionString } = options;
    const schema = options.schema ?? schemaFromUrl(connectionString);
    if (schema !== undefined && !schemaPattern.test(schema)) {
      throw new AppError('STORE_UNAVAILABLE', `"${schema}" is not a usable PostgreSQL schema name (use lower-case letters, digits and _)`);
    }
    const settings = [...(schema ? [`-c search_path=${schema}`] : []), '-c synchronous_commit=on'];
    const pool = new pg.Pool({
      connectionString: withSessionOptions(withDefaultUser(connectionString), settings),
      max: options.max ?? 10,
      ...poolTimeouts(options),
      options: settings.join(' '),
    });
    // An idle client that breaks is dropped by the pool; the next query reports the problem.
    // Without a listener the 'error' event would end the process.
    pool.on('error', () => {});
    try {
      await pool.query('SELECT 1');
    } catch (e) {
      await pool.end().catch(() => {});
      throw new AppError('STORE_UNAVAILABLE', `cannot connect to PostgreSQL at ${describeTarget(connectionString)}: ${failureReason(e)}`);
    }
    return new PostgresStore(pool, schema ?? null, options.masterKey ?? masterKeySource('./data'));
  }

  /**
   * Migrates, checks the master key against the one the database was sealed with, and seals
   * the rows of workshops written before workshop keys existed (then rewrites those tables
   * with VACUUM FULL, so their files no longer hold the plaintext).
   */
  async migrate(): Promise<void> {
    const sealed = await this.transaction(async (c) => {
      // Serialises concurrent starts (several server instances, parallel tests) per schema.
      await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`opencities.migrate:${this.schema ?? ''}`]);
      if (this.schema) await c.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
      await c.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
      )`);
      const { rows } = await c.query<{ version: number }>('SELECT version FROM schema_migrations');
      for (const m of pendingMigrations(rows.map((r) => r.version))) {
        await c.query(m.postgres);
        await c.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      }
      const keys = new WorkshopKeys(await this.checkedMasterKey(c), async (sql, params) => (await this.pool.query(sql, [...params])).rows);
      if ((await sealLegacyRows(c, keys)) > 0) await c.query(rewriteOwed.set);
      const owed = (await c.query(rewriteOwed.get)).rows.length > 0;
      return { keys, owed };
    });
    this.cipher = sealed.keys;
    // Recorded in the transaction that sealed the rows, so a crash before the rewrite
    // finishes only puts it off to the next start.
    if (sealed.owed) {
      await this.vacuumAfterDelete(`VACUUM FULL ${workshopTables.join(', ')}`);
      await this.pool.query(rewriteOwed.clear);
    }
  }

  /**
   * Runs `vacuums` once no other session of this database holds a snapshot taken before now
   * (waiting `olderSnapshotWaitMs` at most): VACUUM, FULL or not, keeps every deleted row such a
   * snapshot may still see, so one run while another session's older transaction is open (a
   * slow report, another instance's query) would leave the rows just deleted, a workshop's
   * wrapped key among them, in the table's files.
   */
  private async vacuumAfterDelete(...vacuums: string[]): Promise<void> {
    const { rows } = await this.pool.query<{ at: Date }>('SELECT clock_timestamp() AS at');
    const since = rows[0]!.at;
    const until = Date.now() + olderSnapshotWaitMs;
    for (;;) {
      const older = await this.pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
         WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xmin IS NOT NULL AND xact_start < $1`,
        [since],
      );
      if (older.rows[0]!.n === 0 || Date.now() >= until) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    for (const vacuum of vacuums) await this.pool.query(vacuum);
  }

  /** The master key, refused if the database's workshops were sealed with another one. */
  private async checkedMasterKey(c: pg.PoolClient): Promise<Buffer> {
    const stored = (await c.query<{ value: string }>('SELECT value FROM settings WHERE key = $1', [masterCheckSetting])).rows[0];
    if (!stored) {
      const key = this.masterKey.read() ?? this.masterKey.create();
      await c.query('INSERT INTO settings (key, value) VALUES ($1, $2)', [masterCheckSetting, masterKeyCheck(key)]);
      return key;
    }
    const key = this.masterKey.read();
    if (!key) {
      throw new AppError(
        'STORE_UNAVAILABLE',
        `this database's workshops are encrypted with a master key that is not here (${this.masterKey.where}): set OPENCITIES_MASTER_KEY or copy master.key from the server's data folder`,
      );
    }
    if (masterKeyCheck(key) !== stored.value) {
      throw new AppError(
        'STORE_UNAVAILABLE',
        `the master key in ${this.masterKey.where} is not the one this database's workshops are encrypted with: use the key of the server that created them`,
      );
    }
    return key;
  }

  async close(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    await this.pool.end();
  }

  /**
   * Crypto-shredding (docs/SPEC.md P4): deletes the workshop's wrapped key with its rows in
   * one transaction, then rewrites the keys table (VACUUM FULL: a new file without the dead
   * row; the old one is truncated) and VACUUMs the data tables so dead rows are pruned and
   * their space reused. PostgreSQL does not zero freed space, and its WAL, archives, backups
   * and replicas keep old bytes: what they keep of the workshop is ciphertext, and its key
   * only wrapped with the master key, which is never in the database.
   */
  async deleteWorkshop(id: string): Promise<boolean> {
    const deleted = await this.transaction(async (c) => {
      await c.query('DELETE FROM workshop_keys WHERE workshop_id = $1', [id]);
      return ((await c.query('DELETE FROM workshops WHERE id = $1', [id])).rowCount ?? 0) > 0;
    });
    this.cipher.forget(id);
    if (!deleted) return false;
    await this.vacuumAfterDelete('VACUUM FULL workshop_keys', `VACUUM ${workshopTables.join(', ')}`);
    return true;
  }

  async deleteBoard(id: string): Promise<boolean> {
    if ((await this.run('DELETE FROM boards WHERE id = $1', [id])) === 0) return false;
    await this.pool.query('VACUUM boards, board_updates, board_compacted, board_snapshots, private_rounds, private_notes');
    return true;
  }

  protected async deleteBookingRows(ids: readonly string[]): Promise<number> {
    // As a workshop: the request's key goes in the same transaction, then the keys table is
    // rewritten so its file no longer holds it (SPEC B5, P4).
    const deleted = await this.transaction(async (c) => {
      await c.query('DELETE FROM workshop_keys WHERE workshop_id = ANY($1::text[])', [ids]);
      return (await c.query('DELETE FROM bookings WHERE id = ANY($1::text[])', [ids])).rowCount ?? 0;
    });
    for (const id of ids) this.cipher.forget(id);
    if (deleted === 0) return 0;
    await this.vacuumAfterDelete('VACUUM FULL workshop_keys', 'VACUUM bookings');
    return deleted;
  }

  /** Held-back notes were deleted: their rows (sealed, P4) pruned from the tables' pages (SPEC R5). */
  protected async scrubPrivateNotes(): Promise<void> {
    await this.pool.query('VACUUM private_rounds, private_notes');
  }

  protected async all<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return (await this.pool.query(sql, params.map(toParam))).rows as T[];
  }

  protected async run(sql: string, params: readonly unknown[] = []): Promise<number> {
    return (await this.pool.query(sql, params.map(toParam))).rowCount ?? 0;
  }

  /** A note's statement and a reveal's claim of the round's row, one after the other (SqlStore.roundRowLock). */
  protected readonly roundRowLock = ' FOR SHARE';

  protected isUniqueViolation(e: unknown): boolean {
    return (e as { code?: unknown } | null)?.code === '23505';
  }

  private async transaction<T>(fn: (c: pg.PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    // A connection that breaks while checked out (reset, server restart) emits 'error'; with
    // no listener Node would end the process. The query in flight fails too, which is how
    // the caller hears of it; the client is marked broken so the pool destroys it.
    const onError = (e: Error) => (broken = e);
    client.on('error', onError);
    try {
      await client.query(begin);
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (e) {
      // A client whose ROLLBACK fails is in an unknown state: destroy it, don't pool it. One
      // that broke or timed out is not asked at all (its ROLLBACK would wait out another timeout).
      if (broken === undefined && !isTimeout(e)) {
        await client.query('ROLLBACK').catch((rollbackError: unknown) => {
          broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
        });
      } else broken ??= e instanceof Error ? e : new Error(String(e));
      throw e;
    } finally {
      client.removeListener('error', onError);
      client.release(broken);
    }
  }
}

/** pg's own client-side limit: the statement may still be running, the connection is unusable. */
function isTimeout(e: unknown): boolean {
  return e instanceof Error && e.message === 'Query read timeout';
}

function toParam(v: unknown): unknown {
  return v instanceof Uint8Array ? toBuffer(v) : v;
}

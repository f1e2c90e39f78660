import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/index.js';
import { pendingMigrations } from '../migrations/index.js';
import { SqlStore } from '../SqlStore.js';
import { connect } from './connection.js';
import { probeDisk } from './diskProbe.js';
import { SqliteBoardLog } from './SqliteBoardLog.js';
import { SqliteStatements } from './statements.js';

export const sqliteFileName = 'opencities.db';

/**
 * The embedded store: one SQLite file in the data folder. better-sqlite3 is synchronous, so
 * every method does its work before its promise is created; a transaction can never
 * interleave with another call on the same connection. The board log (SqliteBoardLog) makes
 * board updates, the one write made for every edit, through a second connection on a worker
 * thread (BoardWriter), so their flushes to disk do not stop the event loop; both
 * connections wait for each other's write lock (busy timeout).
 */
export class SqliteStore extends SqlStore {
  readonly kind = 'sqlite' as const;
  private readonly statements: SqliteStatements;
  protected readonly log: SqliteBoardLog;

  private constructor(
    private readonly db: Database.Database,
    /** The database file; its -wal and -shm companions sit next to it. */
    readonly path: string,
  ) {
    super();
    this.statements = new SqliteStatements(db);
    this.log = new SqliteBoardLog(this.statements, path);
  }

  /** Opens (creating the folder and file if missing) without migrating. */
  static open(dataDir: string): SqliteStore {
    const path = join(dataDir, sqliteFileName);
    let db: Database.Database | undefined;
    try {
      mkdirSync(dataDir, { recursive: true });
      db = connect(path);
      return new SqliteStore(db, path);
    } catch (e) {
      db?.close();
      throw new AppError('STORE_UNAVAILABLE', `cannot open the SQLite database at ${path}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** Writes a row and a file beside the database: a full disk fails this (diskProbe.ts). */
  override async ping(): Promise<void> {
    await super.ping();
    await probeDisk(this.path);
  }

  /** A pragma's current value on this connection (tests check the durability settings). */
  pragma(name: string): unknown {
    return this.db.pragma(name, { simple: true });
  }

  async migrate(): Promise<void> {
    // IMMEDIATE takes the write lock first, so two processes opening a new data folder at
    // once cannot both apply the same migration.
    this.db
      .transaction(() => {
        this.db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
          version INTEGER PRIMARY KEY,
          name TEXT NOT NULL,
          applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        )`);
        const applied = this.db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[];
        for (const m of pendingMigrations(applied)) {
          this.db.exec(m.sqlite);
          this.db.prepare('INSERT INTO schema_migrations (version, name) VALUES (?, ?)').run(m.version, m.name);
        }
      })
      .immediate();
  }

  async close(): Promise<void> {
    await this.log.close();
    this.statements.clear();
    if (this.db.open) this.db.close();
  }

  async deleteWorkshop(id: string): Promise<boolean> {
    // Foreign keys cascade to everything in the workshop; secure_delete zeroes the freed
    // cells and pages as they go. The WAL is scrubbed even when nothing was deleted, so a
    // retry after a busy checkpoint (below) finishes the job.
    const deleted = this.statements.runSync('DELETE FROM workshops WHERE id = $1', [id]) > 0;
    this.scrubWal();
    return deleted;
  }

  async deleteBoard(id: string): Promise<boolean> {
    // As deleteWorkshop: the board's log, state and snapshot cascade, secure_delete zeroes them.
    const deleted = this.statements.runSync('DELETE FROM boards WHERE id = $1', [id]) > 0;
    this.scrubWal('board');
    return deleted;
  }

  protected async deleteBookingRows(ids: readonly string[]): Promise<number> {
    // secure_delete zeroes each row's cells as it goes; then the WAL, as for a workshop (SPEC B5).
    const deleted = this.db.transaction(() =>
      ids.reduce((n, id) => n + this.statements.runSync('DELETE FROM bookings WHERE id = $1', [id]), 0),
    )();
    if (deleted > 0) this.scrubWal('booking requests');
    return deleted;
  }

  /** Held-back notes of a private round were deleted: secure_delete zeroed their cells; empty the WAL (SPEC R5). */
  protected async scrubPrivateNotes(): Promise<void> {
    this.scrubWal('private notes');
  }

  /**
   * Copies every page into the database file and truncates the WAL to zero bytes, so the
   * log keeps no page image from before the delete. It waits (busy timeout) for readers in
   * other processes and for this store's writer thread; if one still holds a snapshot, the WAL cannot be emptied and we say so
   * rather than claim the bytes are gone.
   */
  private scrubWal(what: 'workshop' | 'board' | 'private notes' | 'booking requests' = 'workshop'): void {
    const [result] = this.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
    if (!result || result.busy !== 0) {
      throw new AppError(
        'STORE_UNAVAILABLE',
        `the ${what} ${what === 'private notes' || what === 'booking requests' ? 'are' : 'is'} deleted, but the database was busy (another process, or this server saving a board), so its write-ahead log may still hold old bytes; delete it again in a moment`,
      );
    }
  }

  protected async all<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return this.statements.allSync<T>(sql, params);
  }

  protected async run(sql: string, params: readonly unknown[] = []): Promise<number> {
    return this.statements.runSync(sql, params);
  }

  /** One write at a time: nothing to lock (SqlStore.roundRowLock). */
  protected readonly roundRowLock = '';

  protected isUniqueViolation(e: unknown): boolean {
    const code = (e as { code?: unknown } | null)?.code;
    return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
  }
}

import Database from 'better-sqlite3';

/** How long a connection waits for another's write lock before SQLITE_BUSY. */
export const busyTimeoutMs = 5000;

/** Opens a connection to the database file at `path` with the settings below. */
export function connect(path: string): Database.Database {
  const db = new Database(path, { timeout: busyTimeoutMs });
  try {
    configure(db);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/** Set on every open: these are per connection, and durability (D1–D3) depends on them. */
function configure(db: Database.Database): void {
  const mode = db.pragma('journal_mode = WAL', { simple: true });
  if (mode !== 'wal') throw new Error(`the file system does not support write-ahead logging (journal_mode is ${String(mode)})`);
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
}

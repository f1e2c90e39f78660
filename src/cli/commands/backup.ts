import { copyFileSync, existsSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { sqliteLock } from '../../server/ops/instanceLock.js';
import { sqliteFileName } from '../../server/store/sqlite/SqliteStore.js';
import { UserError } from '../command.js';

const onPostgres =
  'on PostgreSQL, back up with pg_dump and restore with pg_restore, and keep a copy of the master key apart (docs/deploy.md)';

/**
 * `admin backup FILE` (SPEC O6): a consistent copy of the SQLite store, taken while the server
 * runs. VACUUM INTO reads in one transaction, so the copy is the store as of one moment,
 * whatever is written meanwhile (the backup API would start again after every write of a busy
 * server). The copy is compacted and carries no freed pages.
 */
export function backupSqlite(dataDir: string, databaseUrl: string | null, file: string | undefined): number {
  if (databaseUrl) throw new UserError(`backup copies an SQLite store; ${onPostgres}`);
  if (!file) throw new UserError('backup needs the file to write, e.g. opencities admin backup backups/studio-2026-12-06.db');
  if (existsSync(file)) throw new UserError(`${file} already exists: name a new file, so no backup is overwritten`);
  const source = join(dataDir, sqliteFileName);
  if (!existsSync(source)) throw new UserError(`there is no store in ${dataDir} (no ${sqliteFileName}): check --data`);
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    db.prepare('VACUUM INTO ?').run(resolve(file));
  } finally {
    db.close();
  }
  console.log(`Backed up ${source} to ${file}. Restore it with: opencities admin restore ${file} --data DIR`);
  return 0;
}

/**
 * `admin restore FILE` (SPEC O6): puts a backup in place as the data folder's store, with
 * no server running on the folder (it takes the server's lock meanwhile). The store it
 * replaces is kept beside it, renamed, until the operator deletes it.
 */
export async function restoreSqlite(dataDir: string, databaseUrl: string | null, file: string | undefined): Promise<number> {
  if (databaseUrl) throw new UserError(`restore puts back an SQLite store; ${onPostgres}`);
  if (!file) throw new UserError('restore needs the backup file, e.g. opencities admin restore backups/studio-2026-12-06.db');
  if (!existsSync(file)) throw new UserError(`there is no file ${file}`);
  checkBackup(file);
  const lock = await sqliteLock(dataDir);
  try {
    const target = join(dataDir, sqliteFileName);
    const aside = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    const replaced = existsSync(target);
    for (const suffix of ['', '-wal', '-shm']) if (existsSync(target + suffix)) renameSync(target + suffix, aside + suffix);
    copyFileSync(file, `${target}.restoring`);
    renameSync(`${target}.restoring`, target);
    console.log(
      `Restored ${file} into ${dataDir}.${replaced ? ` The store it replaced is kept as ${aside}: delete it once the restored one is checked.` : ''} Start the server: opencities serve --data ${dataDir}`,
    );
  } finally {
    await lock.release();
  }
  return 0;
}

/** Refuses a file that is not a whole SQLite store of ours. */
function checkBackup(file: string): void {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const ours = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
    const integrity = db.pragma('quick_check', { simple: true });
    if (!ours || integrity !== 'ok') throw new Error(ours ? `its check says: ${String(integrity)}` : 'it holds no Open Cities store');
  } catch (e) {
    throw new UserError(`${file} is not a usable backup: ${(e as Error).message}`);
  } finally {
    db?.close();
  }
}

import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { AppError } from '../../shared/index.js';
import { describeTarget, failureReason, schemaFromUrl, withDefaultUser } from '../store/postgres/connection.js';

/** The file in an SQLite data folder that a running server holds locked (beside opencities.db). */
export const serveLockFileName = 'opencities.serve.lock';

/** What the server holds for its life so that no second server shares its store unsafely (SPEC O5). */
export interface InstanceLock {
  release(): Promise<void>;
}

export interface InstanceLockOptions {
  dataDir: string;
  databaseUrl: string | null;
  /** With Redis, instances on one PostgreSQL database share the lock; without, one holds it alone. */
  redisUrl: string | null;
  log: (line: string) => void;
}

/** Takes the lock for this store, or throws INSTANCE_RUNNING saying what to do. */
export function takeInstanceLock(options: InstanceLockOptions): Promise<InstanceLock> {
  return options.databaseUrl ? postgresLock(options.databaseUrl, options.redisUrl !== null, options.log) : sqliteLock(options.dataDir);
}

/**
 * SQLite: an exclusive transaction on a small lock database in the data folder, held open.
 * SQLite locks with the operating system's file locks, which end with the process, so a
 * crashed server leaves no stale lock. The store's own file is not locked: the CLI's admin
 * commands still work while the server runs.
 */
export async function sqliteLock(dataDir: string): Promise<InstanceLock> {
  const path = join(dataDir, serveLockFileName);
  const db = new Database(path, { timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('CREATE TABLE IF NOT EXISTS held (since TEXT)');
    db.exec('BEGIN EXCLUSIVE');
  } catch (e) {
    db.close();
    if ((e as { code?: string }).code === 'SQLITE_BUSY')
      throw new AppError('INSTANCE_RUNNING', `another opencities serve is already running on the data folder ${dataDir}`);
    throw e;
  }
  return {
    release: async () => {
      db.close();
    },
  };
}

/** The lock's key: one per database (advisory locks are) and schema. */
const lockKeySql = `hashtext('opencities.serve:' || $1)::bigint`;

async function tryLock(databaseUrl: string, shared: boolean): Promise<{ client: pg.Client; held: boolean }> {
  const client = new pg.Client({ connectionString: withDefaultUser(databaseUrl), connectionTimeoutMillis: 5000, keepAlive: true });
  client.on('error', () => {}); // reported through 'end' below
  try {
    await client.connect();
    const fn = shared ? 'pg_try_advisory_lock_shared' : 'pg_try_advisory_lock';
    const result = await client.query<{ held: boolean }>(`SELECT ${fn}(${lockKeySql}) AS held`, [schemaFromUrl(databaseUrl) ?? '']);
    return { client, held: result.rows[0]?.held === true };
  } catch (e) {
    await client.end().catch(() => {});
    throw new AppError('STORE_UNAVAILABLE', `cannot take the instance lock on ${describeTarget(databaseUrl)}: ${failureReason(e)}`);
  }
}

/**
 * PostgreSQL: a session advisory lock on a connection of its own, held for the process's
 * life. Without Redis the lock is exclusive (one instance, alone), with Redis shared (any
 * number of instances that all relay edits through Redis). The two exclude each other, so a
 * server without Redis never runs beside another one on the same database. Should the
 * connection drop (the database restarted), the lock is taken again as soon as it can be.
 */
export async function postgresLock(databaseUrl: string, withRedis: boolean, log: (line: string) => void): Promise<InstanceLock> {
  const target = describeTarget(databaseUrl);
  const first = await tryLock(databaseUrl, withRedis);
  if (!first.held) {
    await first.client.end().catch(() => {});
    throw new AppError(
      'INSTANCE_RUNNING',
      withRedis
        ? `a server without REDIS_URL is running on the PostgreSQL database ${target}; stop it, or restart it with REDIS_URL set, then start this one`
        : `another server is running on the PostgreSQL database ${target}; set REDIS_URL (the same Redis) on every instance, or stop the other one`,
    );
  }
  let client: pg.Client | null = first.client;
  let released = false;
  let retry: NodeJS.Timeout | undefined;
  const watch = (c: pg.Client) =>
    c.once('end', () => {
      if (released) return;
      client = null;
      log('instance lock: the connection that holds it was lost; taking the lock again');
      retry = setTimeout(again, 2000).unref();
    });
  const again = () => {
    tryLock(databaseUrl, withRedis).then(
      (next) => {
        if (released) return void next.client.end();
        if (!next.held) {
          log(`instance lock: taken meanwhile by another server on ${target}: stop one of them (SPEC O5)`);
          void next.client.end();
          retry = setTimeout(again, 5000).unref();
          return;
        }
        client = next.client;
        watch(next.client);
        log('instance lock: held again');
      },
      () => (retry = setTimeout(again, 5000).unref()),
    );
  };
  watch(first.client);
  return {
    release: async () => {
      released = true;
      clearTimeout(retry);
      await client?.end().catch(() => {});
    },
  };
}

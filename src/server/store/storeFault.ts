import { isAppError } from '../../shared/index.js';

/** Operating-system errors of a network or a disk that cannot be reached or written. */
const systemCodes = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENOSPC',
  'EDQUOT',
  'EIO',
  'EROFS',
]);

/**
 * PostgreSQL SQLSTATEs of a database that is there but cannot serve now: 08 connection
 * exception, 53 insufficient resources (disk full, too many connections), 57014 a statement
 * cancelled by statement_timeout, 57P01–57P05 shutdown and restart, 58 system (I/O) error,
 * 25006 a read-only (standby) server.
 */
const postgresState = /^(08[0-9A-Z]{3}|53[0-9A-Z]{3}|57014|57P0[1-5]|58[0-9A-Z]{3}|25006)$/;

/** SQLite's extended result codes for a disk that is full, failing, locked or read-only. */
const sqliteCode = /^SQLITE_(FULL|IOERR|BUSY|LOCKED|READONLY|CANTOPEN|PROTOCOL)/;

/** What node-pg and its pool say, without a code, when the connection itself failed. */
const clientMessages = [
  'Query read timeout',
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Cannot use a pool after calling end on the pool',
  'The database connection is not open',
];

function codeOf(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/**
 * Whether an error means the store cannot be reached or written just now (the database is
 * down, unreachable, too slow, or its disk is full) rather than a bug or a bad request: those
 * answer 503 STORE_UNAVAILABLE, "try again shortly". Looks through `cause` (the SQLite store
 * wraps its driver's errors) and AggregateError (a name with several addresses).
 */
export function isStoreFault(e: unknown, depth = 0): boolean {
  if (e === null || typeof e !== 'object' || depth > 4) return false;
  if (isAppError(e)) return e.code === 'STORE_UNAVAILABLE';
  const code = codeOf(e);
  if (systemCodes.has(code) || postgresState.test(code) || sqliteCode.test(code)) return true;
  const message = e instanceof Error ? e.message : '';
  if (clientMessages.some((m) => message.startsWith(m))) return true;
  if (e instanceof AggregateError && e.errors.some((inner) => isStoreFault(inner, depth + 1))) return true;
  return isStoreFault((e as { cause?: unknown }).cause, depth + 1);
}

import { userInfo } from 'node:os';

/** Where a connection string points, for messages: host:port/database, never the password. */
export function describeTarget(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    const host = url.hostname || url.searchParams.get('host') || 'localhost';
    return `${host}:${url.port || '5432'}${url.pathname === '/' ? '' : url.pathname}`;
  } catch {
    return 'the configured database URL (it is not a valid postgres:// URL)';
  }
}

/**
 * One line on why a connection failed. Node reports a refused connection to a name with
 * several addresses as an AggregateError with an empty message, so fall back to its code.
 */
export function failureReason(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  const message = e instanceof Error ? e.message : String(e);
  if (message) return message;
  return typeof code === 'string' ? code : 'unknown error';
}

/**
 * Fills in the operating-system user when the URL names none, as libpq (psql) does. node-pg
 * falls back only to $USER, which service managers and containers often leave unset, and
 * then fails with "no PostgreSQL user name specified".
 */
export function withDefaultUser(connectionString: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.PGUSER || env.USER) return connectionString;
  try {
    const url = new URL(connectionString);
    if (url.username) return connectionString;
    url.username = userInfo().username;
    return url.toString();
  } catch {
    return connectionString;
  }
}

/**
 * The schema a URL selects through libpq's `options` parameter (`?options=-c search_path=x`),
 * when it names exactly one. The CLI has only --database-url, so this is how it picks one.
 */
export function schemaFromUrl(connectionString: string): string | undefined {
  const options = urlOptions(connectionString);
  const match = options && /(?:^|\s)-c\s*search_path=("?)([a-z_][a-z0-9_]*)\1(?:\s|$)/.exec(options);
  return match?.[2];
}

/**
 * Adds session settings to the URL's own `options`. node-pg lets a URL's options replace the
 * ones passed beside it, so settings we depend on must travel inside the URL.
 */
export function withSessionOptions(connectionString: string, settings: readonly string[]): string {
  try {
    const url = new URL(connectionString);
    const merged = [url.searchParams.get('options') ?? '', ...settings].join(' ').trim();
    if (merged) url.searchParams.set('options', merged);
    return url.toString();
  } catch {
    return connectionString;
  }
}

function urlOptions(connectionString: string): string | null {
  try {
    return new URL(connectionString).searchParams.get('options');
  } catch {
    return null;
  }
}

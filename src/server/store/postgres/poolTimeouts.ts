import type pg from 'pg';
import { AppError } from '../../../shared/index.js';

/** How long the PostgreSQL store waits before it gives up, ms (README: "Timeouts"). */
export interface PostgresTimeouts {
  /** Opening a connection, or waiting for a free one from the pool. Default 5,000. */
  connectTimeoutMs?: number;
  /**
   * One statement. The server cancels it after this (statement_timeout); the client gives up
   * a little later (query_timeout), which also catches a database that stopped answering at
   * all (a dropped network), where no cancel can arrive. Default 30,000.
   */
  statementTimeoutMs?: number;
}

export const defaultConnectTimeoutMs = 5_000;
export const defaultStatementTimeoutMs = 30_000;
/** The client's own limit is the server's plus this, so the server's clearer error comes first. */
const clientMarginMs = 2_000;

/** A positive whole number of milliseconds from the environment, else undefined. */
function envMs(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new AppError('STORE_UNAVAILABLE', `${name} must be a whole number of milliseconds above 0, not "${raw}"`);
  return value;
}

/**
 * The pool settings that keep a broken or silent database from hanging the server: the
 * options given, else DATABASE_CONNECT_TIMEOUT_MS and DATABASE_STATEMENT_TIMEOUT_MS, else the
 * defaults. TCP keep-alive lets the operating system notice an idle connection whose peer
 * vanished.
 */
export function poolTimeouts(options: PostgresTimeouts, env: NodeJS.ProcessEnv = process.env): pg.PoolConfig {
  const connect = options.connectTimeoutMs ?? envMs(env, 'DATABASE_CONNECT_TIMEOUT_MS') ?? defaultConnectTimeoutMs;
  const statement = options.statementTimeoutMs ?? envMs(env, 'DATABASE_STATEMENT_TIMEOUT_MS') ?? defaultStatementTimeoutMs;
  return {
    connectionTimeoutMillis: connect,
    statement_timeout: statement,
    query_timeout: statement + clientMarginMs,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  };
}

import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/shared/index.js';
import { isStoreFault } from '../../src/server/store/index.js';
import { poolTimeouts } from '../../src/server/store/postgres/poolTimeouts.js';

const coded = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isStoreFault', () => {
  it('D8: a database that is down, unreachable, too slow or full is an outage', () => {
    for (const e of [
      coded('ECONNRESET'),
      coded('ECONNREFUSED'),
      coded('ENOSPC'),
      coded('57P01', 'terminating connection due to administrator command'),
      coded('57014', 'canceling statement due to statement timeout'),
      coded('53100', 'could not extend file: No space left on device'),
      coded('08006'),
      coded('SQLITE_FULL'),
      coded('SQLITE_IOERR_WRITE'),
      new Error('Query read timeout'),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      new AggregateError([coded('ECONNREFUSED')], ''),
      new AppError('STORE_UNAVAILABLE'),
      Object.assign(new Error('wrapped'), { cause: coded('SQLITE_BUSY') }),
    ])
      expect(isStoreFault(e), String(e)).toBe(true);
  });

  it('D8: a bug, a bad value or another error stays what it is', () => {
    for (const e of [
      new Error('boom'),
      new TypeError('x is undefined'),
      coded('23505', 'duplicate key'),
      coded('42P01', 'relation does not exist'),
      coded('22P02', 'invalid input syntax'),
      coded('SQLITE_CONSTRAINT_UNIQUE'),
      new AppError('BOARD_NOT_FOUND'),
      null,
      'a string',
    ])
      expect(isStoreFault(e), String(e)).toBe(false);
  });
});

describe('poolTimeouts', () => {
  it('D8: defaults of 5 s to connect and 30 s a statement, the client 2 s later, keep-alive on', () => {
    expect(poolTimeouts({}, {})).toMatchObject({
      connectionTimeoutMillis: 5000,
      statement_timeout: 30_000,
      query_timeout: 32_000,
      keepAlive: true,
    });
  });

  it('D8: the environment, then the options, change them; a wrong value is refused in one line', () => {
    const env = { DATABASE_CONNECT_TIMEOUT_MS: '1500', DATABASE_STATEMENT_TIMEOUT_MS: '10000' };
    expect(poolTimeouts({}, env)).toMatchObject({ connectionTimeoutMillis: 1500, statement_timeout: 10_000, query_timeout: 12_000 });
    expect(poolTimeouts({ statementTimeoutMs: 400 }, env)).toMatchObject({ statement_timeout: 400, query_timeout: 2400 });
    expect(() => poolTimeouts({}, { DATABASE_STATEMENT_TIMEOUT_MS: '30s' })).toThrow(
      'DATABASE_STATEMENT_TIMEOUT_MS must be a whole number of milliseconds above 0, not "30s"',
    );
  });
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { postgresLock, sqliteLock } from '../../src/server/ops/instanceLock.js';
import { databaseUrl, redisUrl } from '../setup/optional.js';
import { freePort, runCli, startServerProcess, exited, type ServerProcess } from '../support/cliProcess.js';
import { testStore } from '../support/stores.js';

const url = databaseUrl();

/** `url` with its connections in `schema`, as the CLI takes it. */
function inSchema(schema: string): string {
  const u = new URL(url ?? 'postgres://127.0.0.1:5432/test');
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

describe('one server per store', () => {
  const running: ServerProcess[] = [];
  afterAll(async () => {
    for (const p of running) {
      p.child.kill('SIGTERM');
      await exited(p.child);
    }
  });

  it('O5: a second lock on an SQLite data folder is refused while the first is held, and free once released', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ocs-lock-'));
    const first = await sqliteLock(dir);
    await expect(sqliteLock(dir)).rejects.toMatchObject({ code: 'INSTANCE_RUNNING' });
    await first.release();
    const again = await sqliteLock(dir);
    await again.release();
  });

  it('O5: a second opencities serve on the same SQLite data folder refuses and says why; admin commands still work', async () => {
    const handle = testStore('sqlite');
    const server = await startServerProcess(await freePort(), handle.cliArgs, ['--log-format', 'json']);
    running.push(server);
    const second = runCli(['serve', '--port', String(await freePort()), '--host', '127.0.0.1', ...handle.cliArgs]);
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('another opencities serve is already running on the data folder');
    expect(second.stderr).toContain('Stop the other server first');
    const admin = runCli(['admin', 'list-workshops', ...handle.cliArgs]);
    expect(admin.status).toBe(0);
    expect(admin.stdout).toContain('No workshops yet.');
  }, 60_000);

  it.runIf(url)('O5: on PostgreSQL, without Redis one instance holds the lock alone; with Redis, instances share it', async () => {
    const schemaUrl = inSchema(`t_${randomBytes(6).toString('hex')}`);
    const log = () => {};
    const alone = await postgresLock(schemaUrl, false, log);
    await expect(postgresLock(schemaUrl, false, log)).rejects.toThrow(
      /set REDIS_URL \(the same Redis\) on every instance, or stop the other one/,
    );
    await expect(postgresLock(schemaUrl, true, log)).rejects.toThrow(/a server without REDIS_URL is running/);
    // Another schema is another installation.
    const elsewhere = await postgresLock(inSchema(`t_${randomBytes(6).toString('hex')}`), false, log);
    await elsewhere.release();
    await alone.release();
    const a = await postgresLock(schemaUrl, true, log);
    const b = await postgresLock(schemaUrl, true, log);
    await expect(postgresLock(schemaUrl, false, log)).rejects.toMatchObject({ code: 'INSTANCE_RUNNING' });
    await a.release();
    await b.release();
    const free = await postgresLock(schemaUrl, false, log);
    await free.release();
  });

  it.runIf(url)(
    'O5: a second server on one PostgreSQL database without Redis refuses to start and says what to do',
    async () => {
      const handle = testStore('postgres');
      try {
        // Without Redis, whatever REDIS_URL the test environment sets.
        const noRedis = ['--redis-url', ''];
        const server = await startServerProcess(await freePort(), handle.cliArgs, ['--log-format', 'json', ...noRedis]);
        running.push(server);
        const second = runCli(['serve', '--port', String(await freePort()), '--host', '127.0.0.1', ...handle.cliArgs, ...noRedis]);
        expect(second.status).toBe(1);
        expect(second.stderr).toContain('set REDIS_URL (the same Redis) on every instance, or stop the other one');
        if (redisUrl()) {
          const withRedis = runCli([
            'serve',
            '--port',
            String(await freePort()),
            '--host',
            '127.0.0.1',
            ...handle.cliArgs,
            '--redis-url',
            redisUrl()!,
          ]);
          expect(withRedis.status).toBe(1);
          expect(withRedis.stderr).toContain('a server without REDIS_URL is running');
        }
        expect(runCli(['admin', 'list-workshops', ...handle.cliArgs]).status).toBe(0);
        server.child.kill('SIGTERM');
        expect(await exited(server.child)).toBe(0);
      } finally {
        await handle.dispose();
      }
    },
    90_000,
  );
});

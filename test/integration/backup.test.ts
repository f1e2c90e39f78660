import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import { openStore } from '../../src/server/store/index.js';
import { exited, freePort, runCli, startServerProcess, type ServerProcess } from '../support/cliProcess.js';
import { testStore } from '../support/stores.js';

describe('backing up and restoring an SQLite store', () => {
  let server: ServerProcess | null = null;
  afterAll(async () => {
    server?.child.kill('SIGKILL');
  });

  it('O6: admin backup copies the store while the server runs; admin restore refuses while it runs, then puts the copy in place', async () => {
    const handle = testStore('sqlite');
    const store = await handle.open();
    const demo = await createDemoWorkshop(store, new Date());
    const boards = (await store.listBoards(demo.workshop.id)).map((b) => b.id);
    await store.close();
    server = await startServerProcess(await freePort(), handle.cliArgs, ['--log-format', 'json']);
    const file = join(mkdtempSync(join(tmpdir(), 'ocs-backup-')), 'studio.db');

    const backup = runCli(['admin', 'backup', file, ...handle.cliArgs]);
    expect(backup.stderr).toBe('');
    expect(backup.status).toBe(0);
    expect(runCli(['admin', 'backup', file, ...handle.cliArgs]).stderr).toContain('already exists');
    const busy = runCli(['admin', 'restore', file, ...handle.cliArgs]);
    expect(busy.status).toBe(1);
    expect(busy.stderr).toContain('another opencities serve is already running');

    server.child.kill('SIGTERM');
    expect(await exited(server.child)).toBe(0);
    server = null;
    const fresh = mkdtempSync(join(tmpdir(), 'ocs-restored-'));
    const restored = runCli(['admin', 'restore', file, '--data', fresh]);
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    const back = await openStore({ dataDir: fresh });
    try {
      expect((await back.listWorkshops()).map((w) => w.id)).toEqual([demo.workshop.id]);
      expect((await back.listBoards(demo.workshop.id)).map((b) => b.id)).toEqual(boards);
    } finally {
      await back.close();
    }
    const notABackup = runCli(['admin', 'restore', join(fresh, 'opencities.serve.lock'), '--data', fresh]);
    expect(notABackup.status).toBe(1);
    expect(notABackup.stderr).toContain('is not a usable backup');
  }, 120_000);
});

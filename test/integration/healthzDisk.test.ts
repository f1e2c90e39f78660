import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/server/store/index.js';
import { api, startTestServer, type TestServer } from '../support/testServer.js';
import { testStore } from '../support/stores.js';

/**
 * A real full disk: a 4 MB tmpfs holding the data folder, filled by another file. Mounting
 * needs root, as in CI's container; elsewhere the case is skipped (root is also the only
 * user a read-only folder does not stop, so a chmod would prove nothing there).
 */
function mountTinyDisk(): string | null {
  if (process.getuid?.() !== 0) return null;
  const dir = mkdtempSync(join(tmpdir(), 'ocs-fulldisk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
}

const disk = mountTinyDisk();

describe.runIf(disk !== null)('/healthz on a full disk (SQLite)', () => {
  let t: TestServer;
  const filler = join(disk ?? '', 'filler');
  beforeAll(async () => {
    const dataDir = join(disk ?? '', 'data');
    t = await startTestServer('sqlite', {}, { ...testStore('sqlite'), open: () => openStore({ dataDir }) });
  });
  afterAll(async () => {
    await t?.dispose();
    execFileSync('umount', [disk ?? '']);
    rmSync(disk ?? '', { recursive: true, force: true });
  });

  it('D9: says 503 STORE_UNAVAILABLE while the disk is full, and 200 once there is room again', async () => {
    expect((await api(t.base, 'GET', '/healthz')).status).toBe(200);
    // Fill every last byte: the write fails with ENOSPC once the disk is full.
    expect(() => writeFileSync(filler, Buffer.alloc(8 * 1024 * 1024))).toThrow(/ENOSPC/);
    const full = await api(t.base, 'GET', '/healthz');
    expect(full.status).toBe(503);
    expect(full.json.error.code).toBe('STORE_UNAVAILABLE');
    expect(t.logs.some((l) => l.startsWith('healthz: the store cannot be read and written') && l.includes('ENOSPC'))).toBe(true);
    rmSync(filler);
    expect((await api(t.base, 'GET', '/healthz')).status).toBe(200);
  });
});

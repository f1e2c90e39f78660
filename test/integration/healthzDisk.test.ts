import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyBoardState } from '../../src/server/services/boardDoc.js';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import { openStore } from '../../src/server/store/index.js';
import { api, openSynced, startTestServer, type BoardClient, type TestServer } from '../support/testServer.js';
import { testStore } from '../support/stores.js';
import { waitFor } from '../support/waitFor.js';

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
if (disk === null)
  console.warn('\n!!! SKIPPED: the full-disk tests (SPEC D9) need root to mount a 4 MB tmpfs; run them as root (CI does) !!!\n');

describe.runIf(disk !== null)('/healthz on a full disk (SQLite)', () => {
  let t: TestServer;
  const clients: BoardClient[] = [];
  const filler = join(disk ?? '', 'filler');
  beforeAll(async () => {
    const dataDir = join(disk ?? '', 'data');
    t = await startTestServer('sqlite', {}, { ...testStore('sqlite'), open: () => openStore({ dataDir }) });
  });
  afterAll(async () => {
    for (const c of clients.splice(0)) c.destroy();
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

  /** A board with a participant on it and a facilitator's cookie, made while the disk has room. */
  async function boardWithWriter() {
    const demo = await createDemoWorkshop(t.store, new Date());
    const joined = async (role: 'facilitator' | 'participant') =>
      api(t.base, 'POST', '/api/join', { invite: demo.invites[role].code, name: `A ${role}`, organisation: '' });
    const facilitator = (await joined('facilitator')).cookie!;
    const board = demo.boards.find((b) => b.kind === 'ecosystem-map')!.id;
    const client = await openSynced(t.collabUrl, board, (await joined('participant')).json.token as string);
    clients.push(client);
    return { board, client, facilitator };
  }

  /** The board's map `m` as stored. */
  async function stored(board: string): Promise<Record<string, unknown>> {
    const doc = new Y.Doc();
    applyBoardState(doc, await t.store.loadBoardState(board), () => {});
    return doc.getMap('m').toJSON();
  }

  /**
   * While the disk cannot be written: the edit is not acknowledged, the store's failure is logged
   * as such, a write over HTTP answers 503 STORE_UNAVAILABLE saying what to do, /healthz and
   * /readyz answer 503. Then `recover` gives the disk back: the edit is acknowledged and stored.
   */
  async function refusedUntilRecovered(
    what: string,
    board: string,
    client: BoardClient,
    facilitator: string,
    recover: () => void,
  ): Promise<void> {
    const logsBefore = t.logs.length;
    // Half a megabyte: more than the pages SQLite's write-ahead log already holds and reuses.
    const big = `${what} ${'x'.repeat(512 * 1024)}`;
    client.doc.getMap('m').set(what, big);
    await waitFor(`the store to fail the ${what} edit`, () => t.logs.slice(logsBefore).some((l) => l.includes('could not be stored')));
    expect(client.provider.unsyncedChanges).toBeGreaterThan(0);
    expect(await stored(board)).not.toHaveProperty(what);
    const renamed = await api(t.base, 'PATCH', `/api/boards/${board}`, { title: `Renamed ${'y'.repeat(100)}` }, facilitator);
    expect(renamed.status).toBe(503);
    expect(renamed.json.error.code).toBe('STORE_UNAVAILABLE');
    expect(renamed.json.error.message).toMatch(/try again/i);
    for (const path of ['/healthz', '/readyz']) expect((await api(t.base, 'GET', path)).status, path).toBe(503);
    // Still not acknowledged: nothing the disk does not hold is.
    expect(client.provider.unsyncedChanges).toBeGreaterThan(0);

    recover();
    await waitFor(`the ${what} edit to be acknowledged once the disk takes writes`, () => client.provider.unsyncedChanges === 0, 20_000);
    expect((await stored(board))[what]).toBe(big);
    expect(client.closeEvents).toEqual([]);
    for (const path of ['/healthz', '/readyz']) expect((await api(t.base, 'GET', path)).status, path).toBe(200);
  }

  it('D9: on a full disk an edit is not acknowledged and HTTP writes answer 503 STORE_UNAVAILABLE; once space is freed the edit is stored', async () => {
    const { board, client, facilitator } = await boardWithWriter();
    expect(() => writeFileSync(filler, Buffer.alloc(8 * 1024 * 1024))).toThrow(/ENOSPC/);
    await refusedUntilRecovered('full', board, client, facilitator, () => rmSync(filler));
  });
});

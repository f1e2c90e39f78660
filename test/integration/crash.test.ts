import { afterAll, describe, expect, it } from 'vitest';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import { exited, freePort, startServerProcess, type ServerProcess } from '../support/cliProcess.js';
import { storeKinds, testStore } from '../support/stores.js';
import { api, openBoard, openSynced } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';

describe.each(storeKinds)('a real server process on %s', (kind) => {
  const handle = testStore(kind);
  let proc: ServerProcess | null = null;
  afterAll(async () => {
    proc?.child.kill('SIGKILL');
    await handle.dispose();
  });

  it('D1: every acknowledged edit survives SIGKILL mid-stream; D7: SIGTERM stores and exits 0', async () => {
    const store = await handle.open();
    const demo = await createDemoWorkshop(store, new Date());
    await store.close();
    const map = demo.boards.find((b) => b.kind === 'ecosystem-map')!;
    const port = await freePort();
    proc = await startServerProcess(port, handle.cliArgs);
    const join = async () =>
      (await api(proc!.base, 'POST', '/api/join', { invite: demo.invites.participant.code, name: 'Writer', organisation: '' })).json
        .token as string;

    const writer = await openSynced(`ws://127.0.0.1:${port}/collab`, map.id, await join());
    const m = writer.doc.getMap('crash');
    let made = 0;
    let ackedUpTo = 0;
    writer.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
      if (number === 0) ackedUpTo = made;
    });
    // Edits keep flowing; the kill lands while some are still in flight. 280 stays under the
    // rate limit's burst of 300 messages (L3), so the stream is not cut short by it.
    const writing = (async () => {
      while (made < 280 && proc!.child.exitCode === null && proc!.child.signalCode === null) {
        m.set(`k${made}`, made);
        made++;
        await new Promise((r) => setTimeout(r, 2));
      }
    })();
    await waitFor('some edits to be acknowledged', () => ackedUpTo >= 150, 20_000);
    proc.child.kill('SIGKILL');
    await exited(proc.child);
    await writing;
    writer.destroy();
    expect(made).toBeGreaterThanOrEqual(ackedUpTo);

    proc = await startServerProcess(port, handle.cliArgs);
    const reader = await openSynced(`ws://127.0.0.1:${port}/collab`, map.id, await join());
    const missing = [];
    for (let i = 0; i < ackedUpTo; i++) if (reader.doc.getMap('crash').get(`k${i}`) !== i) missing.push(i);
    expect(missing).toEqual([]);

    // D7: a graceful stop with a client connected exits 0 and keeps the edit.
    const late = openBoard(`ws://127.0.0.1:${port}/collab`, map.id, await join());
    await late.synced;
    late.doc.getMap('crash').set('late', true);
    await waitFor('late edit acknowledged', () => late.provider.unsyncedChanges === 0);
    proc.child.kill('SIGTERM');
    expect(await exited(proc.child)).toBe(0);
    reader.destroy();
    late.destroy();
    proc = await startServerProcess(port, handle.cliArgs);
    const check = await openSynced(`ws://127.0.0.1:${port}/collab`, map.id, await join());
    expect(check.doc.getMap('crash').get('late')).toBe(true);
    check.destroy();
  }, 120_000);
});

import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyBoardState } from '../../src/server/services/boardDoc.js';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import { exited, freePort, startServerProcess, type ServerProcess } from '../support/cliProcess.js';
import { databaseUrl, redisUrl } from '../setup/optional.js';
import { testStore, type TestStoreHandle } from '../support/stores.js';
import { startTcpProxy, type TcpProxy } from '../support/tcpProxy.js';
import { acknowledged, api, openBoard, openSynced, type BoardClient } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';

/**
 * Instance 1 reaches PostgreSQL through a proxy that the test makes drop everything: a change
 * made there is relayed to instance 2 at once (SPEC M8) but never stored by instance 1, which is
 * then killed with SIGKILL. Instance 2 must not acknowledge anything that builds on that change
 * until it is on disk, and once it has, a SIGKILL of instance 2 too loses nothing acknowledged.
 */
interface Setup {
  handle: TestStoreHandle;
  proxy: TcpProxy;
  origin: ServerProcess;
  survivor: ServerProcess;
  board: string;
  token: () => Promise<string>;
}

/** The board as PostgreSQL holds it, read by a store of the test's own. */
async function storedBoard(handle: TestStoreHandle, board: string): Promise<Y.Doc> {
  const store = await handle.open();
  try {
    const doc = new Y.Doc();
    applyBoardState(doc, await store.loadBoardState(board), () => {});
    return doc;
  } finally {
    await store.close();
  }
}

async function kill(p: ServerProcess): Promise<void> {
  p.child.kill('SIGKILL');
  await exited(p.child);
}

describe.runIf(databaseUrl() && redisUrl())('an instance killed after relaying a change, before storing it', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  const clients: BoardClient[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    for (const f of cleanups.splice(0).reverse()) await f().catch(() => {});
  });

  async function setUp(): Promise<Setup> {
    const handle = testStore('postgres');
    cleanups.push(() => handle.dispose());
    const store = await handle.open();
    const demo = await createDemoWorkshop(store, new Date());
    await store.close();
    const target = new URL(databaseUrl()!);
    const proxy = await startTcpProxy({ host: target.hostname || '127.0.0.1', port: Number(target.port || 5432) });
    cleanups.push(() => proxy.close());
    const direct = handle.cliArgs[1]!;
    const viaProxy = new URL(direct);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    const start = async (url: string) => {
      const p = await startServerProcess(await freePort(), ['--database-url', url], ['--redis-url', redisUrl()!]);
      cleanups.push(() => kill(p));
      return p;
    };
    const origin = await start(viaProxy.toString());
    const survivor = await start(direct);
    const token = async () =>
      (await api(survivor.base, 'POST', '/api/join', { invite: demo.invites.participant.code, name: 'Writer', organisation: '' })).json
        .token as string;
    return { handle, proxy, origin, survivor, board: demo.boards.find((b) => b.kind === 'ecosystem-map')!.id, token };
  }

  const collab = (p: ServerProcess) => `${p.base.replace('http', 'ws')}/collab`;
  const open = async (p: ServerProcess, s: Setup, doc?: Y.Doc) => {
    const c = await openSynced(collab(p), s.board, await s.token(), doc);
    clients.push(c);
    return c;
  };

  /** A client on the origin makes change `e` (a map in `m`); it reaches the survivor's client, then the origin dies unstored. */
  async function relayedThenKilled(s: Setup): Promise<{ onOrigin: BoardClient; onSurvivor: BoardClient }> {
    const onOrigin = await open(s.origin, s);
    const onSurvivor = await open(s.survivor, s);
    s.proxy.setMode('blackhole');
    const e = new Y.Map<string>();
    onOrigin.doc.getMap('m').set('e', e);
    e.set('from', 'origin');
    await waitFor('the change on the survivor’s client', () => onSurvivor.doc.getMap('m').get('e') instanceof Y.Map);
    expect(onOrigin.provider.unsyncedChanges).toBeGreaterThan(0); // the origin never stored it
    await kill(s.origin);
    return { onOrigin, onSurvivor };
  }

  it('M8, D1: a change built on it on the survivor is acknowledged only once both are stored', async () => {
    const s = await setUp();
    const { onSurvivor } = await relayedThenKilled(s);
    (onSurvivor.doc.getMap('m').get('e') as Y.Map<string>).set('built-on', 'survivor');
    await acknowledged(onSurvivor);
    await kill(s.survivor);
    const stored = (await storedBoard(s.handle, s.board)).getMap('m').get('e');
    expect(stored instanceof Y.Map ? stored.toJSON() : stored).toEqual({ from: 'origin', 'built-on': 'survivor' });
  }, 60_000);

  it('M8, D1: the origin’s client, reconnecting to the survivor, is acknowledged only once its change is stored', async () => {
    const s = await setUp();
    const { onOrigin } = await relayedThenKilled(s);
    onOrigin.destroy();
    // The same document, with the unacknowledged change, through the survivor: it finds the change there.
    const again = openBoard(collab(s.survivor), s.board, await s.token(), onOrigin.doc);
    clients.push(again);
    await acknowledged(again);
    await kill(s.survivor);

    const stored = (await storedBoard(s.handle, s.board)).getMap('m').get('e');
    expect(stored instanceof Y.Map ? stored.toJSON() : stored).toEqual({ from: 'origin' });
  }, 60_000);
});

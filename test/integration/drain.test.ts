import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { applyBoardState } from '../../src/server/services/boardDoc.js';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import { openStore } from '../../src/server/store/index.js';
import { withDefaultUser } from '../../src/server/store/postgres/connection.js';
import { databaseUrl } from '../setup/optional.js';
import { exited, freePort, startServerProcess, type ServerProcess } from '../support/cliProcess.js';
import { startTcpProxy } from '../support/tcpProxy.js';
import { storeKinds, testStore } from '../support/stores.js';
import { api, openSynced } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';

/** A /collab opening: 'open', the status the upgrade was answered with, or 'refused' (no server). */
function collabOpening(url: string): Promise<'open' | number | 'refused'> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url);
    ws.on('open', () => {
      ws.close();
      resolve('open');
    });
    ws.on('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      ws.terminate();
    });
    ws.on('error', () => resolve('refused'));
  });
}

/** A request's status, or 'refused' when nothing listens any more. */
async function statusOf(url: string): Promise<number | 'refused'> {
  try {
    return (await fetch(url)).status;
  } catch {
    return 'refused';
  }
}

describe.each(storeKinds)('draining a real server process on %s', (kind) => {
  const handle = testStore(kind);
  let proc: ServerProcess | null = null;
  afterAll(async () => {
    proc?.child.kill('SIGKILL');
    await handle.dispose();
  });

  it('O4: on SIGTERM it refuses newcomers, stores every acknowledged edit, closes its clients and exits 0; O3: its lines are JSON', async () => {
    const store = await handle.open();
    const demo = await createDemoWorkshop(store, new Date());
    await store.close();
    const map = demo.boards.find((b) => b.kind === 'ecosystem-map')!;
    const port = await freePort();
    proc = await startServerProcess(port, handle.cliArgs, ['--drain-grace', '5', '--log-format', 'json']);
    const child = proc.child;
    const joined = await api(proc.base, 'POST', '/api/join', {
      invite: demo.invites.participant.code,
      name: 'Drain Writer',
      organisation: '',
    });
    const writer = await openSynced(`ws://127.0.0.1:${port}/collab`, map.id, joined.json.token as string);
    const m = writer.doc.getMap('drain');
    let made = 0;
    let ackedUpTo = 0;
    writer.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
      if (number === 0) ackedUpTo = made;
    });
    // About 50 edits a second, under the sustained rate limit (L3), until the server is gone.
    const running = () => child.exitCode === null && child.signalCode === null;
    const writing = (async () => {
      while (made < 280 && running()) {
        m.set(`k${made}`, made);
        made++;
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    await waitFor('some edits to be acknowledged', () => ackedUpTo >= 20, 20_000);

    child.kill('SIGTERM');
    const draining = await waitFor('/readyz to say draining', async () => {
      const r = await fetch(`${proc!.base}/readyz`);
      return r.status === 503 ? ((await r.json()) as { notReady: string[]; error: { code: string } }) : null;
    });
    expect(draining.notReady).toContain('draining');
    expect(draining.error.code).toBe('SERVER_DRAINING');
    expect(await statusOf(`${proc.base}/api/me`)).toBe(503);
    expect([503, 'refused']).toContain(await collabOpening(`ws://127.0.0.1:${port}/collab`));

    expect(await exited(child)).toBe(0);
    await writing;
    await waitFor('the writer to be disconnected', () => writer.closeEvents.length > 0);
    writer.destroy();
    expect(ackedUpTo).toBeGreaterThanOrEqual(20);

    const after = await handle.open();
    const doc = new Y.Doc();
    applyBoardState(doc, await after.loadBoardState(map.id), () => {});
    await after.close();
    const missing = [];
    for (let i = 0; i < ackedUpTo; i++) if (doc.getMap('drain').get(`k${i}`) !== i) missing.push(i);
    expect(missing).toEqual([]);

    const lines = proc.output().split('\n').filter(Boolean);
    const entries = lines.map((l) => JSON.parse(l) as { level: number; time: string; msg: string });
    expect(entries.every((e) => typeof e.level === 'number' && typeof e.time === 'string')).toBe(true);
    expect(entries.some((e) => e.msg.startsWith('drained: every open board is stored'))).toBe(true);
    expect(proc.output()).not.toContain(demo.invites.participant.code);
    expect(proc.output()).not.toContain('Drain Writer');
  }, 120_000);
});

const url = databaseUrl();

describe.runIf(url !== null)('a drain that runs out of time', () => {
  let proc: ServerProcess | null = null;
  const schema = `t_${randomBytes(6).toString('hex')}`;
  afterAll(async () => {
    proc?.child.kill('SIGKILL');
    const client = new pg.Client({ connectionString: withDefaultUser(url ?? '') });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  });

  it('O4: when the database stops answering, it exits 1 after --drain-timeout, naming the board not stored', async () => {
    const target = new URL(url ?? '');
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const viaProxy = new URL(target);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    viaProxy.searchParams.set('options', `-c search_path=${schema}`);
    const store = await openStore({ databaseUrl: url ?? '', pgSchema: schema });
    const demo = await createDemoWorkshop(store, new Date());
    await store.close();
    const map = demo.boards.find((b) => b.kind === 'ecosystem-map')!;
    const port = await freePort();
    proc = await startServerProcess(
      port,
      ['--database-url', viaProxy.toString()],
      ['--drain-timeout', '1', '--redis-url', '', '--log-format', 'json'],
    );
    const joined = await api(proc.base, 'POST', '/api/join', { invite: demo.invites.participant.code, name: 'Late', organisation: '' });
    const client = await openSynced(`ws://127.0.0.1:${port}/collab`, map.id, joined.json.token as string);
    client.doc.getMap('late').set('k', 1);
    await waitFor('the edit to be acknowledged', () => client.provider.unsyncedChanges === 0);

    proxy.setMode('blackhole');
    proc.child.kill('SIGTERM');
    expect(await exited(proc.child)).toBe(1);
    client.destroy();
    await proxy.close();
    const last = proc
      .output()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { level: number; msg: string })
      .find((e) => e.msg.startsWith('drain: not done within 1 s'));
    expect(last?.level).toBe(50);
    expect(last?.msg).toContain(map.id);
    proc = null;
  }, 120_000);
});

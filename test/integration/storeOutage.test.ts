import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import { databaseUrl } from '../setup/optional.js';
import { proxiedPostgres, storedBoard } from '../support/proxiedPostgres.js';
import { startTcpProxy, type TcpProxy } from '../support/tcpProxy.js';
import { api, openBoard, openSynced, startTestServer, type TestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';

const url = databaseUrl();

async function joinToken(t: TestServer, invite: string): Promise<{ token: string; cookie: string }> {
  const joined = await api(t.base, 'POST', '/api/join', { invite, name: 'Writer', organisation: '' });
  expect(joined.status).toBe(200);
  return { token: joined.json.token as string, cookie: joined.cookie ?? '' };
}

describe.runIf(url !== null)('the server survives its PostgreSQL store', () => {
  let proxy: TcpProxy;
  let t: TestServer | null = null;
  const target = new URL(url ?? 'postgres://127.0.0.1:5432/test');

  afterEach(async () => {
    await t?.dispose();
    t = null;
    await proxy?.close();
  });
  afterAll(async () => {
    await proxy?.close();
  });

  it('D8: connections reset mid-traffic: the server lives, nothing acknowledged is lost, later requests work', async () => {
    proxy = await startTcpProxy({ host: target.hostname || '127.0.0.1', port: Number(target.port || 5432) });
    const { handle, direct } = proxiedPostgres(proxy, { connectTimeoutMs: 2000, statementTimeoutMs: 3000 });
    t = await startTestServer('postgres', {}, handle);
    const demo = await createDemoWorkshop(t.store, new Date());
    const board = demo.boards.find((b) => b.kind === 'ecosystem-map')!.id;
    const { token, cookie } = await joinToken(t, demo.invites.participant.code);
    const writer = await openSynced(t.collabUrl, board, token);
    const m = writer.doc.getMap('outage');

    // Edits and requests keep flowing while every connection to the database is reset, again
    // and again: some resets land in the middle of a transaction. 200 edits stay under the
    // rate limit's burst (L3).
    let made = 0;
    let resets = 0;
    const requests: Promise<{ status: number; json: any }>[] = [];
    while (made < 200) {
      m.set(`k${made}`, made);
      made++;
      if (made % 10 === 0) requests.push(api(t.base, 'GET', '/api/me', undefined, cookie));
      if (made % 25 === 0) {
        proxy.resetAll();
        resets++;
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(resets).toBe(8);
    // Each request either worked or said the store is unavailable, never a bare 500.
    for (const r of await Promise.all(requests)) {
      expect([200, 503]).toContain(r.status);
      if (r.status === 503) expect(r.json.error.code).toBe('STORE_UNAVAILABLE');
    }

    await waitFor('every edit to be acknowledged', () => writer.provider.unsyncedChanges === 0, 30_000);
    writer.destroy();
    const stored = (await storedBoard(direct, board)).getMap('outage');
    const missing = [...Array(made).keys()].filter((i) => stored.get(`k${i}`) !== i);
    expect(missing).toEqual([]);
    // Later requests work.
    expect((await api(t.base, 'GET', '/healthz')).status).toBe(200);
    expect((await api(t.base, 'GET', '/api/me', undefined, cookie)).status).toBe(200);
  }, 60_000);

  it('D8, D9: a database that stops answering: /healthz says 503 at once, routes answer 503 STORE_UNAVAILABLE, edits wait unacknowledged until it is back', async () => {
    proxy = await startTcpProxy({ host: target.hostname || '127.0.0.1', port: Number(target.port || 5432) });
    // Statements time out after 6 s (8 s on the client): /healthz must not wait for that.
    const { handle, direct } = proxiedPostgres(proxy, { connectTimeoutMs: 1000, statementTimeoutMs: 6000 });
    t = await startTestServer('postgres', {}, handle);
    const demo = await createDemoWorkshop(t.store, new Date());
    const board = demo.boards.find((b) => b.kind === 'ecosystem-map')!.id;
    const { token, cookie } = await joinToken(t, demo.invites.participant.code);
    const writer = await openSynced(t.collabUrl, board, token);

    proxy.setMode('blackhole');
    writer.doc.getMap('outage').set('during', 'the outage');

    const started = Date.now();
    const health = await api(t.base, 'GET', '/healthz');
    const healthMs = Date.now() - started;
    expect(health.status).toBe(503);
    expect(health.json.error.code).toBe('STORE_UNAVAILABLE');
    // The deadline is 800 ms; the bound is generous for a loaded machine.
    expect(healthMs).toBeLessThan(5000);

    // A client that connects now is told the store is down (it waits and tries again), not
    // refused as if it had no access.
    const latecomer = openBoard(t.collabUrl, board, token);
    const [me, join] = await Promise.all([
      api(t.base, 'GET', '/api/me', undefined, cookie),
      api(t.base, 'POST', '/api/join', { invite: demo.invites.participant.code, name: 'Late', organisation: '' }),
      waitFor('the latecomer to hear from the server', () => latecomer.refusedReason(), 20_000),
    ]);
    expect(latecomer.refusedReason()).toMatch(/^STORE_UNAVAILABLE: /);
    latecomer.destroy();
    expect(me.status).toBe(503);
    expect(me.json.error.code).toBe('STORE_UNAVAILABLE');
    expect(join.status).toBe(503);
    expect(join.json.error.code).toBe('STORE_UNAVAILABLE');
    expect(t.logs.some((l) => l.startsWith('store unavailable GET /api/me'))).toBe(true);

    // The edit made during the outage is not acknowledged: it is on no disk.
    expect(writer.provider.unsyncedChanges).toBeGreaterThan(0);

    // The database comes back (the dropped connections are gone for good).
    proxy.setMode('forward');
    proxy.resetAll();
    await waitFor('/healthz to say 200 again', async () => (await api(t!.base, 'GET', '/healthz')).status === 200, 20_000);
    await waitFor('the edit to be acknowledged', () => writer.provider.unsyncedChanges === 0, 20_000);
    writer.destroy();
    expect((await storedBoard(direct, board)).getMap('outage').get('during')).toBe('the outage');
    expect((await api(t.base, 'GET', '/api/me', undefined, cookie)).status).toBe(200);
  }, 60_000);
});

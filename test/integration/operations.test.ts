import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createLogger } from '../../src/server/ops/logger.js';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import { redisUrl } from '../setup/optional.js';
import { startTcpProxy, type TcpProxy } from '../support/tcpProxy.js';
import { storeKinds } from '../support/stores.js';
import { acknowledged, api, openSynced, startTestServer, type TestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';

/** A WebSocket opening to /collab: 'open', or the status the server answered the upgrade with. */
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

/** The value of one metric (no labels) in Prometheus text, or null. */
function metric(text: string, name: string): number | null {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line ? Number(line.slice(name.length + 1)) : null;
}

describe.each(storeKinds)('operating the server on %s', (kind) => {
  let t: TestServer | null = null;
  let proxy: TcpProxy | null = null;
  afterEach(async () => {
    await t?.dispose();
    await proxy?.close();
    t = null;
    proxy = null;
  });

  it('O1: /readyz is 200 while the store answers, and names no Redis when none is configured', async () => {
    t = await startTestServer(kind);
    const ready = await api(t.base, 'GET', '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.json).toEqual({ ready: true, notReady: [], store: 'ok', redis: 'not configured' });
  });

  it.runIf(redisUrl())(
    'O1: /readyz is 503 naming redis while Redis does not answer, and 200 again once it does',
    async () => {
      const target = new URL(redisUrl() ?? '');
      proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
      t = await startTestServer(kind, { redisUrl: `redis://127.0.0.1:${proxy.port}` });
      expect((await api(t.base, 'GET', '/readyz')).json.redis).toBe('ok');
      proxy.setMode('blackhole');
      proxy.resetAll();
      const down = await waitFor('/readyz to say 503', async () => {
        const r = await api(t!.base, 'GET', '/readyz');
        return r.status === 503 ? r : null;
      });
      expect(down.json.notReady).toEqual(['redis']);
      expect(down.json.store).toBe('ok');
      expect(down.json.error.code).toBe('SERVER_NOT_READY');
      proxy.setMode('forward');
      // A connection opened while the link dropped everything has lost its handshake: cut it, as
      // a peer that came back would, so the client connects anew.
      proxy.resetAll();
      await waitFor('/readyz to be 200 again', async () => (await api(t!.base, 'GET', '/readyz')).status === 200, 15_000);
      const scrape = await (await fetch(`${t.base}/metrics`)).text();
      expect(metric(scrape, 'opencities_redis_ping_seconds_count')).toBeGreaterThan(0);
    },
    30_000,
  );

  it('O4: while draining, /readyz says 503 draining, requests and /collab openings are refused, /healthz still answers', async () => {
    t = await startTestServer(kind);
    t.server.startDraining();
    const ready = await api(t.base, 'GET', '/readyz');
    expect(ready.status).toBe(503);
    expect(ready.json.notReady).toEqual(['draining']);
    expect(ready.json.error.code).toBe('SERVER_DRAINING');
    const me = await fetch(`${t.base}/api/me`);
    expect(me.status).toBe(503);
    expect(me.headers.get('connection')).toBe('close');
    expect(((await me.json()) as { error: { code: string } }).error.code).toBe('SERVER_DRAINING');
    expect((await api(t.base, 'GET', '/healthz')).status).toBe(200);
    expect(await collabOpening(t.collabUrl)).toBe(503);
  });

  it('O2: /metrics counts connections, boards, stored edits and acknowledgements, with no workshop or person in it', async () => {
    t = await startTestServer(kind);
    const demo = await createDemoWorkshop(t.store, new Date());
    const map = demo.boards.find((b) => b.kind === 'ecosystem-map')!;
    const joined = await api(t.base, 'POST', '/api/join', {
      invite: demo.invites.participant.code,
      name: 'Metric Person',
      organisation: 'Org',
    });
    const client = await openSynced(t.collabUrl, map.id, joined.json.token as string);
    for (let i = 0; i < 5; i++) client.doc.getMap('m').set(`k${i}`, i);
    await acknowledged(client);
    const res = await fetch(`${t.base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(metric(text, 'opencities_collab_connections')).toBe(1);
    expect(metric(text, 'opencities_boards_in_memory')).toBe(1);
    expect(metric(text, 'opencities_edits_stored_total')).toBeGreaterThanOrEqual(1);
    expect(metric(text, 'opencities_store_write_seconds_count')).toBeGreaterThanOrEqual(1);
    expect(metric(text, 'opencities_ack_seconds_count')).toBeGreaterThanOrEqual(1);
    expect(metric(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    for (const personal of [demo.workshop.title, map.title, map.id, 'Metric Person', demo.invites.participant.code])
      expect(text).not.toContain(personal);
    client.destroy();
    await waitFor('the board to leave memory', () => t!.server.hocuspocus.getDocumentsCount() === 0);
  });

  it('O2: /metrics is refused through a proxy, and with METRICS_TOKEN only the bearer of it may read', async () => {
    t = await startTestServer(kind);
    const relayed = await api(t.base, 'GET', '/metrics', undefined, undefined);
    expect(relayed.status).toBe(200);
    const viaProxy = await fetch(`${t.base}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(viaProxy.status).toBe(403);
    expect(((await viaProxy.json()) as { error: { code: string } }).error.code).toBe('METRICS_NOT_ALLOWED');
    await t.dispose();
    t = await startTestServer(kind, { metricsToken: 'a-long-scrape-token' });
    expect((await fetch(`${t.base}/metrics`)).status).toBe(403);
    expect((await fetch(`${t.base}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(403);
    const ok = await fetch(`${t.base}/metrics`, {
      headers: { authorization: 'Bearer a-long-scrape-token', 'x-forwarded-for': '203.0.113.9' },
    });
    expect(ok.status).toBe(200);
  });

  it('O3: each request line is JSON with a level, a time and the request id the response echoes; no code, cookie or name', async () => {
    const lines: string[] = [];
    const logger = createLogger(
      'json',
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(...chunk.toString().split('\n').filter(Boolean));
          done();
        },
      }),
    );
    t = await startTestServer(kind, { logger, log: (line) => logger.info(line) });
    const demo = await createDemoWorkshop(t.store, new Date());
    const code = demo.invites.participant.code;
    const joined = await fetch(`${t.base}/api/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'proxy-id.42' },
      body: JSON.stringify({ invite: code, name: 'Private Person', organisation: 'Secret Org' }),
    });
    expect(joined.status).toBe(200);
    expect(joined.headers.get('x-request-id')).toBe('proxy-id.42');
    const cookie = joined.headers.get('set-cookie')?.split(';')[0] ?? '';
    // An id that is not plain is replaced, not logged.
    const odd = await fetch(`${t.base}/api/workshops/${demo.workshop.id}/invites/${code}?email=someone@example.org`, {
      method: 'DELETE',
      headers: { 'x-request-id': 'evil"\\nid', cookie },
    });
    const oddId = odd.headers.get('x-request-id') ?? '';
    expect(oddId).toMatch(/^[0-9a-f-]{36}$/);
    await waitFor('the request lines', () => lines.some((l) => l.includes(oddId) && l.includes('request completed')));
    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const e of entries) {
      expect(typeof e.level).toBe('number');
      expect(typeof e.time).toBe('string');
    }
    const joinLines = entries.filter((e) => e.reqId === 'proxy-id.42');
    expect(joinLines.map((e) => e.msg)).toEqual(['incoming request', 'request completed']);
    expect(joinLines[0]?.req).toEqual({ method: 'POST', route: '/api/join' });
    expect(
      entries.some((e) => e.reqId === oddId && (e.req as { route?: string } | undefined)?.route === '/api/workshops/:id/invites/:code'),
    ).toBe(true);
    const all = lines.join('\n');
    for (const secret of [code, cookie.split('=')[1] ?? 'no cookie', 'Private Person', 'Secret Org', 'someone@example.org', 'evil'])
      expect(all).not.toContain(secret);
  });
});

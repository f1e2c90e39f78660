import { randomBytes } from 'node:crypto';
import { afterEach, describe, it } from 'vitest';
import { audienceFreshMs } from '../../src/server/cluster/AudienceCounts.js';
import { hashPassword } from '../../src/server/auth/password.js';
import { databaseUrl, redisUrl } from '../setup/optional.js';
import { testStore } from '../support/stores.js';
import { startTcpProxy } from '../support/tcpProxy.js';
import { api, openBoard, openSynced, startTestServer, type BoardClient, type TestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';

const redis = redisUrl();
const linked = databaseUrl() !== null && redis !== null;

describe.runIf(linked)('the audience counted over several instances (W4)', () => {
  const clients: BoardClient[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    for (const f of cleanups.splice(0).reverse()) await f().catch(() => {});
  });

  /**
   * Instance 1 on a clock the test can move forward, instance 2 reaching Redis through `twoRedisUrl`;
   * one PostgreSQL schema, one Redis prefix. A map board with its audience link open.
   */
  async function pair(twoRedisUrl = redis!) {
    const handle = testStore('postgres');
    const redisKeyPrefix = `ocs-test-${randomBytes(4).toString('hex')}:`;
    const clock = { aheadMs: 0 };
    const one = await startTestServer(
      'postgres',
      { redisUrl: redis!, redisKeyPrefix, now: () => new Date(Date.now() + clock.aheadMs) },
      handle,
    );
    const two = await startTestServer('postgres', { redisUrl: twoRedisUrl, redisKeyPrefix }, handle);
    cleanups.push(async () => {
      await one.stop();
      await two.stop().catch(() => {});
      await handle.dispose();
    });
    await one.store.createAccount({
      id: 'ac_owner',
      email: 'owner@example.org',
      name: 'Owner',
      passwordHash: await hashPassword('correct horse battery'),
      isAdmin: false,
      createdAt: new Date().toISOString(),
    });
    const owner = (await api(one.base, 'POST', '/api/session', { email: 'owner@example.org', password: 'correct horse battery' })).cookie!;
    const created = (await api(one.base, 'POST', '/api/workshops', { title: 'Watched', groups: ['One'] }, owner)).json;
    const map = created.boards.find((b: { kind: string }) => b.kind === 'ecosystem-map').id as string;
    const invites = (await api(one.base, 'GET', `/api/workshops/${created.workshop.id}/invites`, undefined, owner)).json.invites;
    const invite = invites.find((i: { role: string }) => i.role === 'participant').code as string;
    const link = (await api(one.base, 'PUT', `/api/boards/${map}/audience`, { open: true }, owner)).json.audience as { code: string };
    return { one, two, clock, map, invite, code: link.code };
  }

  /** A participant's client on `t`, and the counts its page is told, last one last. */
  async function participant(t: TestServer, board: string, invite: string) {
    const { token } = (await api(t.base, 'POST', '/api/join', { invite, name: 'Pat', organisation: '' })).json;
    const client = openBoard(t.collabUrl, board, token as string);
    clients.push(client);
    // Listening from the start: the count on arriving may come before the board is synced.
    const counts: number[] = [];
    client.provider.on('stateless', ({ payload }: { payload: string }) => {
      const message = JSON.parse(payload) as { type?: string; watching?: number };
      if (message.type === 'audience') counts.push(message.watching!);
    });
    await waitFor(`board ${board} to sync`, () => client.provider.isSynced);
    return counts;
  }

  async function audienceMember(t: TestServer, code: string): Promise<BoardClient> {
    const { json } = await api(t.base, 'GET', `/api/audience/${code}`);
    const client = await openSynced(t.collabUrl, json.board.id as string, json.token as string);
    clients.push(client);
    return client;
  }

  it('W4: the audience on instance 2 is counted, with instance 1’s own, for a participant on instance 1; leaving drops it', async () => {
    const p = await pair();
    const counts = await participant(p.one, p.map, p.invite);
    const onTwo = await audienceMember(p.two, p.code);
    await waitFor('the audience member on instance 2 counted on instance 1', () => counts.at(-1) === 1);
    await audienceMember(p.one, p.code);
    await audienceMember(p.two, p.code);
    await waitFor('one on instance 1 and two on instance 2', () => counts.at(-1) === 3);
    // Someone arriving on instance 1 is told the whole count at once.
    const late = await participant(p.one, p.map, p.invite);
    await waitFor('the count told on arriving', () => late.at(-1) === 3);
    onTwo.destroy();
    await waitFor('the count after one left instance 2', () => counts.at(-1) === 2);
  });

  it('W4: an instance that stops says its audience is gone at once', async () => {
    const p = await pair();
    const counts = await participant(p.one, p.map, p.invite);
    await audienceMember(p.two, p.code);
    await waitFor('the audience member on instance 2 counted', () => counts.at(-1) === 1);
    // Without the goodbye the count would stay until it aged out (15 s), past waitFor's 10 s.
    await p.two.stop();
    await waitFor('the count after instance 2 stopped', () => counts.at(-1) === 0);
  });

  it('W4: the count of an instance that stops sending without a goodbye ages out', async () => {
    const target = new URL(redis!);
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
    cleanups.push(() => proxy.close());
    const p = await pair(`redis://127.0.0.1:${proxy.port}`);
    const counts = await participant(p.one, p.map, p.invite);
    await audienceMember(p.two, p.code);
    await waitFor('the audience member on instance 2 counted', () => counts.at(-1) === 1);
    // Instance 2 goes on serving its audience but nothing it says reaches the others any more.
    proxy.setMode('blackhole');
    proxy.resetAll();
    await waitFor('instance 2 cut from Redis', () => p.two.server.cluster.status().redis === 'down');
    p.clock.aheadMs = audienceFreshMs;
    await waitFor('instance 2’s count aged out on instance 1', () => counts.at(-1) === 0);
  });
});

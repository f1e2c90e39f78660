import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readQuickNotes } from '../../src/doc/index.js';
import type { CreatedWorkshop } from '../../src/server/services/createWorkshop.js';
import type { Store } from '../../src/server/store/Store.js';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import { applyBoardState } from '../../src/server/services/boardDoc.js';
import { withDefaultUser } from '../../src/server/store/postgres/connection.js';
import { databaseUrl, redisUrl } from '../setup/optional.js';
import { testStore, type TestStoreHandle } from '../support/stores.js';
import { freePort, startServerProcess, type ServerProcess } from '../support/cliProcess.js';
import { api, openSynced, type BoardClient } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';

const linked = databaseUrl() !== null && redisUrl() !== null;

/**
 * A transaction of the test's own that holds a board's row (as the board log's append locks it,
 * PostgresBoardLog), so every write to that board's log waits until `release`: what lets two
 * reveals meet in the middle every time rather than by chance. `waiting` counts the database
 * sessions blocked by it, directly or behind another.
 */
async function holdBoardLog(handle: TestStoreHandle, boardId: string) {
  const schema = new URL(handle.cliArgs[1]!).searchParams.get('options')!.replace('-c search_path=', '');
  const client = new pg.Client({ connectionString: withDefaultUser(databaseUrl()!) });
  await client.connect();
  await client.query('BEGIN');
  await client.query(`SELECT id FROM ${schema}.boards WHERE id = $1 FOR UPDATE`, [boardId]);
  return {
    async waiting(): Promise<number> {
      // Blocked by this transaction, or by one waiting behind it (a second waiter queues on the first).
      const r = await client.query<{ n: string }>(
        `WITH RECURSIVE blocked (pid) AS (
           SELECT pid FROM pg_stat_activity WHERE pg_backend_pid() = ANY (pg_blocking_pids(pid))
           UNION SELECT a.pid FROM pg_stat_activity a JOIN blocked b ON b.pid = ANY (pg_blocking_pids(a.pid)))
         SELECT count(*) AS n FROM blocked`,
      );
      return Number(r.rows[0]!.n);
    },
    async release(): Promise<void> {
      await client.query('COMMIT');
      await client.end();
    },
  };
}

/**
 * SPEC R4 across instances: a reveal claims its round in the store (a compare-and-set on the
 * round's row), so two facilitators pressing "Reveal" at once on two instances of one
 * PostgreSQL database write each held-back note once, and exactly one of them reveals. (Before,
 * reveals were serialised per process only: both instances read the round open, both wrote the
 * notes, and each quick note showed twice.)
 */
describe.runIf(linked)('private rounds on two instances (PostgreSQL and Redis)', { timeout: 120_000 }, () => {
  let handle: TestStoreHandle;
  let store: Store;
  // Two processes, as two instances are: nothing of one is in the other's memory.
  const instances: ServerProcess[] = [];
  let demo: CreatedWorkshop;
  const clients: BoardClient[] = [];

  beforeAll(async () => {
    handle = testStore('postgres');
    store = await handle.open();
    demo = await createDemoWorkshop(store, new Date());
    for (let i = 0; i < 2; i++) instances.push(await startServerProcess(await freePort(), handle.cliArgs, ['--redis-url', redisUrl()!]));
  }, 120_000);
  afterAll(async () => {
    for (const c of clients.splice(0)) c.destroy();
    for (const p of instances) p.child.kill('SIGKILL');
    await store?.close();
    await handle?.dispose();
  });

  const join = async (base: string, role: 'facilitator' | 'participant', name: string) => {
    const res = await api(base, 'POST', '/api/join', { invite: demo.invites[role].code, name, organisation: 'Test' });
    return { cookie: res.cookie!, token: res.json.token as string };
  };

  /** The board's quick notes as stored (every instance's acknowledged writes). */
  async function storedNotes(boardId: string): Promise<string[]> {
    const doc = new Y.Doc();
    applyBoardState(doc, await store.loadBoardState(boardId), () => {});
    return readQuickNotes(doc).map((n) => n.text);
  }

  it.each([
    ['nobody is on the board (each instance writes from the store)', false],
    ['someone is on the board on each instance (each writes from its live copy)', true],
  ])('R4: two facilitators reveal at once on two instances: one reveals, each note is written once: %s', async (_, live) => {
    const map = demo.boards.find((b) => b.kind === 'ecosystem-map')!;
    const [one, two] = instances.map((i) => i.base) as [string, string];
    const f1 = await join(one, 'facilitator', 'Fay');
    const f2 = await join(two, 'facilitator', 'Gil');
    const p = await join(one, 'participant', 'Ada');
    const collab = (base: string) => `${base.replace('http', 'ws')}/collab`;
    if (live) clients.push(await openSynced(collab(one), map.id, f1.token), await openSynced(collab(two), map.id, f2.token));
    expect((await api(one, 'POST', `/api/boards/${map.id}/private-round`, undefined, f1.cookie)).status).toBe(201);
    const texts = Array.from({ length: 6 }, (_, i) => `Held back ${i} ${randomBytes(4).toString('hex')}`);
    for (const text of texts) expect((await api(one, 'POST', `/api/boards/${map.id}/private-notes`, { text }, p.cookie)).status).toBe(201);

    // Both reveals start while the board's log is held: each gets as far as it can, a write to
    // the log or its answer, before either writes.
    const log = await holdBoardLog(handle, map.id);
    let answered = 0;
    const reveal = (base: string, cookie: string) =>
      api(base, 'POST', `/api/boards/${map.id}/private-round/reveal`, undefined, cookie).finally(() => answered++);
    const both = Promise.all([reveal(one, f1.cookie), reveal(two, f2.cookie)]);
    await waitFor('both reveals to answer or wait to write', async () => answered + (await log.waiting()) === 2);
    await log.release();
    const [a, b] = await both;
    expect([a.status, b.status]).toEqual([200, 200]);
    expect([a.json.revealed, b.json.revealed].sort()).toEqual([0, texts.length]);
    const stored = await storedNotes(map.id);
    for (const text of texts) expect(stored.filter((x) => x === text)).toHaveLength(1);
    expect(await store.getPrivateRound(map.id)).toBeNull();
    for (const c of clients)
      await waitFor('the revealed notes on every open board', () => texts.every((x) => readQuickNotes(c.doc).some((n) => n.text === x)));
    for (const c of clients) for (const text of texts) expect(readQuickNotes(c.doc).filter((n) => n.text === text)).toHaveLength(1);
  });
});

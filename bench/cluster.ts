/**
 * `cluster`: how long an edit takes to reach a client on the same instance and on another
 * instance (SPEC M1), two servers in this process on one PostgreSQL schema and one Redis.
 *
 *   npm run bench -- cluster [--edits 300] [--rate 20]
 *
 * Needs DATABASE_URL and REDIS_URL. One process, so one clock for sending and arriving.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { HocuspocusProvider } from '@hocuspocus/provider';
import pg from 'pg';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { buildServer } from '../src/server/buildServer.js';
import { createDemoWorkshop } from '../src/server/services/demoWorkshop.js';
import { openStore } from '../src/server/store/index.js';
import { withDefaultUser } from '../src/server/store/postgres/connection.js';
import { wholeNumberOptions } from './options.js';
import { summarize } from './stats.js';

const usage = 'usage: npm run bench -- cluster [--edits 300] [--rate 20]   (needs DATABASE_URL and REDIS_URL)';

function connect(url: string, board: string, token: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  return new Promise((resolve) => {
    new HocuspocusProvider({
      url,
      name: board,
      document: doc,
      token,
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      onSynced: () => resolve(doc),
    } as ConstructorParameters<typeof HocuspocusProvider>[0]);
  });
}

export async function runCluster(args: string[]): Promise<void> {
  const { edits, rate } = wholeNumberOptions(args, { edits: 300, rate: 20 }, usage);
  const databaseUrl = process.env.DATABASE_URL;
  const redisUrl = process.env.REDIS_URL;
  if (!databaseUrl || !redisUrl) throw new Error(usage);
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const settings = { redisUrl, redisKeyPrefix: `${schema}:`, log: (line: string) => console.error(line) };
  const stores = [await openStore({ databaseUrl, pgSchema: schema }), await openStore({ databaseUrl, pgSchema: schema })];
  const servers = await Promise.all(stores.map((store) => buildServer({ store, ...settings })));
  const urls = await Promise.all(servers.map(async (s) => `ws://127.0.0.1:${await s.listen(0, '127.0.0.1')}/collab`));
  try {
    const demo = await createDemoWorkshop(stores[0]!, new Date());
    const board = demo.boards[0]!.id;
    const token = async () => {
      const res = await servers[0]!.app.inject({
        method: 'POST',
        url: '/api/join',
        payload: { invite: demo.invites.participant.code, name: 'Bench', organisation: '' },
      });
      return (res.json() as { token: string }).token;
    };
    const writer = await connect(urls[0]!, board, await token());
    const arrivals: Record<'same instance' | 'other instance', number[]> = { 'same instance': [], 'other instance': [] };
    const readers = [
      ['same instance', await connect(urls[0]!, board, await token())],
      ['other instance', await connect(urls[1]!, board, await token())],
    ] as const;
    for (const [where, doc] of readers) {
      doc.getMap('bench').observe((e) => {
        for (const key of e.keysChanged) arrivals[where].push(performance.now() - (doc.getMap('bench').get(key) as number));
      });
    }
    for (let i = 0; i < edits; i++) {
      writer.getMap('bench').set(`k${i}`, performance.now());
      await new Promise((r) => setTimeout(r, 1000 / rate));
    }
    await new Promise((r) => setTimeout(r, 2000));
    console.log(`${edits} edits at ${rate}/s on instance 1; arrival after the edit, ms:`);
    for (const [where, values] of Object.entries(arrivals)) {
      const s = summarize(values);
      console.log(
        `  ${where}: ${s.count}/${edits} arrived, p50 ${s.p50.toFixed(1)}, p95 ${s.p95.toFixed(1)}, p99 ${s.p99.toFixed(1)}, max ${s.max.toFixed(1)}`,
      );
    }
    console.log(`  instance 2 status: ${JSON.stringify(servers[1]!.cluster.status())}`);
  } finally {
    for (const s of servers) await s.close();
    for (const s of stores) await s.close();
    const client = new pg.Client({ connectionString: withDefaultUser(databaseUrl) });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  }
}

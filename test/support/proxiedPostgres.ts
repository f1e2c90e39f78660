import { randomBytes } from 'node:crypto';
import pg from 'pg';
import * as Y from 'yjs';
import { applyBoardState } from '../../src/server/services/boardDoc.js';
import { openStore } from '../../src/server/store/index.js';
import { withDefaultUser } from '../../src/server/store/postgres/connection.js';
import type { PostgresTimeouts } from '../../src/server/store/postgres/poolTimeouts.js';
import { databaseUrl } from '../setup/optional.js';
import type { TestStoreHandle } from './stores.js';
import type { TcpProxy } from './tcpProxy.js';

/** A PostgreSQL store (DATABASE_URL) in a schema of its own, reached through `proxy`; `direct` bypasses it. */
export function proxiedPostgres(proxy: TcpProxy, timeouts: PostgresTimeouts) {
  const base = new URL(databaseUrl() ?? '');
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const viaProxy = new URL(base);
  viaProxy.hostname = '127.0.0.1';
  viaProxy.port = String(proxy.port);
  const handle: TestStoreHandle = {
    kind: 'postgres',
    open: () => openStore({ databaseUrl: viaProxy.toString(), pgSchema: schema, pgTimeouts: timeouts }),
    cliArgs: [],
    dispose: async () => {
      const client = new pg.Client({ connectionString: withDefaultUser(base.toString()) });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
  return { handle, direct: () => openStore({ databaseUrl: base.toString(), pgSchema: schema }) };
}

/** The board as the database holds it, read by a store of its own (`open`, e.g. `direct` above). */
export async function storedBoard(open: () => ReturnType<typeof openStore>, boardId: string): Promise<Y.Doc> {
  const store = await open();
  try {
    const doc = new Y.Doc();
    applyBoardState(doc, await store.loadBoardState(boardId), () => {});
    return doc;
  } finally {
    await store.close();
  }
}

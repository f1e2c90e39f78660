import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { buildServer, type OpenCitiesServer } from '../../src/server/buildServer.js';
import type { ServerSettings } from '../../src/server/config.js';
import type { Store } from '../../src/server/store/Store.js';
import { testStore, type StoreKind, type TestStoreHandle } from './stores.js';
import { waitFor } from './waitFor.js';

export interface TestServer {
  base: string;
  collabUrl: string;
  store: Store;
  server: OpenCitiesServer;
  handle: TestStoreHandle;
  logs: string[];
  /** Closes the server and store; the store's data stays for `restart`. */
  stop(): Promise<void>;
  /** A new server on the same store (data kept). */
  restart(): Promise<TestServer>;
  dispose(): Promise<void>;
}

/** A real server on port 0 over a real store (STYLE 1: build apart from listen). */
export async function startTestServer(
  kind: StoreKind,
  config: Omit<ServerSettings, 'store'> = {},
  handle = testStore(kind),
): Promise<TestServer> {
  const store = await handle.open();
  const logs: string[] = [];
  const server = await buildServer({ store, log: (line) => logs.push(line), ...config });
  const port = await server.listen(0, '127.0.0.1');
  const self: TestServer = {
    base: `http://127.0.0.1:${port}`,
    collabUrl: `ws://127.0.0.1:${port}/collab`,
    store,
    server,
    handle,
    logs,
    async stop() {
      await server.close();
      await store.close();
    },
    async restart() {
      await self.stop();
      return startTestServer(kind, config, handle);
    },
    async dispose() {
      await self.stop().catch(() => {});
      await handle.dispose();
    },
  };
  return self;
}

export async function api(base: string, method: string, path: string, body?: unknown, cookie?: string) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(cookie ? { cookie } : {}) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: res.status, json, cookie: res.headers.get('set-cookie')?.split(';')[0] ?? null };
}

export interface BoardClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  refusedReason: () => string | null;
  closeEvents: { code: number; reason: string }[];
  synced: Promise<void>;
  destroy(): void;
}

/**
 * A plain Yjs client with the Hocuspocus provider, as any client of /collab would be; `doc`
 * may already hold the board (a page that drew the stored state first).
 */
export function openBoard(collabUrl: string, boardId: string, token: string, doc = new Y.Doc()): BoardClient {
  let refused: string | null = null;
  const closeEvents: { code: number; reason: string }[] = [];
  let resolveSynced!: () => void;
  const synced = new Promise<void>((r) => (resolveSynced = r));
  // WebSocketPolyfill reaches the socket provider at run time; the v4 types leave it out. Node 20 has no global WebSocket.
  const provider = new HocuspocusProvider({
    url: collabUrl,
    name: boardId,
    document: doc,
    token,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    onAuthenticationFailed: ({ reason }) => {
      refused = reason;
    },
    onSynced: () => resolveSynced(),
    onClose: ({ event }: { event: { code: number; reason: string } }) => {
      closeEvents.push({ code: event.code, reason: event.reason });
    },
  } as ConstructorParameters<typeof HocuspocusProvider>[0]);
  // A socket still connecting when destroyed makes ws emit an 'error' (closed before established); with
  // no listener that is an uncaught exception in the test run, not a failure of what is tested.
  const destroy = () => {
    const socket = (provider.configuration.websocketProvider as unknown as { webSocket?: { on?: (e: string, f: () => void) => void } })
      .webSocket;
    socket?.on?.('error', () => {});
    provider.destroy();
  };
  return { doc, provider, refusedReason: () => refused, closeEvents, synced, destroy };
}

export async function openSynced(collabUrl: string, boardId: string, token: string, doc?: Y.Doc): Promise<BoardClient> {
  const client = openBoard(collabUrl, boardId, token, doc);
  await waitFor(`board ${boardId} to sync`, () => client.provider.isSynced || client.refusedReason());
  if (client.refusedReason()) throw new Error(`refused: ${client.refusedReason()}`);
  return client;
}

/** Waits until the server has acknowledged every local edit (D1's definition). */
export function acknowledged(client: BoardClient, timeoutMs = 10_000): Promise<boolean> {
  return waitFor('edits to be acknowledged', () => client.provider.unsyncedChanges === 0 && client.provider.isSynced, timeoutMs);
}

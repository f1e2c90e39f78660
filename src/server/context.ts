import type { FastifyRequest } from 'fastify';
import type * as Y from 'yjs';
import type { Board } from '../domain/index.js';
import type { ServerConfig } from './config.js';
import { identityFromCookie, type Identity } from './identity.js';
import { sessionCookieName } from './auth/sessionCookie.js';
import type { MapLayout } from './layout/MapLayout.js';
import type { Operations } from './ops/Operations.js';
import type { Store } from './store/Store.js';
import type { FileJobs } from './workers/FileJobs.js';

/** What every route and extension is given: configuration, store, and the token secret. */
export interface AppContext {
  config: ServerConfig;
  store: Store;
  tokenSecret: string;
  /**
   * Ends live editing of boards that were just deleted: closes their connections and drops
   * them from memory without storing them. A no-op until /collab is set up (buildServer).
   */
  dropLiveBoards: (boardIds: string[]) => void;
  /**
   * After who is in a workshop, or in which group, changed: checks every open /collab
   * connection to its boards against the records now, closing or narrowing it at once
   * (SPEC A10). Resolves when done. A no-op until /collab is set up (buildServer).
   */
  accessChanged: (workshopId: string) => Promise<void>;
  /**
   * After a board was locked or unlocked: decides again, at once, whether each of its open
   * connections may write, and tells their pages (SPEC A13). A no-op until /collab is set up.
   */
  applyBoardLock: (board: Board) => Promise<void>;
  /**
   * A board's document when this server has it loaded (someone is on it), else null: the
   * board's live state, which the store may not have yet. Null until /collab is set up.
   */
  liveBoard: (boardId: string) => Y.Doc | null;
  /** Automatic map layouts, on a worker thread. */
  layout: MapLayout;
  /** Imports, exports, pictures and reports, on worker threads. */
  files: FileJobs;
  /** Metrics, readiness and the drain flag (SPEC O). */
  ops: Operations;
}

export function requestIdentity(ctx: AppContext, request: FastifyRequest): Promise<Identity | null> {
  return identityFromCookie(ctx.store, request.cookies[sessionCookieName], ctx.config.now());
}

/** The token secret lives in the store so every instance and every restart shares it. */
export async function loadTokenSecret(store: Store, makeSecret: () => string): Promise<string> {
  const existing = await store.getSetting('collab-token-secret');
  if (existing) return existing;
  const secret = makeSecret();
  await store.setSetting('collab-token-secret', secret);
  return (await store.getSetting('collab-token-secret')) ?? secret;
}

import type { FastifyRequest } from 'fastify';
import type * as Y from 'yjs';
import type { Board } from '../domain/index.js';
import type { Cluster } from './cluster/ClusterBus.js';
import type { ServerConfig } from './config.js';
import { identityFromCookie, type Identity } from './identity.js';
import { sessionCookieName } from './auth/sessionCookie.js';
import { tokenIdentity } from './auth/tokenIdentities.js';
import type { MapLayout } from './layout/MapLayout.js';
import type { Mailer } from './mail/mailer.js';
import type { Operations } from './ops/Operations.js';
import type { Store } from './store/Store.js';
import type { FileJobs } from './workers/FileJobs.js';
import type { MapReads } from './services/mapReads.js';
import type { WorkshopActivity } from './services/workshopActivity.js';

/** What every route and extension is given: configuration, store, and the token secret. */
export interface AppContext {
  config: ServerConfig;
  store: Store;
  tokenSecret: string;
  /**
   * The boards people have open, on this instance and (with Redis) on the others: how a
   * change to records reaches their /collab connections (cluster/LiveBoards.ts).
   */
  live: {
    /**
     * Ends live editing of boards that were just deleted, on every instance: closes their
     * connections and drops them from memory without storing them.
     */
    drop(boardIds: string[]): void;
    /**
     * After who is in a workshop, or in which group, changed: checks every open /collab
     * connection to its boards, on every instance, against the records now, closing or
     * narrowing it at once (SPEC A10). Resolves when this instance's are done.
     */
    accessChanged(workshopId: string): Promise<void>;
    /**
     * After a board was locked or unlocked: decides again, at once and on every instance,
     * whether each of its open connections may write, and tells their pages (SPEC A13).
     */
    lockChanged(board: Board): Promise<void>;
    /** After a board's audience link was closed: its audience is disconnected at once, on every instance (SPEC W3). */
    audienceClosed(boardId: string): void;
    /**
     * A board's document when this instance has it loaded (someone is on it), else null: the
     * board's live state, which the store may not have yet.
     */
    board(boardId: string): Y.Doc | null;
  };
  /** The link to the other instances, for /readyz and /metrics (SPEC M7). */
  cluster: Cluster;
  /** Automatic map layouts, on a worker thread. */
  layout: MapLayout;
  /** Imports, exports, pictures and reports, on worker threads. */
  files: FileJobs;
  /** Map boards read for GET /api/boards/:id/map, kept per board under their version. */
  mapReads: MapReads;
  /** Metrics, readiness and the drain flag (SPEC O). */
  ops: Operations;
  /** E-mail through the installation's SMTP server, or nothing when it has none (SPEC B6). */
  mail: Mailer;
  /** Records each workshop's last activity, at most hourly (SPEC K2). */
  activity: WorkshopActivity;
}

/** Who sent the request: its API token's account when it came with one (SPEC N3), else its session cookie's. */
export function requestIdentity(ctx: AppContext, request: FastifyRequest): Promise<Identity | null> {
  const byToken = tokenIdentity(request);
  if (byToken) return Promise.resolve(byToken);
  return identityFromCookie(ctx.store, request.cookies[sessionCookieName], ctx.config.now());
}

/**
 * The token secret lives in the store so every instance and every restart shares it; instances
 * that start together on a new database agree on the first one stored (SPEC M3).
 */
export async function loadTokenSecret(store: Store, makeSecret: () => string): Promise<string> {
  const existing = await store.getSetting('collab-token-secret');
  if (existing) return existing;
  return store.settingOnce('collab-token-secret', makeSecret());
}

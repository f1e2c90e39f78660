import { randomBytes } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import { Hocuspocus } from '@hocuspocus/server';
import Fastify, { type FastifyInstance } from 'fastify';
import { activityVersions } from './collab/activityVersions.js';
import { attachCollab } from './collab/attachCollab.js';
import { ClusterBus, type Cluster } from './cluster/ClusterBus.js';
import { LiveBoards } from './cluster/LiveBoards.js';
import { currentBoardAccess } from './services/currentBoardAccess.js';
import { MapLayout } from './layout/MapLayout.js';
import { serverConfig, type ServerSettings } from './config.js';
import { loadTokenSecret, type AppContext } from './context.js';
import { audienceWatch } from './extensions/audienceWatch.js';
import { authentication } from './extensions/authentication.js';
import { DurablePersistence } from './extensions/durablePersistence.js';
import { limits } from './extensions/limits.js';
import { presenceGuard } from './extensions/presenceGuard.js';
import { voteGuard } from './extensions/voteGuard.js';
import { spotlightGuard } from './collab/spotlightGuard.js';
import { registerRoutes } from './http/routes.js';
import { registerThrottles } from './http/throttles.js';
import { FileJobs } from './workers/FileJobs.js';
import { MapReads } from './services/mapReads.js';
import { Operations } from './ops/Operations.js';
import { requestId } from './ops/requestId.js';
import { sweepOldBookings } from './services/bookingRetention.js';
import { sweepWorkshopRetention } from './services/workshopRetention.js';
import { WorkshopActivity } from './services/workshopActivity.js';
import { activityTracker } from './extensions/activityTracker.js';
import { noMailer, smtpMailer } from './mail/mailer.js';
import { storeProgress } from './ops/storeProgress.js';

export interface OpenCitiesServer {
  app: FastifyInstance;
  hocuspocus: Hocuspocus;
  /** The link to the other instances (Redis): `status()` for /readyz and /metrics (SPEC M7). */
  cluster: Cluster;
  /** Starts listening; port 0 picks a free port. Resolves with the port in use. */
  listen(port: number, host?: string): Promise<number>;
  /** Stores every open board, closes every connection, stops listening. Leaves the store open. */
  close(): Promise<void>;
  /**
   * Starts draining (SPEC O4): /readyz says 503, new requests and /collab connections are
   * refused. `close()` then stores the boards and ends the connections.
   */
  startDraining(): void;
  /** The boards open at `close()` whose final store has not finished yet (what a drain that ran out of time left). */
  unstoredBoards(): string[];
  /** Jobs the file worker threads started, by type (tests see that work went off the main thread). */
  fileJobsStarted(): Readonly<Record<string, number>>;
}

/** The map reads kept for GET /api/boards/:id/map: about forty boards of a thousand actors in all, each let go ten minutes after it was last asked for. */
const mapReadsKeptChars = 12_000_000;
const mapReadsKeptMs = 10 * 60_000;

/** Builds the whole server (HTTP API, web app, /collab) without starting it (STYLE 1). */
export async function buildServer(partial: ServerSettings): Promise<OpenCitiesServer> {
  const config = serverConfig(partial);
  const tokenSecret = await loadTokenSecret(config.store, () => randomBytes(32).toString('base64url'));
  // With Redis, the instances on one database share live boards (SPEC M1).
  const bus = config.redisUrl
    ? new ClusterBus({ redisUrl: config.redisUrl, prefix: config.redisKeyPrefix, tokenSecret, log: config.log })
    : null;
  const persistence = new DurablePersistence({ config, store: config.store });
  const live = new LiveBoards({
    store: config.store,
    persistence,
    bus,
    accessOf: (who, board) => currentBoardAccess(ctx, who, board),
    log: config.log,
  });
  const ctx: AppContext = {
    config,
    store: config.store,
    tokenSecret,
    live,
    cluster: live,
    layout: new MapLayout({
      timeoutMs: config.limits.layoutTimeoutMs,
      maxWaiting: config.limits.layoutsWaiting,
      log: config.log,
    }),
    files: new FileJobs(config.store, {
      threads: config.limits.fileThreads || undefined,
      timeoutMs: config.limits.fileJobTimeoutMs,
      maxWaiting: config.limits.fileJobsWaiting,
      log: config.log,
    }),
    mapReads: new MapReads({ store: config.store, maxChars: mapReadsKeptChars, keepMs: mapReadsKeptMs, log: config.log }),
    ops: new Operations(config.store),
    mail: config.smtpUrl && config.mailFrom ? smtpMailer(config.smtpUrl, config.mailFrom) : noMailer,
    activity: new WorkshopActivity(config.store, config.now, config.log),
  };

  const app = Fastify({
    ...(config.logger ? { loggerInstance: config.logger } : { logger: false }),
    genReqId: requestId,
    bodyLimit: config.limits.maxBodyBytes,
    forceCloseConnections: true,
    // A hop count works at run time but Fastify's types leave it out: say it as a function.
    trustProxy: typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
  });
  await app.register(fastifyCookie);
  const throttles = await registerThrottles(app, ctx);
  ctx.ops.redis = throttles.redis;
  await registerRoutes(app, ctx);

  persistence.observe(ctx.ops.metrics);
  await bus?.started();
  const watch = audienceWatch({ bus, now: () => config.now().getTime() });
  const hocuspocus = new Hocuspocus({
    name: 'opencities',
    quiet: true,
    debounce: config.compactAfterMs,
    maxDebounce: config.compactAfterMs * 5,
    extensions: [
      authentication(ctx),
      presenceGuard(config.log),
      spotlightGuard((boardIds, spotlit) => live.spotlightChanged(boardIds, spotlit)),
      limits(ctx, (name) => persistence.sizeOf(name)),
      persistence,
      voteGuard(ctx),
      activityVersions(ctx),
      activityTracker(ctx.activity),
      watch,
      live,
    ],
  });
  const wss = attachCollab(app.server, hocuspocus, {
    hardMaxPayload: config.limits.maxMessageBytes * 4,
    maxMessageBytes: config.limits.maxMessageBytes,
    publicUrl: config.publicUrl,
    log: config.log,
    draining: () => ctx.ops.draining,
  });
  ctx.ops.metrics.attach({ connections: () => hocuspocus.getConnectionsCount(), boards: () => hocuspocus.getDocumentsCount() });
  let progress = storeProgress([]);
  // Expired sessions, booking requests past their retention (SPEC B4) and workshops past theirs
  // (SPEC K3–K4) are data about people that nothing needs any more: sweep them at start and hourly.
  const sweepSessions = () => {
    void config.store
      .deleteExpiredSessions(config.now().toISOString())
      .catch((e: Error) => config.log(`session sweep failed: ${e.message}`));
    void sweepOldBookings(config.store, config.now(), config.bookingRetentionDays, config.log).catch((e: Error) =>
      config.log(`booking retention sweep failed: ${e.message}`),
    );
    void sweepWorkshopRetention(ctx).catch((e: Error) => config.log(`workshop retention sweep failed: ${e.message}`));
  };
  const sweep = setInterval(sweepSessions, 3600_000).unref();

  return {
    app,
    hocuspocus,
    cluster: live,
    async listen(port, host = '0.0.0.0') {
      await app.listen({ port, host });
      sweepSessions();
      const address = app.server.address();
      return typeof address === 'object' && address ? address.port : port;
    },
    async close() {
      clearInterval(sweep);
      // Before the connections end: the other instances stop counting this one's audience at once.
      watch.stop();
      // Compact every open board now, so a restart loads one state rather than a long log.
      progress = storeProgress(hocuspocus.documents.values());
      await persistence.flushAndStop(progress.documents);
      hocuspocus.closeConnections();
      for (const client of wss.clients) client.terminate();
      wss.close();
      await app.close();
      await ctx.layout.close();
      await throttles.close();
      await bus?.close();
      await ctx.files.close();
      ctx.mapReads.close();
      ctx.mail.close();
    },
    startDraining() {
      ctx.ops.draining = true;
    },
    unstoredBoards: () => progress.unfinished(),
    fileJobsStarted: () => ({ ...ctx.files.started }),
  };
}

/** Trusts the nearest `hops` proxies, as proxy-addr does for a number. */
function trustHops(hops: number): (address: string, hop: number) => boolean {
  return (_address, hop) => hop < hops;
}

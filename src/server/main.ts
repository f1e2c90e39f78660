import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer, type OpenCitiesServer } from './buildServer.js';
import { takeInstanceLock } from './ops/instanceLock.js';
import { createLogger, levelOf, type LogFormat } from './ops/logger.js';
import { demoInviteLinks, ensureDemoWorkshop, giveDemoToFirstFacilitator } from './services/demoInvites.js';
import { openStore } from './store/index.js';
import type { Store } from './store/Store.js';
import type { RetentionLimits } from '../domain/index.js';
import type { SignInSettings } from './auth/oidcSettings.js';

export interface ServeOptions {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  /** Create the demo workshop when the store has no workshop yet (npm start). */
  demoIfEmpty: boolean;
  /** PUBLIC_URL: the address people use (an origin), or null. */
  publicUrl: string | null;
  /** TRUST_PROXY, as Fastify takes it. */
  trustProxy: boolean | number | string[];
  /** REDIS_URL: rate-limit counters shared by every instance, or null. */
  redisUrl: string | null;
  /** METRICS_TOKEN: who may read /metrics from elsewhere than this machine, or null (SPEC O2). */
  metricsToken: string | null;
  /** Log lines as JSON (a log collector) or short lines for a person (SPEC O3). */
  logFormat: LogFormat;
  /**
   * On SIGTERM, how long to keep serving the connections already open while /readyz says 503
   * and new ones are refused, ms, so a load balancer that checks /readyz sees it first (SPEC O4).
   */
  drainGraceMs: number;
  /** How long storing the open boards and closing may then take before the process exits anyway, ms (SPEC O4). */
  drainTimeoutMs: number;
  /** Booking requests are deleted this many days after they were made (SPEC B4); default 365. */
  bookingRetentionDays?: number;
  /** How long workshops are kept (SPEC K1): RETENTION_*; default 12 months, from 1 to 36. */
  retention?: RetentionLimits;
  /** SMTP_URL and MAIL_FROM: e-mail for booking notices and receipts (SPEC B6); null, none is sent. */
  smtpUrl?: string | null;
  mailFrom?: string | null;
  /** OIDC_* and LOCAL_SIGN_IN: single sign-on, and whether password sign-in stays on (SPEC I1, I5). */
  signIn?: SignInSettings;
}

/** The package root: the nearest folder above this file with a package.json. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/**
 * The only place that listens (STYLE 1). Takes the instance lock (SPEC O5), opens the store,
 * serves, and on SIGTERM or SIGINT drains (SPEC O4).
 */
export async function serve(options: ServeOptions): Promise<{ server: OpenCitiesServer; store: Store; port: number }> {
  const logger = createLogger(options.logFormat);
  const log = (line: string) => logger[levelOf(line)](line);
  if (!options.databaseUrl) mkdirSync(options.dataDir, { recursive: true });
  const lock = await takeInstanceLock({ ...options, log: (line) => logger.warn(line) });
  let store: Store;
  try {
    store = await openStore({ dataDir: options.dataDir, databaseUrl: options.databaseUrl ?? undefined });
  } catch (e) {
    await lock.release();
    throw e;
  }
  const webDir = join(packageRoot(), 'dist', 'web');
  if (!existsSync(join(webDir, 'index.html'))) log('note: the web app is not built (npm run build); serving the API and /collab only');
  const server = await buildServer({
    store,
    webDir,
    log,
    logger,
    publicUrl: options.publicUrl,
    trustProxy: options.trustProxy,
    redisUrl: options.redisUrl,
    metricsToken: options.metricsToken,
    ...(options.bookingRetentionDays ? { bookingRetentionDays: options.bookingRetentionDays } : {}),
    ...(options.retention ? { retention: options.retention } : {}),
    smtpUrl: options.smtpUrl ?? null,
    mailFrom: options.mailFrom ?? null,
    ...(options.signIn ? { oidc: options.signIn.oidc, passwordSignIn: options.signIn.passwordSignIn } : {}),
  });
  const port = await server.listen(options.port, options.host);
  const base = options.publicUrl ?? `http://localhost:${port}`;
  log(`Open Cities Studio is running at ${base} (store: ${store.kind}${store.kind === 'sqlite' ? ` in ${options.dataDir}` : ''})`);
  if (options.demoIfEmpty) await ensureDemoWorkshop(store, new Date());
  const given = await giveDemoToFirstFacilitator(store);
  if (given) log(`The demo workshop "${given.title}" is now the first facilitator account's: it is in their workshop list.`);
  // Invite links open a workshop: shown to a person at the terminal, kept out of a log collector (SPEC O3).
  if (options.demoIfEmpty || options.logFormat === 'pretty') for (const line of await demoInviteLinks(store, base)) log(line);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: draining: refusing new requests and connections, storing every open board`);
    server.startDraining();
    if (options.drainGraceMs > 0) await new Promise((resolve) => setTimeout(resolve, options.drainGraceMs));
    const limit = setTimeout(() => {
      const left = server.unstoredBoards();
      logger.error(
        `drain: not done within ${options.drainTimeoutMs / 1000} s; exiting anyway. Not stored at exit: ${
          left.length ? `the final state of board(s) ${left.join(', ')}` : 'no open board, but writes were still running'
        }. Every acknowledged edit is in the store's log; unacknowledged ones stay with their clients, which send them again on reconnecting.`,
      );
      process.exit(1);
    }, options.drainTimeoutMs);
    try {
      await server.close();
      await store.close();
      await lock.release();
    } catch (e) {
      logger.error(`drain: failed: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    }
    clearTimeout(limit);
    log('drained: every open board is stored and every connection closed; exiting');
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  return { server, store, port };
}

import type { FastifyBaseLogger } from 'fastify';
import { sheetLimits } from '../domain/formats/index.js';
import { checkRetentionLimits, defaultRetentionLimits, type RetentionLimits } from '../domain/index.js';
import type { Store } from './store/Store.js';
import type { OidcSettings } from './auth/oidcSettings.js';

/** Limits on what one connection may send (docs/SPEC.md L1–L3) and ask the server to do. */
export interface Limits {
  /** Largest single WebSocket message we accept, bytes. Over it: close 4413. */
  maxMessageBytes: number;
  /** Largest stored size of one board (compacted state + pending updates), bytes. Over it: close 4414. */
  maxDocumentBytes: number;
  /** Messages per second one connection may sustain, and the burst it may send at once. Over it: close 4429. */
  messagesPerSecond: number;
  messageBurst: number;
  /** Largest HTTP request body, bytes. */
  maxBodyBytes: number;
  /** Largest upload of files to import (all the files of one import together), bytes. Over it: 413 FILE_TOO_LARGE. */
  maxImportBytes: number;
  /** Longest one automatic layout may run, ms. Over it: 500 LAYOUT_FAILED. */
  layoutTimeoutMs: number;
  /** Automatic layouts that may wait behind the running one. One more: 503 LAYOUT_BUSY. */
  layoutsWaiting: number;
  /** Longest one import, export, picture or report may run on its worker thread, ms. Over it: 500 FILE_JOB_FAILED. */
  fileJobTimeoutMs: number;
  /** Imports, exports, pictures and reports that may wait for a worker thread. One more: 503 SERVER_BUSY. */
  fileJobsWaiting: number;
  /** Worker threads for file work; 0: one fewer than the cores (one at least, four at most). */
  fileThreads: number;
}

export const defaultLimits: Limits = {
  maxMessageBytes: 1024 * 1024,
  maxDocumentBytes: 32 * 1024 * 1024,
  messagesPerSecond: 60,
  messageBurst: 300,
  maxBodyBytes: 1024 * 1024,
  // What the Kumu readers take from the CLI too (a workbook or an archive before unpacking).
  maxImportBytes: sheetLimits.fileBytes,
  // ELK places 1,000 actors and 2,000 flows in about 6 s on one core (docs/benchmarks.md).
  layoutTimeoutMs: 60_000,
  layoutsWaiting: 3,
  // The slowest job on a board at its limits (5,000 actors, 20,000 flows) is its PNG picture:
  // about 90 s on one loaded core (the SVG 15 s, resvg drawing it 70 s). Twice that is a job
  // gone wrong, not a big board.
  fileJobTimeoutMs: 180_000,
  // A workshop's members exporting at the end of a session: a dozen at once is a busy moment.
  fileJobsWaiting: 16,
  fileThreads: 0,
};

/** One throttle: at most `max` requests per `windowMs` for one key (an address, an account). */
export interface Throttle {
  max: number;
  windowMs: number;
}

/** Throttles on what a guesser would repeat (SPEC S4). Over one: 429 TOO_MANY_ATTEMPTS with Retry-After. */
export interface RateLimits {
  /** Sign-in attempts from one client address. */
  signInPerAddress: Throttle;
  /** Sign-in attempts for one e-mail address, from anywhere (known or not, so this says nothing about who has an account). */
  signInPerAccount: Throttle;
  /** Joins from one client address. */
  joinPerAddress: Throttle;
  /** Booking requests from one client address (SPEC B2). */
  bookingPerAddress: Throttle;
  /** Comments on public pages from one client address (SPEC U7). */
  commentPerAddress: Throttle;
  /** Booking requests giving one e-mail address, from anywhere (SPEC B2). */
  bookingPerEmail: Throttle;
  /** Audience suggestions from one client address (SPEC W6): a room may share one address. */
  suggestionPerAddress: Throttle;
  /** Lookups of an invite's workshop language from one client address (SPEC F6): like joins. */
  inviteLookupPerAddress: Throttle;
  /** Audience tokens from one client address (SPEC W2): a whole audience may share one address. */
  audienceTokenPerAddress: Throttle;
  /** Browsers' reports (a missing translation, SPEC F7) from one client address. */
  clientReportPerAddress: Throttle;
}

export const defaultRateLimits: RateLimits = {
  signInPerAddress: { max: 20, windowMs: 60_000 },
  signInPerAccount: { max: 10, windowMs: 15 * 60_000 },
  // A workshop room shares one public address (the venue's Wi-Fi) and joins within a minute
  // or two: 60 lets a large room in, the rest a minute later; it stops mass creation of people.
  joinPerAddress: { max: 60, windowMs: 60_000 },
  // A person asks once or twice; an office behind one address a few times a day.
  bookingPerAddress: { max: 10, windowMs: 60 * 60_000 },
  bookingPerEmail: { max: 3, windowMs: 24 * 60 * 60_000 },
  // A visitor asks a question or two; a class or office behind one address a few more.
  commentPerAddress: { max: 10, windowMs: 60 * 60_000 },
  suggestionPerAddress: { max: 30, windowMs: 60_000 },
  // Each opening of a join page asks once: a room behind one address, like joins.
  inviteLookupPerAddress: { max: 60, windowMs: 60_000 },
  // An audience page asks on opening and on each (re)connection: 500 people behind a venue's
  // one address, all reconnecting after a restart, fit; a loop asking without end does not.
  audienceTokenPerAddress: { max: 1500, windowMs: 60_000 },
  // A page reports each missing message once; a room of pages behind one address reports a few each.
  clientReportPerAddress: { max: 60, windowMs: 60_000 },
};

export interface ServerConfig {
  store: Store;
  /** Folder of the built web app (dist/web). Null: serve only the API and /collab. */
  webDir: string | null;
  limits: Limits;
  /** Lifetime of a /collab token. Clients fetch a fresh one on every (re)connect. */
  tokenTtlSeconds: number;
  sessionTtlDays: number;
  /**
   * The address people use, e.g. https://studio.example.org (PUBLIC_URL): only pages of this
   * origin may change things (SPEC S1), the CSP connects to it only, and https makes cookies
   * Secure. Null: requests must come from the origin they are sent to (their own Host).
   */
  publicUrl: string | null;
  /** Set the Secure flag on the session cookie. Defaults to true when publicUrl is https. */
  secureCookies: boolean;
  /** Fastify's trustProxy (TRUST_PROXY): believe X-Forwarded-For/-Proto from these proxies. */
  trustProxy: boolean | number | string[];
  /** Redis (REDIS_URL): rate-limit counters shared by every instance. Null: counters in memory. */
  redisUrl: string | null;
  /** Prefix of this server's keys in Redis (tests give each run its own). */
  redisKeyPrefix: string;
  rateLimits: RateLimits;
  /** Compaction and JSON snapshot delay after the last edit of a board, ms. */
  compactAfterMs: number;
  /** SMTP_URL: the SMTP server e-mail goes through (SPEC B6). Null: no e-mail is sent. */
  smtpUrl: string | null;
  /** MAIL_FROM: the sender of that e-mail, e.g. "Open Cities Studio <studio@example.org>". */
  mailFrom: string | null;
  /** Booking requests are deleted this many days after they were made (BOOKING_RETENTION_DAYS; SPEC B4). */
  bookingRetentionDays: number;
  /**
   * How long workshops are kept after their last activity, in months (SPEC K1): the default and
   * the range a facilitator may choose from (RETENTION_DEFAULT_MONTHS, RETENTION_MIN_MONTHS,
   * RETENTION_MAX_MONTHS).
   */
  retention: RetentionLimits;
  /**
   * Single sign-on with OpenID Connect (OIDC_*; SPEC I1). Null: none. The provider sends people
   * back to `<publicUrl>/api/session/oidc/callback` (without publicUrl, the request's own origin).
   */
  oidc: OidcSettings | null;
  /** LOCAL_SIGN_IN: whether facilitators may sign in with e-mail and password (SPEC I5). Default true. */
  passwordSignIn: boolean;
  /** One line per event worth knowing: refusals, errors, start and stop. */
  log: (line: string) => void;
  /**
   * The logger for request lines (one a request, with its id: SPEC O3), the one `log` writes
   * through in production (main.ts). Null: no request lines (tests read `log` alone).
   */
  logger: FastifyBaseLogger | null;
  /** METRICS_TOKEN: the bearer token that may read /metrics from anywhere. Null: loopback only (SPEC O2). */
  metricsToken: string | null;
  now: () => Date;
}

/** What buildServer is given: the store, and any setting (any limit) to change from its default. */
export type ServerSettings = Partial<Omit<ServerConfig, 'limits' | 'rateLimits'>> & {
  store: Store;
  limits?: Partial<Limits>;
  rateLimits?: Partial<RateLimits>;
};

export function serverConfig(partial: ServerSettings): ServerConfig {
  return {
    webDir: null,
    tokenTtlSeconds: 15 * 60,
    sessionTtlDays: 14,
    trustProxy: false,
    redisUrl: null,
    redisKeyPrefix: 'ocs:',
    compactAfterMs: 2000,
    bookingRetentionDays: 365,
    retention: defaultRetentionLimits,
    smtpUrl: null,
    mailFrom: null,
    log: (line) => console.log(line),
    logger: null,
    metricsToken: null,
    oidc: null,
    passwordSignIn: true,
    now: () => new Date(),
    ...partial,
    publicUrl: partial.publicUrl ? parsePublicUrl(partial.publicUrl) : null,
    secureCookies: partial.secureCookies ?? partial.publicUrl?.startsWith('https:') ?? false,
    limits: { ...defaultLimits, ...partial.limits },
    rateLimits: { ...defaultRateLimits, ...partial.rateLimits },
  };
}

/** The origin of a PUBLIC_URL (scheme, host and port; no path), or an error saying what is wrong. */
export function parsePublicUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`PUBLIC_URL must be an address like https://studio.example.org, not "${text}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`PUBLIC_URL must start with https:// (or http://), not "${text}"`);
  return url.origin;
}

/**
 * TRUST_PROXY as Fastify takes it: "true" trusts every proxy, a number that many hops, and
 * anything else is a comma-separated list of proxy addresses or ranges (e.g. 10.0.0.0/8).
 */
export function parseTrustProxy(text: string): boolean | number | string[] {
  const value = text.trim();
  if (value === '' || value === 'false' || value === '0') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * The retention limits from RETENTION_MIN_MONTHS, RETENTION_MAX_MONTHS and
 * RETENTION_DEFAULT_MONTHS (SPEC K1; unset: 1, 36 and 12), or an error saying which is wrong.
 */
export function retentionLimitsFromEnv(env: Record<string, string | undefined>): RetentionLimits {
  const read = (name: string, fallback: number) => {
    const text = env[name]?.trim();
    if (!text) return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of months, 1 or more, not "${text}"`);
    return value;
  };
  return checkRetentionLimits({
    minMonths: read('RETENTION_MIN_MONTHS', defaultRetentionLimits.minMonths),
    maxMonths: read('RETENTION_MAX_MONTHS', defaultRetentionLimits.maxMonths),
    defaultMonths: read('RETENTION_DEFAULT_MONTHS', defaultRetentionLimits.defaultMonths),
  });
}

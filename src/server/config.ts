import { sheetLimits } from '../domain/formats/index.js';
import type { Store } from './store/Store.js';

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

export interface ServerConfig {
  store: Store;
  /** Folder of the built web app (dist/web). Null: serve only the API and /collab. */
  webDir: string | null;
  limits: Limits;
  /** Lifetime of a /collab token. Clients fetch a fresh one on every (re)connect. */
  tokenTtlSeconds: number;
  sessionTtlDays: number;
  /** Set the Secure flag on the session cookie (behind HTTPS). */
  secureCookies: boolean;
  /** Compaction and JSON snapshot delay after the last edit of a board, ms. */
  compactAfterMs: number;
  /** One line per event worth knowing: refusals, errors, start and stop. */
  log: (line: string) => void;
  now: () => Date;
}

/** What buildServer is given: the store, and any setting (any limit) to change from its default. */
export type ServerSettings = Partial<Omit<ServerConfig, 'limits'>> & { store: Store; limits?: Partial<Limits> };

export function serverConfig(partial: ServerSettings): ServerConfig {
  return {
    webDir: null,
    tokenTtlSeconds: 15 * 60,
    sessionTtlDays: 14,
    secureCookies: false,
    compactAfterMs: 2000,
    log: (line) => console.log(line),
    now: () => new Date(),
    ...partial,
    limits: { ...defaultLimits, ...partial.limits },
  };
}

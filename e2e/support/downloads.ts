import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/** A script or style sheet a page fetched. */
export interface Download {
  /** Its path on the server, e.g. /assets/index-abc.js. */
  path: string;
  type: 'js' | 'css';
  /** What Chromium received, decoded. */
  text: string;
  raw: number;
  /** zlib's default level (6), as Vite's size report: the budget's measure, whatever the server sends. */
  gzip: number;
  /** The body's bytes as they came over the network (the compressed copy the server sent, src/server/http/web.ts). */
  sent: number;
  /** The content-encoding the server sent, if any. */
  encoding: string | null;
}

function typeOf(url: string): 'js' | 'css' | null {
  const path = new URL(url).pathname;
  return path.endsWith('.js') ? 'js' : path.endsWith('.css') ? 'css' : null;
}

/**
 * Records every script and style sheet `page` fetches from now on (its `response` events, as
 * CDP Network reports them). `settled()` waits for the network to go idle and for every body
 * to be read, then returns what was fetched, largest first.
 */
export function recordDownloads(page: Page): { settled: () => Promise<Download[]> } {
  const pending: Promise<Download | null>[] = [];
  page.on('response', (response) => {
    const type = typeOf(response.url());
    if (!type || response.status() !== 200) return;
    pending.push(
      Promise.all([response.body(), response.request().sizes()]).then(
        ([body, sizes]) => ({
          path: new URL(response.url()).pathname,
          type,
          text: body.toString('utf8'),
          raw: body.length,
          gzip: gzipSync(body).length,
          sent: sizes.responseBodySize,
          encoding: response.headers()['content-encoding'] ?? null,
        }),
        () => null, // the page went away before the body was read
      ),
    );
  });
  return {
    settled: async () => {
      await page.waitForLoadState('networkidle');
      const files = (await Promise.all(pending)).filter((f): f is Download => f !== null);
      return files.sort((a, b) => b.gzip - a.gzip);
    },
  };
}

/** The files' gzip sizes added up. */
export const gzipTotal = (files: readonly Download[]): number => files.reduce((n, f) => n + f.gzip, 0);

/**
 * An init script (`context.addInitScript(watchDrawn, selector)`) that records in the page when
 * an element matching `selector` first appears: the page's first picture, for "at start".
 */
export function watchDrawn(selector: string): void {
  const w = window as unknown as { __drawnAt?: number };
  const check = () => {
    if (w.__drawnAt === undefined && document.querySelector(selector)) w.__drawnAt = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
}

/**
 * The paths `page` asked for before its first picture (`watchDrawn`), by Resource Timing's start
 * times: what "at start" counts, as `npm run bench -- bundle` does.
 */
export function askedBeforeDrawn(page: Page): Promise<Set<string>> {
  return page
    .evaluate(() => {
      const at = (window as unknown as { __drawnAt?: number }).__drawnAt ?? Infinity;
      return performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime < at)
        .map((e) => new URL(e.name).pathname);
    })
    .then((paths) => new Set(paths));
}

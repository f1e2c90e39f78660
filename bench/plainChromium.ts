/**
 * A page's first-render mark measured in Chromium with nothing attached to it: no DevTools
 * protocol, as a person's browser runs. Playwright drives Chromium over that protocol, and with
 * it attached reading a large answer took about three times as long (docs/benchmarks.md, the
 * eighteenth session: 13.5 MB read in 1.0–1.25 s under Playwright against 0.3–0.4 s without),
 * so a page is measured here as well as under Playwright.
 *
 * One Chromium stays open, warmed by a first load, and goes from page to page by itself: the
 * bench's server adds `reporterTag` to each HTML page it serves; in this browser's pages (their
 * address ends in `plainHash`) that script posts the mark's time once the page sets it, then
 * asks where to go next. Between loads the tab rests on an empty page, so that nothing of the
 * last page (a layout worker, say) runs while Playwright measures.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs } from '../e2e/support/browser.js';
import { chromiumPath } from '../test/setup/optional.js';

const reporterPath = '/__bench/reporter.js';
const markPath = '/__bench/mark';
const nextPath = '/__bench/next';
const restPath = '/__bench/rest';
const plainHash = '#plain-chromium';

/** The tag the server puts before `</head>` of each HTML page. */
export const reporterTag = `<script src="${reporterPath}"></script>`;

/** What Chromium says while it runs (its own log, not the bench's output): where to look when a page posts no mark. */
const logPath = join(tmpdir(), 'bench-plain-chromium.log');

/** The reporter: on a measured page, posts the first mark named `name` and the viewport; then goes where it is sent. */
function reporterScript(name: string): string {
  return `if (location.hash === ${JSON.stringify(plainHash)}) (async () => {
  if (location.pathname !== ${JSON.stringify(restPath)}) {
    await new Promise((marked) => new PerformanceObserver((list, observer) => {
      if (!list.getEntries().some((e) => e.name === ${JSON.stringify(name)})) return;
      observer.disconnect();
      marked();
    }).observe({ type: 'mark', buffered: true }));
    const ms = performance.getEntriesByName(${JSON.stringify(name)})[0].startTime;
    await fetch(${JSON.stringify(markPath)}, { method: 'POST', body: JSON.stringify({ ms, viewport: innerWidth + 'x' + innerHeight }) });
  }
  const next = await (await fetch(${JSON.stringify(nextPath)})).text();
  if (next) location.href = next;
})();
`;
}

export interface PostedMark {
  ms: number;
  viewport: string;
}

/** One Chromium with nothing attached, and the server side of its reporter (for pages on any of the bench's servers). */
export class PlainChromium {
  private browser: ChildProcess | null = null;
  private readonly profile = mkdtempSync(join(tmpdir(), 'bench-plain-chromium-'));
  private waiting: ((mark: PostedMark) => void) | null = null;
  private asking: ServerResponse | null = null;
  private nextUrl: string | null = null;

  /** `mark`: the name of the mark the pages set; `viewport`: the size their window's inside must have. */
  constructor(
    private readonly mark: string,
    private readonly viewport: { width: number; height: number },
  ) {}

  /** Answers the reporter's requests; false for any other path. */
  serve(path: string, req: IncomingMessage, res: ServerResponse): boolean {
    if (path === reporterPath) res.writeHead(200, { 'content-type': 'text/javascript' }).end(reporterScript(this.mark));
    else if (path === restPath) res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><head>${reporterTag}</head>`);
    else if (path === markPath) {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        res.writeHead(204).end();
        this.waiting?.(JSON.parse(body) as PostedMark);
        this.waiting = null;
      });
    } else if (path === nextPath) {
      // Held until the bench says where to go.
      if (this.nextUrl !== null) this.answerNext(res, this.nextUrl);
      else this.asking = res;
    } else return false;
    return true;
  }

  /**
   * Starts the browser on `address` (a first load, which warms it: its GPU process, its caches,
   * as Playwright's rounds share one browser). Headless Chromium takes part of its window for
   * what a window would show around the page, so when the page's viewport is not the size asked
   * for, it starts again with the window that much larger.
   */
  async start(address: string): Promise<void> {
    const { width, height } = this.viewport;
    this.browser = this.launch(address, width, height);
    const first = await this.posted(address);
    const [shownWidth, shownHeight] = first.viewport.split('x').map(Number) as [number, number];
    if (shownWidth !== width || shownHeight !== height) {
      await this.stop();
      this.browser = this.launch(address, 2 * width - shownWidth, 2 * height - shownHeight);
      const again = await this.posted(address);
      if (again.viewport !== `${width}x${height}`) throw new Error(`Chromium drew at ${again.viewport}, not ${width}x${height}`);
    }
    this.goTo(new URL(restPath, address).href);
  }

  /** Loads `address` in the started browser's tab and gives the mark the page posts; the tab then rests. */
  async load(address: string): Promise<PostedMark> {
    const posted = this.posted(address);
    this.goTo(address);
    const mark = await posted;
    this.goTo(new URL(restPath, address).href);
    return mark;
  }

  async close(): Promise<void> {
    this.asking?.end('');
    await this.stop();
    rmSync(this.profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  }

  /** The next mark posted, within `timeoutMs`. */
  private async posted(address: string, timeoutMs = 120_000): Promise<PostedMark> {
    const posted = new Promise<PostedMark>((resolve) => (this.waiting = resolve));
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, fail) => {
      timer = setTimeout(() => fail(new Error(`${address} posted no mark within ${timeoutMs} ms (Chromium's log: ${logPath})`)), timeoutMs);
    });
    try {
      return await Promise.race([posted, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Sends the tab to `address` once it asks (at once if it is asking). */
  private goTo(address: string): void {
    const url = `${address}${plainHash}`;
    if (this.asking) this.answerNext(this.asking, url);
    else this.nextUrl = url;
  }

  private answerNext(res: ServerResponse, url: string): void {
    this.asking = null;
    this.nextUrl = null;
    res.writeHead(200, { 'content-type': 'text/plain' }).end(url);
  }

  private launch(address: string, width: number, height: number): ChildProcess {
    const args = [
      ...chromiumArgs,
      // WebGL in software, as Playwright's Chromium has it on a machine without a GPU (without
      // this flag Chromium refuses the fallback now and then, and sigma draws nothing).
      '--enable-unsafe-swiftshader',
      `--user-data-dir=${this.profile}`,
      `--window-size=${width},${height}`,
      `${address}${plainHash}`,
    ];
    // Its own process group, so that closing it stops its renderer and helpers too. Its output
    // goes to a file: with none to write to, it drew nothing now and then on this machine.
    const log = openSync(logPath, this.browser === null ? 'w' : 'a');
    return spawn(chromiumPath, args, { stdio: ['ignore', log, log], detached: true });
  }

  private async stop(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    if (browser?.exitCode === null)
      await new Promise<void>((resolve) => {
        browser.once('exit', () => resolve());
        process.kill(-browser.pid!, 'SIGTERM');
      });
  }
}

/**
 * `npm run bench -- bundle [--dist dist/web] [--locale cy]`
 *
 * How much JavaScript and CSS does a person's browser download to open a page? A real server
 * (buildServer over a fresh SQLite store with the demo workshop, in this process) serves the
 * built app from `--dist` (default dist/web, so `npm run build` first; another folder measures
 * an older build). Chromium, through playwright-core, opens four pages, each in a fresh
 * context (cold cache), and records every script and style sheet it fetches (the page's
 * `response` events, which is what CDP Network reports):
 *   (a) the join page, /join/<participant invite>;
 *   (b) the workshop home, /w/<id>, signed in as a participant who joined by the invite;
 *   (c) the demo's Group 1 ecosystem map board, live and drawn;
 *   (d) the demo's Group 1 data ethics canvas board, live and drawn.
 * The figure that counts is each file's gzip size (zlib's default level, 6, as Vite's size
 * report), computed here from the bytes Chromium received; "sent" is what came over the network
 * (the server sends the brotli or gzip copy the build wrote, whichever the browser accepts).
 * Also: the whole app's JS and CSS (every file under assets/), for comparison. Results:
 * docs/benchmarks.md.
 *
 * "At start" is what the page asked for before it was drawn: each file's request time
 * (Resource Timing's startTime) against the moment the page's first drawn element appeared (a
 * MutationObserver in an init script: the heading, the map's canvas (the demo's map is empty),
 * the canvas's first section). What a page asks for after that (a side panel's tabs loaded once the page is
 * idle, prefetched for later) is listed apart as "after drawn", and both add up to the total
 * until the network is idle.
 *
 * With `--locale` (cy, de, fr, es) the person has chosen that language (localStorage
 * `ocs-language`) before each page opens, and each page also lists the gzip of that language's
 * message files it fetched (`/assets/<locale>-….js`, one per area list), before drawn and in
 * all. English needs none: its messages are in the page's own code (docs/i18n.md).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../e2e/support/browser.js';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildServer } from '../src/server/buildServer.js';
import { createDemoWorkshop } from '../src/server/services/demoWorkshop.js';
import { openStore } from '../src/server/store/index.js';
import { recordDownloads, watchDrawn, type Download } from '../e2e/support/downloads.js';

interface PageFigure {
  name: string;
  files: Download[];
  /** The files asked for after the page was drawn (idle loading, prefetch), by path. */
  after: Set<string>;
}

/** The budget of issue 12: the JS and CSS a board page needs at start, gzip. */
const budgetBytes = 210 * 1024;
const windowSize = { width: 1280, height: 860 };
const timeoutMs = 60_000;

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const KiB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const sum = (files: Download[], key: 'raw' | 'gzip' | 'sent') => files.reduce((n, f) => n + f[key], 0);

/** Opens `url` in a fresh context (cold cache), waits for `ready` and for the network to settle, and returns what was fetched. */
async function measure(
  browser: Browser,
  locale: string,
  name: string,
  url: string,
  drawn: string,
  ready: (page: Page) => Promise<void>,
  storageState?: Awaited<ReturnType<BrowserContext['storageState']>>,
): Promise<PageFigure> {
  const context = await browser.newContext({ viewport: windowSize, storageState });
  context.setDefaultTimeout(timeoutMs);
  try {
    // tsx wraps functions in __name(); the function sent to the page needs the helper there too.
    await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
    if (locale !== 'en') await context.addInitScript((chosen) => window.localStorage.setItem('ocs-language', chosen), locale);
    await context.addInitScript(watchDrawn, drawn);
    const page = await context.newPage();
    const recorder = recordDownloads(page);
    await page.goto(url);
    await ready(page);
    const files = await recorder.settled();
    const { drawnAt, started } = await page.evaluate(() => ({
      drawnAt: (window as unknown as { __drawnAt?: number }).__drawnAt ?? Infinity,
      started: performance.getEntriesByType('resource').map((e) => [new URL(e.name).pathname, e.startTime] as const),
    }));
    const after = new Set(started.filter(([, at]) => at > drawnAt).map(([path]) => path));
    return { name, files, after };
  } finally {
    await context.close();
  }
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true }).waitFor();

/** The words of `locale`'s catalogue the pages are waited for by (English's where it lacks one). */
function wordsOf(locale: string): (key: string) => string {
  const read = (l: string) =>
    JSON.parse(readFileSync(join('src', 'shared', 'i18n', 'catalogues', `${l}.json`), 'utf8')) as Record<string, string>;
  const english = read('en');
  const own = read(locale);
  return (key) => own[key] ?? english[key] ?? key;
}

/** The gzip size of every JS and CSS file the build holds (the whole app, as before code splitting). */
function wholeApp(dist: string): { raw: number; gzip: number; files: number } {
  const assets = join(dist, 'assets');
  const files = readdirSync(assets).filter((f) => f.endsWith('.js') || f.endsWith('.css'));
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(assets, file));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { raw, gzip, files: files.length };
}

export async function runBundle(args: string[]): Promise<void> {
  const option = (name: string, otherwise: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? (args[i + 1] ?? otherwise) : otherwise;
  };
  const dist = resolve(option('--dist', join('dist', 'web')));
  const locale = option('--locale', 'en');
  const word = wordsOf(locale);
  const live = (page: Page) =>
    page
      .getByRole('status')
      .filter({ hasText: `${word('board.connection.label')} ${word('board.connection.live')}` })
      .waitFor();
  readFileSync(join(dist, 'index.html')); // fails with the path when the app is not built
  const dataDir = mkdtempSync(join(tmpdir(), 'ocs-bench-bundle-'));
  const store = await openStore({ dataDir });
  const demo = await createDemoWorkshop(store, new Date());
  const server = await buildServer({ store, webDir: dist, log: () => {} });
  const base = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
  const group = demo.groups[0]?.id;
  const map = demo.boards.find((b) => b.kind === 'ecosystem-map' && b.groupId === group);
  const canvas = demo.boards.find((b) => b.kind === 'ethics-canvas' && b.groupId === group);
  if (!map || !canvas) throw new Error('the demo workshop has no map or canvas board for Group 1');
  const browser = await launchBrowser();
  try {
    const joinUrl = `${base}/join/${demo.invites.participant.code}`;
    const join = await measure(browser, locale, '(a) join page', joinUrl, 'h1', (page) => heading(page, word('join.title')));

    // Join once, as a person does, and keep the cookie for the other pages.
    const context = await browser.newContext({ viewport: windowSize });
    context.setDefaultTimeout(timeoutMs);
    const page = await context.newPage();
    await page.goto(joinUrl);
    await page.getByLabel('Name', { exact: true }).fill('Bench participant');
    await page.getByLabel('Organisation', { exact: true }).fill('Bench');
    await page.getByRole('button', { name: 'Join', exact: true }).click();
    await heading(page, demo.workshop.title);
    const signedIn = await context.storageState();
    await context.close();

    const figures = [
      join,
      await measure(
        browser,
        locale,
        '(b) workshop home',
        `${base}/w/${demo.workshop.id}`,
        'h1',
        (p) => heading(p, demo.workshop.title),
        signedIn,
      ),
      await measure(
        browser,
        locale,
        '(c) map board',
        `${base}/b/${map.id}`,
        '.react-flow__renderer',
        async (p) => {
          await heading(p, map.title);
          await live(p);
          await p.locator('.react-flow__renderer').waitFor();
          // The side panel's tabs load once the board is drawn and the page idle: wait for them too.
          await p.getByRole('region', { name: word('map.panel.details'), exact: true }).waitFor();
        },
        signedIn,
      ),
      await measure(
        browser,
        locale,
        '(d) canvas board',
        `${base}/b/${canvas.id}`,
        '.canvas-theme',
        async (p) => {
          await heading(p, canvas.title);
          await live(p);
          await p.getByRole('region', { name: word('canvas.section.dataSources.title'), exact: true }).waitFor();
        },
        signedIn,
      ),
    ];

    console.log(
      `bundle: ${dist}; ${locale === 'en' ? 'English' : `the person chose ${locale}`}; Chromium, cold cache per page; load ${loadavg()[0]?.toFixed(2)} (${cpus().length} CPUs)`,
    );
    const encodings = new Set(figures.flatMap((f) => f.files.map((file) => file.encoding ?? 'none')));
    console.log(
      `content-encoding sent by the server: ${[...encodings].join(', ')}; gzip below is zlib level 6 of the bytes received (the budget's measure), "sent" the bytes that came over the network`,
    );
    for (const figure of figures) {
      const atStart = figure.files.filter((f) => !figure.after.has(f.path));
      const later = figure.files.filter((f) => figure.after.has(f.path));
      const js = atStart.filter((f) => f.type === 'js');
      const css = atStart.filter((f) => f.type === 'css');
      const gzip = sum(atStart, 'gzip');
      const total = sum(figure.files, 'gzip');
      console.log(
        `${figure.name.padEnd(18)} at start ${String(atStart.length).padStart(2)} files  JS ${kB(sum(js, 'gzip'))} + CSS ${kB(sum(css, 'gzip'))} = ` +
          `${kB(gzip)} gzip (${KiB(gzip)}; ${kB(sum(atStart, 'raw'))} raw; ${kB(sum(atStart, 'sent'))} sent)${gzip > budgetBytes ? '  over the 210 KiB budget' : ''}`,
      );
      console.log(
        `${''.padEnd(18)} after drawn ${later.length} files ${kB(sum(later, 'gzip'))}; until the network is idle ${figure.files.length} files ${kB(total)} (${KiB(total)})`,
      );
      if (locale !== 'en') {
        const messages = (files: Download[]) => files.filter((f) => f.path.startsWith(`/assets/${locale}-`));
        const [before, all] = [messages(atStart), messages(figure.files)];
        console.log(
          `${''.padEnd(18)} ${locale} messages: before drawn ${kB(sum(before, 'gzip'))} (${before.length} files); in all ${kB(sum(all, 'gzip'))} (${all.length} files)`,
        );
      }
      for (const file of figure.files)
        console.log(`    ${kB(file.gzip).padStart(9)}  ${file.path}${figure.after.has(file.path) ? '  (after drawn)' : ''}`);
    }
    const all = wholeApp(dist);
    console.log(`whole app (every JS and CSS file, ${all.files} files): ${kB(all.gzip)} gzip (${kB(all.raw)} raw)`);
  } finally {
    await browser.close();
    await server.close();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

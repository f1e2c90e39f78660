/**
 * `node --import tsx scripts/message-weight.ts [--dist dist/web] [--locale cy]`
 *
 * How many bytes of another language's messages does a page fetch? A person who chose that
 * language (localStorage `ocs-language`) opens, each in a fresh context (cold cache), the join
 * page, the workshop home, the demo's Group 1 map board and its canvas board, served from
 * `--dist` (default dist/web: `npm run build` first; another folder measures another build)
 * by a real server over a fresh SQLite store. It adds up the gzip size (zlib level 6, as Vite's
 * report) of the language's message files the page fetched (`/assets/<locale>-….js`: one per
 * area list since the catalogues split by area, the whole catalogue before), before the page
 * was first drawn and until the network is idle, and names them. English needs no such file:
 * its messages are in the page's own code (docs/i18n.md).
 *
 * Not a benchmark of speed: four page loads, as e2e/page-weight.test.ts does.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { recordDownloads, type Download } from '../e2e/support/downloads.js';
import { buildServer } from '../src/server/buildServer.js';
import { createDemoWorkshop } from '../src/server/services/demoWorkshop.js';
import { openStore } from '../src/server/store/index.js';

const timeoutMs = 60_000;

/** Records in the page when an element matching `selector` first appears (performance.now()). */
function watchDrawn(selector: string): void {
  const w = window as unknown as { __drawnAt?: number };
  const check = () => {
    if (w.__drawnAt === undefined && document.querySelector(selector)) w.__drawnAt = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
}

interface Figure {
  name: string;
  /** The language's message files fetched before the page was drawn, and after. */
  atStart: Download[];
  later: Download[];
  /** Every script and style sheet fetched before the page was drawn, the messages' included. */
  everything: Download[];
}

async function measure(
  browser: Browser,
  locale: string,
  name: string,
  url: string,
  drawn: string,
  ready: (page: Page) => Promise<void>,
  cookies: Parameters<Browser['newContext']>[0],
): Promise<Figure> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, ...cookies });
  context.setDefaultTimeout(timeoutMs);
  try {
    await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
    await context.addInitScript((chosen) => window.localStorage.setItem('ocs-language', chosen), locale);
    await context.addInitScript(watchDrawn, drawn);
    const page = await context.newPage();
    const recorder = recordDownloads(page);
    await page.goto(url);
    await ready(page);
    const all = await recorder.settled();
    const files = all.filter((f) => f.path.startsWith(`/assets/${locale}-`));
    const drawnAt = await page.evaluate(() => (window as unknown as { __drawnAt?: number }).__drawnAt ?? Infinity);
    const started = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => [new URL(e.name).pathname, e.startTime] as const),
    );
    const after = new Set(started.filter(([, at]) => at > drawnAt).map(([path]) => path));
    return {
      name,
      atStart: files.filter((f) => !after.has(f.path)),
      later: files.filter((f) => after.has(f.path)),
      everything: all.filter((f) => !after.has(f.path)),
    };
  } finally {
    await context.close();
  }
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const gzip = (files: Download[]) => files.reduce((n, f) => n + f.gzip, 0);

async function main(args: string[]): Promise<void> {
  const option = (name: string, otherwise: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? (args[i + 1] ?? otherwise) : otherwise;
  };
  const dist = resolve(option('--dist', join('dist', 'web')));
  const locale = option('--locale', 'cy');
  readFileSync(join(dist, 'index.html')); // fails with the path when the app is not built
  const words = JSON.parse(readFileSync(join('src', 'shared', 'i18n', 'catalogues', `${locale}.json`), 'utf8')) as Record<string, string>;
  const word = (key: string) => words[key] ?? key;
  const dataDir = mkdtempSync(join(tmpdir(), 'ocs-message-weight-'));
  const store = await openStore({ dataDir });
  const demo = await createDemoWorkshop(store, new Date());
  const server = await buildServer({ store, webDir: dist, log: () => {} });
  const base = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
  const group = demo.groups[0]?.id;
  const map = demo.boards.find((b) => b.kind === 'ecosystem-map' && b.groupId === group);
  const canvas = demo.boards.find((b) => b.kind === 'ethics-canvas' && b.groupId === group);
  if (!map || !canvas) throw new Error('the demo workshop has no map or canvas board for Group 1');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  });
  const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
  try {
    const joinUrl = `${base}/join/${demo.invites.participant.code}`;
    const figures = [await measure(browser, locale, 'join page', joinUrl, 'h1', (p) => heading(p, word('join.title')), {})];

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(joinUrl);
    await page.locator('input').nth(0).fill('Measuring participant');
    await page.locator('input').nth(1).fill('Measuring');
    await page.locator('form button[type=submit]').click();
    await heading(page, demo.workshop.title);
    const signedIn = { storageState: await context.storageState() };
    await context.close();

    figures.push(
      await measure(
        browser,
        locale,
        'workshop home',
        `${base}/w/${demo.workshop.id}`,
        'h1',
        (p) => heading(p, demo.workshop.title),
        signedIn,
      ),
      await measure(
        browser,
        locale,
        'map board',
        `${base}/b/${map.id}`,
        '.react-flow__renderer',
        async (p) => {
          await p.locator('.react-flow__renderer').waitFor();
          // The side panel's tabs load once the board is drawn and the page idle.
          await p.getByRole('region', { name: word('map.panel.details'), exact: true }).waitFor();
        },
        signedIn,
      ),
      await measure(
        browser,
        locale,
        'canvas board',
        `${base}/b/${canvas.id}`,
        '.canvas-theme',
        (p) => p.getByRole('region', { name: word('canvas.section.dataSources.title'), exact: true }).waitFor(),
        signedIn,
      ),
    );

    console.log(`${locale} messages fetched, gzip (zlib 6), from ${dist}`);
    for (const f of figures) {
      console.log(
        `${f.name.padEnd(14)} before drawn ${kB(gzip(f.atStart)).padStart(8)} (${f.atStart.length} files)   in all ${kB(gzip([...f.atStart, ...f.later])).padStart(8)} (${f.atStart.length + f.later.length} files)` +
          `   every JS and CSS before drawn ${kB(gzip(f.everything))}`,
      );
      for (const file of f.atStart) console.log(`    ${kB(file.gzip).padStart(8)}  ${file.path}`);
      for (const file of f.later) console.log(`    ${kB(file.gzip).padStart(8)}  ${file.path}  (after drawn)`);
    }
  } finally {
    await browser.close();
    await server.close();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main(process.argv.slice(2));

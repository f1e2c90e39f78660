/**
 * `npm run bench -- map [--actors 1000] [--flows 2000] [--seed 1] [--rounds 5] [--seconds 3]
 *                       [--profile] [--excalidraw /tmp/excali] [--zoom-out N] [--pan-after-live]`
 *
 * How fast does the ecosystem map editor open and pan a big map? Ours: a real `opencities
 * serve` process (dist/, so `npm run build` first) with a workshop whose board was imported
 * from a generated map file; Chromium joins by invite and opens the board page. Anchor: a bare
 * React Flow page (bench/map/bare.tsx, built here with Vite into a temporary folder and served
 * by a static server in this process) with the same nodes and edges, the default node and edge
 * components, the same pane size and viewport, in the same run. Also: the gzip size of the web
 * app's JavaScript (dist/web/assets/*.js) against Excalidraw's.
 *
 * First render: navigation start → the frame from which the React Flow nodes in the DOM (none
 * still hidden for measuring) and the viewport stayed unchanged for 30 frames (installProbe).
 * Pan: a 3 s mouse drag on the empty pane (a figure of eight, the pointer's place a function
 * of time), frames counted with requestAnimationFrame. Every page load is a fresh browser
 * context (cold cache). Rounds alternate the order of the pages. `--profile` adds one more
 * load of ours and of the bare page with CPU profiles, and counts React's commits during their
 * lock-step pan (installCommitCounter): components rendered, elements mounted, by name.
 * Results: docs/benchmarks.md.
 * BENCH_TIMELINE=1 prints, for each load of ours, every request's start, request, response
 * start and end (Resource Timing, ms from navigation start); BENCH_SERVER_PROF=1 runs the server
 * with `--cpu-prof` into /tmp/prof. Both to find where the time goes, never for results.
 * Excalidraw's figure: see excalidrawFigure. BENCH_OURS_CSS='<css>' adds a style sheet to our
 * page only: to find what costs (e.g. `.react-flow__edges{display:none}`), never for results.
 * `--zoom-out N`: after first render, ours presses "Zoom out" N times (each ÷1.2 from the fitted
 * 0.75) and both pans run at the view reached; the bare pages open at that view. For the pan
 * of a zoomed-out map (the editor's level of detail); first render is then not comparable.
 * `--pan-after-live`: ours pans once the board says it is live (its document, Yjs and the live
 * connection arrived after the first picture), so the pan measures panning alone; without it the
 * first pan starts at the first picture and meets their arrival.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../e2e/support/browser.js';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { writeMapFile, type EcosystemMap } from '../src/domain/map/index.js';
import { createWorkshop } from '../src/server/services/createWorkshop.js';
import { importBoardFile } from '../src/server/services/boardFiles.js';
import { openStore } from '../src/server/store/index.js';
import { bareGraph, benchMap, nodeBox } from './map/graph.js';
import {
  countElements,
  findPanSpot,
  installCommitCounter,
  installProbe,
  setCommitCounting,
  startFrameRecorder,
  stopFrameRecorder,
  type CommitCounts,
  type ElementCounts,
  type Probe,
} from './map/probe.js';
import bareConfig from './map/vite.config.js';
import { fixed, percentile } from './stats.js';
import { typicalFlowLabel } from '../src/domain/render/index.js';

interface Options {
  actors: number;
  flows: number;
  seed: number;
  rounds: number;
  seconds: number;
  profile: boolean;
  /** Trace the lock-step pan: where Chromium's threads spend it. */
  trace: boolean;
  excalidraw: string;
  /** Presses of "Zoom out" on our page before the pans (0: pan at the view the map opens at). */
  zoomOut: number;
  /** Our pans start once the board is live (its document, Yjs and the connection arrived), not at the first picture. */
  panAfterLive: boolean;
}

function parse(args: string[]): Options {
  const get = (name: string, fallback: number) => {
    const i = args.indexOf(`--${name}`);
    const value = i >= 0 ? Number(args[i + 1]) : fallback;
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number above 0`);
    return value;
  };
  const dir = args.indexOf('--excalidraw');
  return {
    actors: get('actors', 1000),
    flows: get('flows', 2000),
    seed: get('seed', 1),
    rounds: get('rounds', 5),
    seconds: get('seconds', 3),
    profile: args.includes('--profile'),
    trace: args.includes('--trace'),
    excalidraw: dir >= 0 ? (args[dir + 1] ?? '') : join(tmpdir(), 'excali'),
    zoomOut: args.includes('--zoom-out') ? get('zoom-out', 1) : 0,
    panAfterLive: args.includes('--pan-after-live'),
  };
}

const root = process.cwd();
const webAssets = join(root, 'dist', 'web', 'assets');
/** The browser window, as in the e2e tests (e2e/support/browser.ts). */
const windowSize = { width: 1280, height: 860 };
/** Frames the nodes and viewport must stay unchanged for first render to count as done. */
const stableFrames = 30;
const loadTimeoutMs = 60_000;
/** A real mouse reports its place about every 8 ms (125 Hz). */
const mousePaceMs = 8;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (values: number[]) => percentile(Float64Array.from(values).sort(), 50);
const kB = (bytes: number) => `${fixed(bytes / 1000, 1)} kB`;
const loadAverage = () =>
  `${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} (${cpus().length} CPUs)`;

// ---------------------------------------------------------------------------------------------
// Sizes

/** Each file's size and gzip size (zlib's default level, 6, as Vite's size report), by file name. */
function gzipOf(files: string[]): Map<string, { raw: number; gzip: number }> {
  return new Map(
    files.map((file) => {
      const bytes = readFileSync(file);
      return [basename(file), { raw: bytes.length, gzip: gzipSync(bytes).length }];
    }),
  );
}

function total(sizes: Iterable<{ raw: number; gzip: number }>): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const size of sizes) {
    raw += size.raw;
    gzip += size.gzip;
  }
  return { raw, gzip };
}

const jsIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(dir, f));

/**
 * Excalidraw's figure: the gzip size of its npm package's production build (dist/prod/*.js),
 * from a copy installed outside the project (`npm install --prefix /tmp/excali
 * @excalidraw/excalidraw`); without one, the figure that measurement gave on 2026-11-27.
 * Either way a lower bound of the excalidraw.com app: the package leaves out its npm
 * dependencies (roughjs, radix, jotai, …) and React, which the app bundles.
 */
function excalidrawFigure(dir: string): { gzip: number; source: string } {
  const pkg = join(dir, 'node_modules', '@excalidraw', 'excalidraw');
  if (existsSync(join(pkg, 'dist', 'prod'))) {
    const version = (JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string }).version;
    return {
      gzip: total(gzipOf(jsIn(join(pkg, 'dist', 'prod'))).values()).gzip,
      source: `measured now: npm package @excalidraw/excalidraw@${version}, dist/prod/*.js (from ${pkg})`,
    };
  }
  return {
    gzip: 1_055_256,
    source:
      'reference figure, not measured here: @excalidraw/excalidraw@0.18.1 dist/prod/*.js as measured on 2026-11-27 ' +
      `(install it with \`npm install --prefix ${dir} @excalidraw/excalidraw\` to measure)`,
  };
}

// ---------------------------------------------------------------------------------------------
// Servers

/** Serves the built bare page, and the graph at /graph.json, on 127.0.0.1. */
async function staticServer(dir: string, graphJson: string): Promise<{ server: Server; base: string }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/graph.json') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(graphJson);
      return;
    }
    const file = resolve(dir, `.${path}`);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function serverOf(child: ChildProcess, match: RegExp): Promise<string> {
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = match.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

interface Ours {
  child: ChildProcess;
  dataDir: string;
  base: string;
  boardId: string;
  boardTitle: string;
  workshopTitle: string;
  invite: string;
}

/** A workshop with one group whose map board is imported from the map file, served by `opencities serve`. */
async function startOurs(mapFile: string): Promise<Ours> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ocs-bench-map-'));
  const store = await openStore({ dataDir });
  const now = new Date();
  const made = await createWorkshop(
    store,
    {
      title: 'Map bench workshop',
      description: '',
      meetingLink: null,
      ownerId: null,
      groups: ['Group 1'],
      projects: [],
      boardsPerGroup: [],
    },
    now,
  );
  const board = await importBoardFile(store, {
    workshopId: made.workshop.id,
    file: { name: 'bench-map.json', data: mapFile },
    groupId: made.groups[0]?.id ?? null,
    now,
  });
  await store.close();
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_SERVER_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []),
      'bin/opencities.js',
      'serve',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--data',
      dataDir,
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const base = (await serverOf(child, /running at (http:\/\/localhost:\d+)/)).replace('localhost', '127.0.0.1');
  return {
    child,
    dataDir,
    base,
    boardId: board.id,
    boardTitle: board.title,
    workshopTitle: made.workshop.title,
    invite: made.invites.participant.code,
  };
}

// ---------------------------------------------------------------------------------------------
// Browser

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** Joins the workshop by its participant invite, as a person does (the join form), and keeps the session cookie. */
async function joinByInvite(browser: Browser, ours: Ours): Promise<StorageState> {
  const context = await browser.newContext({ viewport: windowSize });
  context.setDefaultTimeout(30_000);
  try {
    const page = await context.newPage();
    await page.goto(`${ours.base}/join/${ours.invite}`);
    await page.getByRole('heading', { level: 1, name: 'Join the workshop', exact: true }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Bench participant');
    await page.getByLabel('Organisation', { exact: true }).fill('Bench');
    await page.getByRole('button', { name: 'Join', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: ours.workshopTitle, exact: true }).waitFor();
    return await context.storageState();
  } finally {
    await context.close();
  }
}

/** Chromium's own counters (CDP Performance.getMetrics), in ms where they are durations. */
type Metrics = Record<string, number>;

async function metricsOf(cdp: Cdp): Promise<Metrics> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const out: Metrics = {};
  for (const m of metrics) out[m.name] = m.name.endsWith('Duration') ? m.value * 1000 : m.value;
  return out;
}

interface Load {
  firstRender: number;
  firstApp: number;
  firstNode: number;
  nodes: number;
  /**
   * Our board's document: its stored state over HTTP (GET /api/boards/:id/state) when the page
   * asked for it, otherwise (builds before that) the largest WebSocket message before first
   * render. When it arrived, its size, and the way it came.
   */
  document: { at: number; bytes: number; via: 'HTTP' | 'WebSocket' } | null;
  /** The map as the server read it (GET /api/boards/:id/map), which the page draws first: when it arrived, its size; null before it existed. */
  mapRead: { at: number; bytes: number } | null;
  /** The largest WebSocket message before first render, bytes (0 when none). */
  largestMessage: number;
  /** Renderer main thread until first render (plus the 30 stable frames), ms. */
  script: number;
  layout: number;
  style: number;
  heapMB: number;
  dom: ElementCounts;
  /** The JS files the page loaded (names). */
  scripts: string[];
  /** The editor's code (the MapEditor chunk) finished loading, ms; null for the bare page. */
  editorChunk: number | null;
  pane: { x: number; y: number; width: number; height: number };
  viewport: { x: number; y: number; zoom: number };
  /** Lock-step: each mouse move sent once the page has taken the one before. */
  pan: Pan;
  /** The same pan with a move every `mousePaceMs`, as a real mouse sends them. */
  pacedPan: Pan;
  errors: string[];
}

interface Pan {
  fps: number;
  /** Frames in which the viewport had moved since the frame before, per second. */
  movingFps: number;
  p95Frame: number;
  maxFrame: number;
  mouseMoves: number;
  /** Renderer main thread per second of panning, ms. */
  scriptPerSecond: number;
  layoutStylePerSecond: number;
  /** With --trace: ms per second of panning on the renderer's main thread, painting, and rasterising tiles. */
  threads?: ThreadTimes;
}

interface ThreadTimes {
  main: number;
  paint: number;
  raster: number;
}

type Cdp = Awaited<ReturnType<BrowserContext['newCDPSession']>>;
interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

/**
 * Records a Chromium trace until `stop`, which sums the time of the main thread's tasks, its
 * paint phase, and the raster tasks on the tile workers, per second of the recording.
 */
async function startTrace(cdp: Cdp): Promise<{ stop: () => Promise<ThreadTimes> }> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: object[] }) => {
    events.push(...(e.value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories: 'cc,blink,toplevel,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  const started = performance.now();
  return {
    async stop() {
      const seconds = (performance.now() - started) / 1000;
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', collect);
      const threads = new Map<string, string>();
      for (const e of events) if (e.name === 'thread_name' && e.args?.name) threads.set(`${e.pid}:${e.tid}`, e.args.name);
      const sum = (thread: string, name: string) =>
        events
          .filter((e) => e.ph === 'X' && e.name === name && threads.get(`${e.pid}:${e.tid}`) === thread)
          .reduce((t, e) => t + (e.dur ?? 0) / 1000, 0) / seconds;
      return {
        main: sum('CrRendererMain', 'RunTask'),
        paint: sum('CrRendererMain', 'LocalFrameView::RunPaintLifecyclePhase'),
        raster: sum('ThreadPoolForegroundWorker', 'RasterTask'),
      };
    },
  };
}

function parseTransform(transform: string): { x: number; y: number; zoom: number } {
  const m = /translate\(([-\d.e]+)px,\s*([-\d.e]+)px\)\s*scale\(([-\d.e]+)\)/.exec(transform);
  if (!m) throw new Error(`unexpected viewport transform "${transform}"`);
  return { x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]) };
}

/**
 * One page load in a fresh context: first render, then the pan. `profile` (a label): CPU
 * profiles of the load and of the pan (CDP Profiler) are summarised on stdout; the names are
 * the minified ones unless dist/web was built without minifying.
 */
async function measure(browser: Browser, url: string, o: Options, storageState?: StorageState, profile?: string): Promise<Load> {
  const context = await browser.newContext({ viewport: windowSize, ...(storageState ? { storageState } : {}) });
  context.setDefaultTimeout(loadTimeoutMs);
  try {
    // tsx compiles this file with esbuild's keepNames, which wraps functions in `__name(fn, "name")`
    // calls; the functions Playwright sends to the page as source need that helper there too.
    await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
    await context.addInitScript(installProbe, stableFrames);
    if (profile) await context.addInitScript(installCommitCounter);
    if (process.env.BENCH_OURS_CSS && url.includes('/b/'))
      await context.addInitScript({
        content: `document.addEventListener('DOMContentLoaded', () => { const s = document.createElement('style'); s.textContent = ${JSON.stringify(process.env.BENCH_OURS_CSS)}; document.head.append(s); });`,
      });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await page.goto(url);
    try {
      await page.waitForFunction(() => (window as unknown as { __mapBench: Probe }).__mapBench.done !== null, undefined, {
        polling: 250,
        timeout: loadTimeoutMs,
      });
    } catch (e) {
      const shot = join(tmpdir(), `ocs-bench-map-timeout-${Date.now()}.png`);
      await page.screenshot({ path: shot }).catch(() => {});
      const probe = await page
        .evaluate(() => JSON.stringify((window as unknown as { __mapBench?: Probe }).__mapBench ?? null))
        .catch(() => '?');
      throw new Error(
        `${url} never settled: ${(e as Error).message}\nprobe: ${probe}\nerrors: ${errors.join(' | ')}\nscreenshot: ${shot}`,
        {
          cause: e,
        },
      );
    }
    if (profile) {
      printProfile(`${profile}, first render`, (await cdp.send('Profiler.stop')).profile);
    }
    const probe = await page.evaluate(() => (window as unknown as { __mapBench: Probe }).__mapBench);
    const loaded = await metricsOf(cdp);
    const resources = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => ({
        name: e.name,
        end: (e as PerformanceResourceTiming).responseEnd,
        bytes: (e as PerformanceResourceTiming).encodedBodySize,
      })),
    );
    if (process.env.BENCH_TIMELINE && url.includes('/b/'))
      console.log(
        (
          await page.evaluate(() =>
            performance.getEntriesByType('resource').map((e) => {
              const r = e as PerformanceResourceTiming;
              return `${r.startTime.toFixed(0)} → ${r.requestStart.toFixed(0)} / ${r.responseStart.toFixed(0)} / ${r.responseEnd.toFixed(0)} ${new URL(r.name).pathname}`;
            }),
          )
        ).join('\n'),
      );
    const scripts = resources.filter((r) => new URL(r.name).pathname.endsWith('.js')).map((r) => basename(new URL(r.name).pathname));
    const editor = resources.find((r) => /\/MapEditor-[^/]+\.js$/.test(r.name));
    const largest = probe.messages.reduce<[number, number] | null>((a, m) => (!a || m[1] > a[1] ? m : a), null);
    const stored = resources.find((r) => /\/api\/boards\/[^/]+\/state$/.test(new URL(r.name).pathname));
    const document: Load['document'] = stored
      ? { at: stored.end, bytes: stored.bytes, via: 'HTTP' }
      : largest && { at: largest[0], bytes: largest[1], via: 'WebSocket' };
    const read = resources.find((r) => /\/api\/boards\/[^/]+\/map$/.test(new URL(r.name).pathname));
    const mapRead: Load['mapRead'] = read ? { at: read.end, bytes: read.bytes } : null;

    if (o.zoomOut > 0 && url.includes('/b/')) await zoomOut(page, o.zoomOut);
    // Since the map is drawn from the server's read, the board's document and Yjs arrive after
    // the first picture: by default the first pan meets them, as a person who pans at once does.
    if (o.panAfterLive && url.includes('/b/'))
      await page
        .getByRole('status')
        .filter({ hasText: /^Connection: Live: / })
        .first()
        .waitFor({ state: 'visible', timeout: loadTimeoutMs });
    const dom = await page.evaluate(countElements);
    const found = await page.evaluate(findPanSpot);
    const viewport = parseTransform(await page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform));
    if (!found.spot) throw new Error(`no empty spot on the pane of ${url} to press on for the pan`);
    if (profile) {
      await cdp.send('Profiler.start');
      await page.evaluate(setCommitCounting, true);
    }
    const tracing = o.trace ? await startTrace(cdp) : null;
    const pan = await panFor(page, cdp, found.spot, found.pane, o.seconds * 1000, null);
    if (tracing) pan.threads = await tracing.stop();
    if (profile) {
      printProfile(`${profile}, pan`, (await cdp.send('Profiler.stop')).profile);
      printCommits(`${profile}, pan`, await page.evaluate(setCommitCounting, false));
    }
    // The first pan may have left a node where it pressed: press on empty pane again.
    const again = await page.evaluate(findPanSpot);
    if (!again.spot) throw new Error(`no empty spot on the pane of ${url} to press on for the second pan`);
    const pacedPan = await panFor(page, cdp, again.spot, again.pane, o.seconds * 1000, mousePaceMs);
    return {
      firstRender: probe.done!,
      firstApp: probe.firstApp!,
      firstNode: probe.firstNode!,
      nodes: probe.count,
      document,
      mapRead,
      largestMessage: largest ? largest[1] : 0,
      script: loaded.ScriptDuration ?? NaN,
      layout: loaded.LayoutDuration ?? NaN,
      style: loaded.RecalcStyleDuration ?? NaN,
      heapMB: (loaded.JSHeapUsedSize ?? NaN) / 1e6,
      dom,
      scripts,
      editorChunk: editor ? editor.end : null,
      pane: found.pane,
      viewport,
      pan,
      pacedPan,
      errors,
    };
  } finally {
    await context.close();
  }
}

/** Presses our page's "Zoom out" `times`, each once the view has stopped moving, and waits until it has. */
async function zoomOut(page: Page, times: number): Promise<void> {
  const still = () =>
    page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
          let last = viewport.style.transform;
          let frames = 0;
          const check = () => {
            const now = viewport.style.transform;
            frames = now === last ? frames + 1 : 0;
            last = now;
            if (frames >= 20) resolve();
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        }),
    );
  for (let i = 0; i < times; i++) {
    await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
    await still();
  }
}

/**
 * Presses on the empty pane and drags for `ms` in a figure of eight (±30% of the pane's width
 * across, ±15% of its height up and down, once every 1.5 s), the pointer's place computed from
 * the time, so a page that takes longer per event gets fewer events, not a slower pan.
 * `paceMs` null: lock-step, each move sent once the page has taken the one before (Playwright's
 * `mouse.move`); a number: a move every `paceMs` whether or not the page has taken the last,
 * as a real mouse sends them (Chromium merges the moves that wait into one per frame).
 */
async function panFor(
  page: Page,
  cdp: Cdp,
  spot: { x: number; y: number },
  pane: { width: number; height: number },
  ms: number,
  paceMs: number | null,
): Promise<Pan> {
  const ax = pane.width * 0.3;
  const ay = pane.height * 0.15;
  const period = 1500;
  await page.mouse.move(spot.x, spot.y);
  const before = await metricsOf(cdp);
  await page.evaluate(startFrameRecorder);
  await page.mouse.down();
  const t0 = performance.now();
  let moves = 0;
  const sent: Promise<unknown>[] = [];
  for (let t = 0; t < ms; t = performance.now() - t0) {
    const phase = (2 * Math.PI * t) / period;
    const x = spot.x + ax * Math.sin(phase);
    const y = spot.y + ay * Math.sin(2 * phase);
    if (paceMs === null) await page.mouse.move(x, y);
    else {
      sent.push(page.mouse.move(x, y)); // not awaited: sent now, taken when the page can
      await sleep(paceMs);
    }
    moves++;
  }
  await Promise.all(sent);
  await page.mouse.up();
  const frames = await page.evaluate(stopFrameRecorder);
  const after = await metricsOf(cdp);
  const seconds = ms / 1000;
  const times = frames.map((f) => f[0]);
  const gaps = times.slice(1).map((t, i) => t - times[i]!);
  let moving = 0;
  for (let i = 1; i < frames.length; i++) if (frames[i]![1] !== frames[i - 1]![1]) moving++;
  const span = (times[times.length - 1]! - times[0]!) / 1000;
  const sortedGaps = Float64Array.from(gaps).sort();
  const delta = (name: string) => ((after[name] ?? NaN) - (before[name] ?? NaN)) / seconds;
  return {
    fps: (frames.length - 1) / span,
    movingFps: moving / span,
    p95Frame: percentile(sortedGaps, 95),
    maxFrame: sortedGaps[sortedGaps.length - 1] ?? NaN,
    mouseMoves: moves,
    scriptPerSecond: delta('ScriptDuration'),
    layoutStylePerSecond: delta('LayoutDuration') + delta('RecalcStyleDuration'),
  };
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** The functions (and scripts) with the most self time in a CPU profile. */
function printProfile(label: string, profile: CpuProfile): void {
  const byNode = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) byNode.set(samples[i]!, (byNode.get(samples[i]!) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  const byFunction = new Map<string, number>();
  const byScript = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = byNode.get(node.id) ?? 0;
    const { functionName, url, lineNumber } = node.callFrame;
    const script = url ? basename(new URL(url).pathname) : functionName || '(anonymous)';
    const name = url ? `${functionName || '(anonymous)'} ${script}:${lineNumber + 1}` : script;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    byScript.set(script, (byScript.get(script) ?? 0) + ms);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `    ${fixed(v).padStart(7)} ms  ${k}`)
      .join('\n');
  console.log(`\nCPU profile, ${label} (self time, renderer main thread):\n  by script:\n${top(byScript, 8)}`);
  console.log(`  by function:\n${top(byFunction, 15)}`);
}

/** What React did during a pan (installCommitCounter): a pan that only moves the view should commit nothing of the map. */
function printCommits(label: string, counts: CommitCounts | null): void {
  if (!counts) return console.log(`\nReact commits, ${label}: not counted (no React on the page?)`);
  const top = Object.entries(counts.byName)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([name, n]) => `${name} ${n}`)
    .join(', ');
  console.log(
    `\nReact commits, ${label} (lock-step): ${counts.commits} commits, ${counts.rendered} components rendered, ${counts.mounted} elements mounted` +
      (top ? `\n  most rendered: ${top}` : ''),
  );
}

// ---------------------------------------------------------------------------------------------
// The run

const builtAt = () => statSync(join(root, 'dist', 'web', 'index.html'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
let lastBuild = 0;

/**
 * Runs one page load; if it fails while dist/web was rebuilt (someone's `npm run build` on a
 * shared machine: the server then briefly has no app to serve), waits and runs it again, twice
 * at most.
 */
async function rebuildProof<T>(name: string, load: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    lastBuild ||= builtAt();
    try {
      return await load();
    } catch (e) {
      const now = builtAt();
      if (now === lastBuild || attempt > 2) throw e;
      console.log(`  ${name}: dist/web was rebuilt during this load (not by this bench); loading it again`);
      lastBuild = now;
      await sleep(3000);
    }
  }
}

const pages = ['ours', 'bare-visible', 'bare-all'] as const;
type PageName = (typeof pages)[number];
const pageLabels: Record<PageName, string> = {
  ours: 'ours: board page, joined by invite',
  'bare-visible': 'bare React Flow, onlyRenderVisibleElements (as ours)',
  'bare-all': 'bare React Flow, stock defaults (renders all)',
};

/**
 * "Lay out everything" as the editor asks it of the server (POST /api/boards/:id/layout, ELK
 * on the server's worker thread), timed from request to answer: every actor at the size it
 * has on the bare page, every flow with a typical label's box, as the editor sends them.
 */
async function timeLayout(ours: Ours, state: StorageState, map: EcosystemMap, aspectRatio: number): Promise<void> {
  const cookie = state.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const body = {
    actors: map.actors.map((a) => ({ id: a.id, ...nodeBox })),
    flows: map.flows.filter((f) => f.from !== f.to).map(({ from, to }) => ({ from, to, label: typicalFlowLabel })),
    aspectRatio,
  };
  const started = performance.now();
  const res = await fetch(`${ours.base}/api/boards/${ours.boardId}/layout`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(body),
  });
  const answer = (await res.json()) as { positions?: Record<string, unknown>; error?: { message: string } };
  const ms = performance.now() - started;
  // Printed, not thrown: on a busy machine the layout can reach the server's time limit, and the figures above still stand.
  if (!answer.positions) return console.log(`the layout request failed: ${res.status} ${answer.error?.message ?? ''}`);
  console.log(
    `automatic layout on the server ("Lay out everything"): ${Object.keys(answer.positions).length} actors placed in ${fixed(ms, 0)} ms (request to answer)`,
  );
}

export async function runMap(args: string[]): Promise<void> {
  const o = parse(args);
  if (!existsSync(join(root, 'dist', 'web', 'index.html')) || !existsSync(join(root, 'dist', 'cli', 'run.js')))
    throw new Error('The app is not built: run `npm run build` first (the bench serves dist/ with `opencities serve`).');
  const built = statSync(join(root, 'dist', 'web', 'index.html')).mtime;
  const newer = ['src/web', 'src/domain', 'src/doc', 'src/shared'].flatMap((dir) =>
    (readdirSync(join(root, dir), { recursive: true }) as string[])
      .filter((f) => statSync(join(root, dir, f)).mtime > built)
      .map((f) => join(dir, f)),
  );
  console.log(
    `map editor: ${o.actors} actors, ${o.flows} flows (seed ${o.seed}), ${o.rounds} rounds, ${o.seconds} s pan${o.panAfterLive ? ', ours panned once live' : ''}`,
  );
  console.log(`load average at start: ${loadAverage()}`);
  console.log(`web app built ${built.toISOString()} (dist/web)`);
  if (newer.length > 0)
    console.log(
      `  note: ${newer.length} source file(s) changed since that build (e.g. ${newer.slice(0, 3).join(', ')}); \`npm run build\` to measure them`,
    );

  // Sizes now, before any page loads: someone may rebuild dist/web during the run.
  const assets = gzipOf(jsIn(webAssets));
  const map = benchMap(o);
  const tmp = mkdtempSync(join(tmpdir(), 'ocs-bench-map-page-'));
  let ours: Ours | null = null;
  let browser: Browser | null = null;
  let statics: Server | null = null;
  try {
    await build({ ...bareConfig, configFile: false, logLevel: 'warn', build: { ...bareConfig.build, outDir: tmp, emptyOutDir: true } });
    const bareServer = await staticServer(tmp, JSON.stringify(bareGraph(map)));
    statics = bareServer.server;
    ours = await startOurs(writeMapFile(map));
    browser = await launchBrowser();
    console.log(`Chromium ${browser.version()}`);
    const state = await joinByInvite(browser, ours);
    const oursUrl = `${ours.base}/b/${ours.boardId}`;

    // Warm-up (the server's first load of the board, the disk cache), and the pane and view our editor opens with.
    const warm = await rebuildProof('ours', () => measure(browser!, oursUrl, o, state));
    const q = new URLSearchParams({
      width: String(warm.pane.width),
      height: String(warm.pane.height),
      x: String(warm.viewport.x),
      y: String(warm.viewport.y),
      zoom: String(warm.viewport.zoom),
    });
    const urls: Record<PageName, string> = {
      ours: oursUrl,
      'bare-visible': `${bareServer.base}/bare.html?${q}&visible=1`,
      'bare-all': `${bareServer.base}/bare.html?${q}&visible=0`,
    };
    const run = (name: PageName, profile?: string) =>
      rebuildProof(name, () => measure(browser!, urls[name], o, name === 'ours' ? state : undefined, profile));
    await run('bare-visible');
    await run('bare-all');
    console.log(
      `pane ${fixed(warm.pane.width, 0)}×${fixed(warm.pane.height, 0)} px, viewport x ${fixed(warm.viewport.x, 0)} y ${fixed(warm.viewport.y, 0)} zoom ${fixed(warm.viewport.zoom, 3)}`,
    );

    const results: Record<PageName, Load[]> = { ours: [], 'bare-visible': [], 'bare-all': [] };
    for (let round = 1; round <= o.rounds; round++) {
      const order = round % 2 === 1 ? [...pages] : [...pages].reverse();
      const line: string[] = [];
      for (const name of order) {
        const load = await run(name);
        results[name].push(load);
        if (load.errors.length > 0) console.log(`  ${name}: uncaught in the page: ${load.errors.join(' | ')}`);
        line.push(`${name} ${fixed(load.firstRender, 0)} ms / ${fixed(load.pan.fps)} fps`);
        await sleep(500);
      }
      console.log(`round ${round}: ${line.join(', ')}; load average ${loadAverage()}`);
    }

    if (o.zoomOut === 0) await timeLayout(ours, state, map, warm.pane.width / warm.pane.height);
    if (o.profile) {
      await run('ours', 'ours');
      await run('bare-visible', 'bare-visible');
    }
    report(o, results, ours, assets);
  } finally {
    await browser?.close();
    ours?.child.kill('SIGTERM');
    statics?.close();
    rmSync(tmp, { recursive: true, force: true });
    if (ours) rmSync(ours.dataDir, { recursive: true, force: true });
  }
}

function report(o: Options, results: Record<PageName, Load[]>, ours: Ours, assets: Map<string, { raw: number; gzip: number }>): void {
  const med = (name: PageName, pick: (l: Load) => number) => median(results[name].map(pick));
  const per = (name: PageName, pick: (l: Load) => number, digits = 0) => results[name].map((l) => fixed(pick(l), digits)).join(', ');

  console.log(
    '\n| page | first render ms (median) | each round | script / layout+style ms | elements | React Flow nodes |\n|---|---|---|---|---|---|',
  );
  for (const name of pages)
    console.log(
      `| ${pageLabels[name]} | ${fixed(
        med(name, (l) => l.firstRender),
        0,
      )} | ${per(name, (l) => l.firstRender)} | ` +
        `${fixed(
          med(name, (l) => l.script),
          0,
        )} / ${fixed(
          med(name, (l) => l.layout + l.style),
          0,
        )} | ` +
        `${fixed(
          med(name, (l) => l.dom.total),
          0,
        )} | ${fixed(
          med(name, (l) => l.nodes),
          0,
        )} |`,
    );
  console.log(
    `\n| page | mouse | pan fps (median) | each round | frames moving/s | p95 frame ms | worst frame ms | mouse moves | script / layout+style ms per s |\n|---|---|---|---|---|---|---|---|---|`,
  );
  const modes: [string, (l: Load) => Pan][] = [
    ['lock-step', (l) => l.pan],
    [`every ${mousePaceMs} ms`, (l) => l.pacedPan],
  ];
  for (const [mode, pan] of modes)
    for (const name of pages) {
      const m = (f: (p: Pan) => number, digits?: number) =>
        fixed(
          med(name, (l) => f(pan(l))),
          digits,
        );
      console.log(
        `| ${pageLabels[name]} | ${mode} | ${m((p) => p.fps)} | ${per(name, (l) => pan(l).fps, 1)} | ${m((p) => p.movingFps)} | ` +
          `${m((p) => p.p95Frame)} | ${m((p) => p.maxFrame)} | ${m((p) => p.mouseMoves, 0)} | ` +
          `${m((p) => p.scriptPerSecond, 0)} / ${m((p) => p.layoutStylePerSecond, 0)} |`,
      );
    }

  if (o.trace) {
    console.log(
      '\nwhere a lock-step pan goes (--trace; ms per second of panning, medians): main thread / of it painting / tile raster on the workers',
    );
    for (const name of pages) {
      const t = (pick: (t: ThreadTimes) => number) =>
        fixed(
          med(name, (l) => (l.pan.threads ? pick(l.pan.threads) : NaN)),
          0,
        );
      console.log(`  ${pageLabels[name]}: ${t((x) => x.main)} / ${t((x) => x.paint)} / ${t((x) => x.raster)}`);
    }
  }

  const doc = results.ours.map((l) => l.document).filter((d) => d !== null);
  const read = results.ours.map((l) => l.mapRead).filter((d) => d !== null);
  console.log(
    `\nours, first render (medians, ms from navigation start): editor code loaded ${fixed(median(results.ours.map((l) => l.editorChunk ?? NaN)), 0)}, ` +
      `React Flow mounted ${fixed(
        med('ours', (l) => l.firstApp),
        0,
      )}, ` +
      (read.length > 0
        ? `map read by the server received ${fixed(median(read.map((d) => d.at)), 0)} (${kB(median(read.map((d) => d.bytes)))}), `
        : '') +
      `board document received ${fixed(median(doc.map((d) => d.at)), 0)} (${kB(median(doc.map((d) => d.bytes)))} over ${doc[0]?.via ?? '-'}; ` +
      `largest WebSocket message before first render ${kB(median(results.ours.map((l) => l.largestMessage)))}), ` +
      `first node ${fixed(
        med('ours', (l) => l.firstNode),
        0,
      )}, all visible nodes ${fixed(
        med('ours', (l) => l.firstRender),
        0,
      )}; JS heap ${fixed(med('ours', (l) => l.heapMB))} MB`,
  );
  console.log(
    `bare (onlyRenderVisibleElements): React Flow mounted ${fixed(
      med('bare-visible', (l) => l.firstApp),
      0,
    )}, first node ${fixed(
      med('bare-visible', (l) => l.firstNode),
      0,
    )}, ` +
      `all visible nodes ${fixed(
        med('bare-visible', (l) => l.firstRender),
        0,
      )}`,
  );

  console.log('\nelements after first render (medians): total / in nodes / in edges / in edge labels / outside the viewport');
  for (const name of pages) {
    const d = (pick: (c: ElementCounts) => number) =>
      fixed(
        med(name, (l) => pick(l.dom)),
        0,
      );
    console.log(
      `  ${pageLabels[name]}: ${d((c) => c.total)} / ${d((c) => c.nodes)} / ${d((c) => c.edges)} / ${d((c) => c.edgeLabels)} / ${d((c) => c.outside)}`,
    );
  }

  const app = total(assets.values());
  const loaded = [...new Set(results.ours.flatMap((l) => l.scripts))];
  const board = total(loaded.flatMap((f) => assets.get(f) ?? []));
  const now = new Set(readdirSync(webAssets).filter((f) => f.endsWith('.js')));
  if (now.size !== assets.size || [...assets.keys()].some((f) => !now.has(f)) || loaded.some((f) => !assets.has(f)))
    console.log('\nnote: dist/web was rebuilt during the run (not by this bench): rounds may have loaded different builds');
  const excalidraw = excalidrawFigure(o.excalidraw);
  console.log(
    `\nJavaScript, gzip (node:zlib, default level): whole app ${kB(app.gzip)} (${assets.size} files in dist/web/assets, ${kB(app.raw)} raw); ` +
      `what a map board page loads ${kB(board.gzip)} (${loaded.filter((f) => assets.has(f)).length} files)`,
  );
  const largest = [...assets].sort((a, b) => b[1].gzip - a[1].gzip).slice(0, 3);
  console.log(`  largest: ${largest.map(([f, size]) => `${f} ${kB(size.gzip)}`).join(', ')}`);
  console.log(`Excalidraw: ${kB(excalidraw.gzip)} — ${excalidraw.source}; a lower bound of its app (no dependencies, no React)`);

  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const fpsRatio = med('ours', (l) => l.pan.fps) / med('bare-visible', (l) => l.pan.fps);
  const fpsRatioAll = med('ours', (l) => l.pan.fps) / med('bare-all', (l) => l.pan.fps);
  const renderRatio = med('ours', (l) => l.firstRender) / med('bare-visible', (l) => l.firstRender);
  const renderRatioAll = med('ours', (l) => l.firstRender) / med('bare-all', (l) => l.firstRender);
  const sizeRatio = app.gzip / excalidraw.gzip;
  console.log('\ntargets (medians; against the bare page that also renders only what is visible, stock defaults in brackets):');
  console.log(`  pan fps ≥ 0.8 × bare: ${fixed(fpsRatio, 2)} × (${fixed(fpsRatioAll, 2)} ×) — ${verdict(fpsRatio >= 0.8)}`);
  // A frame is counted whether or not the view moved in it; what a person sees move is the other.
  const moving = (page: Parameters<typeof med>[0]) => med(page, (l) => l.pan.movingFps);
  console.log(
    `    of which the view moved on ${fixed(moving('ours'), 1)} frames/s against ${fixed(moving('bare-visible'), 1)}: ` +
      `${fixed(moving('ours') / moving('bare-visible'), 2)} × (${fixed(moving('ours') / moving('bare-all'), 2)} ×), with lock-step mouse moves`,
  );
  // A real mouse does not wait for the page: moves that arrive during a frame are merged.
  const paced = (page: Parameters<typeof med>[0]) => med(page, (l) => l.pacedPan.movingFps);
  console.log(
    `    with a move every ${mousePaceMs} ms, as a real mouse: the view moved on ${fixed(paced('ours'), 1)} frames/s against ${fixed(paced('bare-visible'), 1)}: ` +
      `${fixed(paced('ours') / paced('bare-visible'), 2)} × (${fixed(paced('ours') / paced('bare-all'), 2)} ×), what a person sees move`,
  );
  console.log(`  first render ≤ 1.2 × bare: ${fixed(renderRatio, 2)} × (${fixed(renderRatioAll, 2)} ×) — ${verdict(renderRatio <= 1.2)}`);
  console.log(`  whole-app JS gzip ≈ 0.5 × Excalidraw or less: ${fixed(sizeRatio, 2)} × — ${verdict(sizeRatio <= 0.5)}`);
  console.log(`load average at end: ${loadAverage()}; board ${ours.boardId} "${ours.boardTitle}"`);
}

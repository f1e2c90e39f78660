/**
 * `npm run bench -- atlas-view [--maps 50] [--actors 200] [--flows 600] [--shared 20] [--seed 1]
 *                               [--rounds 3] [--seconds 3]`
 *
 * How fast does the city atlas view draw and pan a big city? The atlas of benchAtlasMaps (50
 * project maps of 200 actors: about 10,000 actors and 30,000 flows) is built here once with
 * buildAtlas, as GET /api/atlas/picture and GET /api/atlas answer it. Ours: the built app
 * (dist/web, so `npm run build` first) served by a static server in this process, which also
 * gives the API answers (/api/me, /api/atlas/picture, /api/atlas) from memory over HTTP, as the bare page's server gives its graph, both gzipped to a
 * browser that takes gzip as our server sends its kept answers, so only the view is measured (answers fulfilled through Playwright's routes crossed the DevTools protocol, a
 * cost the bare page did not pay); Chromium opens /atlas?city=.
 * Anchor: a bare sigma.js page (bench/atlasView/bare.ts, built here with Vite into a temporary
 * folder) with the same nodes, edges, colours and sizes, the view's sigma settings and its
 * graph box's size, laid out as the view's layout worker lays it out, in the same run.
 *
 * First render: navigation start → the start of the frame after sigma's first drawn one, when that
 * frame has been made (the `atlas-first-render` mark, frameShown.ts; until the nineteenth session
 * the start of the drawn frame, before software WebGL made it: 1.3–1.8 s earlier),
 * measured twice per page and round: in a Chromium with nothing attached (plainChromium.ts: as a
 * person's browser runs; the target's figure) and under Playwright, whose DevTools protocol made
 * reading our 13.5 MB answer about three times slower, and the bare page's graph too.
 * Pan: after ours finished its layout, a `--seconds` mouse drag on the graph (a figure of eight,
 * the pointer's place a function of time, each move awaited); frames counted with
 * requestAnimationFrame, and a frame counts as moved when sigma's camera differs from the frame
 * before. Every load is a fresh browser context; rounds alternate the order of the pages.
 * BENCH_TIMELINE=1 prints our page's requests (Resource Timing) and BENCH_PROFILE=1 where its
 * main thread spent the first render (a CPU profile, also written to $TMPDIR/atlas-view.cpuprofile): to find where the time goes, not results.
 * Results: docs/benchmarks.md.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../e2e/support/browser.js';
import { type Browser } from 'playwright-core';
import { build } from 'vite';
import { buildAtlas } from '../src/domain/atlas/index.js';
import { atlasAnswer, atlasPictureAnswer } from '../src/server/services/cityAtlas.js';
import type { AtlasPictureAnswer } from '../src/web/atlas/atlasData.js';
import { atlasGraph, edgeIndexes, paintGraph, positionsOf, applyPositions } from '../src/web/atlas/atlasGraph.js';
import { layoutPositions } from '../src/web/atlas/atlasLayout.js';
import { benchAtlasMaps } from './atlas.js';
import { PlainChromium, reporterTag } from './plainChromium.js';
import bareConfig from './atlasView/vite.config.js';
import { wholeNumberOptions } from './options.js';
import { fixed, summarize } from './stats.js';

interface Options {
  maps: number;
  actors: number;
  flows: number;
  shared: number;
  seed: number;
  rounds: number;
  seconds: number;
}

const defaults: Options = { maps: 50, actors: 200, flows: 600, shared: 20, seed: 1, rounds: 3, seconds: 3 };
const usage =
  'usage: npm run bench -- atlas-view [--maps 50] [--actors 200] [--flows 600] [--shared 20] [--seed 1] [--rounds 3] [--seconds 3]';
const webDir = resolve(import.meta.dirname, '../dist/web');
const city = 'Coventry';
/** The mark both pages set on the frame that first shows the graph. */
const firstRenderMark = 'atlas-first-render';
/** Both pages' viewport, in Playwright and in the plain browser alike. */
const viewport = { width: 1280, height: 800 };

/**
 * Serves `dir`; a path without a file extension gets index.html (the app's routes). `answers`
 * gives fixed bodies by path: the bare page's /graph.json, our page's API (/api/me,
 * /api/atlas/picture, /api/atlas), each over HTTP from this process alike, any other /api/ path a 404. Each HTML
 * page gets the first-render reporter of `plain` (plainChromium.ts).
 */
async function staticServer(
  dir: string,
  plain: PlainChromium,
  answers: Record<string, string> = {},
): Promise<{ server: Server; base: string }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
  // Both pages' JSON goes gzipped to a browser that takes it, as our server sends its kept answers (src/server/http/sendKeptJson.ts).
  const zipped = new Map(Object.entries(answers).map(([path, body]) => [path, gzipSync(body)]));
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (plain.serve(path, req, res)) return;
    const answer = answers[path];
    if (answer !== undefined && /\bgzip\b/.test(String(req.headers['accept-encoding'])))
      return void res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(zipped.get(path));
    if (answer !== undefined) return void res.writeHead(200, { 'content-type': 'application/json' }).end(answer);
    if (path.startsWith('/api/'))
      return void res
        .writeHead(404, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { code: 'NOT_FOUND', message: 'not in the bench' } }));
    let file = resolve(dir, `.${path}`);
    if (!extname(path)) file = join(dir, 'index.html');
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
    const content = extname(file) === '.html' ? readFileSync(file, 'utf8').replace('</head>', `${reporterTag}</head>`) : readFileSync(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(content);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

interface Seeded {
  /** GET /api/atlas/picture's and GET /api/atlas's answers, as the server writes them. */
  pictureJson: string;
  answerJson: string;
  /** The bare page's graph. */
  graphJson: string;
  actors: number;
  flows: number;
}

/** Our page's API: a signed-in facilitator, the atlas's picture and the rest of the atlas. */
function ourApi({ pictureJson, answerJson }: Seeded): Record<string, string> {
  const me = { signedIn: true, account: { id: 'ac_bench', name: 'Bench', email: 'bench@example.org', isAdmin: false } };
  return { '/api/me': JSON.stringify(me), '/api/atlas/picture': pictureJson, '/api/atlas': answerJson };
}

/** The atlas as the API answers it, and the bare page's graph (the view's nodes, laid out as its worker does). */
function seed(o: Options): Seeded {
  const built = { atlas: buildAtlas(city, benchAtlasMaps({ ...o, runs: 1 }), []), leftOut: [] };
  const pictureJson = atlasPictureAnswer(built, 'bench');
  const picture = JSON.parse(pictureJson) as AtlasPictureAnswer;
  const graph = atlasGraph(picture);
  paintGraph(graph, picture, 'type', 'degree');
  applyPositions(graph, layoutPositions(positionsOf(graph), edgeIndexes(graph)));
  const bare = { nodes: graph.mapNodes((key, a) => [key, a]), edges: graph.mapEdges((key, _a, s, t) => [key, s, t]) };
  const answerJson = atlasAnswer(built, [], 'bench');
  return { pictureJson, answerJson, graphJson: JSON.stringify(bare), actors: graph.order, flows: graph.size };
}

interface Load {
  firstRender: number;
  /** The same page's first render in a Chromium with no DevTools protocol attached (plainChromium.ts). */
  plainFirstRender: number;
  fps: number;
  moving: number;
}

/** One page load: first render, then (after ours laid out) the pan. */
async function measure(browser: Browser, url: string, o: Options, ours: boolean, box: string): Promise<Omit<Load, 'plainFirstRender'>> {
  const context = await browser.newContext({ viewport });
  try {
    // tsx keeps function names with `__name(fn, "name")` calls; functions sent to the page need the helper too.
    await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`  page error on ${url}: ${e.message}`));
    const cdp = process.env.BENCH_PROFILE && ours ? await context.newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await page.goto(url);
    await page
      .waitForFunction(() => performance.getEntriesByName('atlas-first-render').length > 0, null, { timeout: 120_000 })
      .catch(async (e: Error) => {
        throw new Error(`${url} drew nothing: ${e.message}\n${(await page.textContent('body'))?.slice(0, 400)}`);
      });
    const firstRender = await page.evaluate(() => performance.getEntriesByName('atlas-first-render')[0]!.startTime);
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop');
      // The whole profile too, for Chromium's DevTools (Performance, load profile).
      writeFileSync(join(tmpdir(), 'atlas-view.cpuprofile'), JSON.stringify(profile));
      const self = new Map<string, number>();
      const at = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
      (profile.samples ?? []).forEach((id, i) => {
        const f = at.get(id)!;
        const name = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
        self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas?.[i + 1] ?? 0) / 1000);
      });
      for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
    }
    if (process.env.BENCH_TIMELINE && ours)
      console.log(
        (
          await page.evaluate(() =>
            performance.getEntriesByType('resource').map((e) => {
              const r = e as PerformanceResourceTiming;
              return `${r.startTime.toFixed(0)} → ${r.requestStart.toFixed(0)} / ${r.responseStart.toFixed(0)} / ${r.responseEnd.toFixed(0)} ${new URL(r.name).pathname} ${r.encodedBodySize}`;
            }),
          )
        ).join('\n'),
      );
    if (ours) await page.waitForFunction(() => document.body.dataset.atlasLayout === 'done', null, { timeout: 120_000 });
    await page.waitForTimeout(500);
    const rect = (await page.locator(box).boundingBox())!;
    const [cx, cy] = [rect.x + rect.width / 2, rect.y + rect.height / 2];
    await page.evaluate(() => {
      const w = window as unknown as { frames_: [number, string][]; stop_: boolean; atlasSigma: { getCamera(): { getState(): object } } };
      w.frames_ = [];
      w.stop_ = false;
      const tick = (now: number) => {
        w.frames_.push([now, JSON.stringify(w.atlasSigma.getCamera().getState())]);
        if (!w.stop_) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    const start = Date.now();
    while (Date.now() - start < o.seconds * 1000) {
      const t = (Date.now() - start) / 1500;
      await page.mouse.move(cx + Math.sin(2 * Math.PI * t) * rect.width * 0.2, cy + Math.sin(4 * Math.PI * t) * rect.height * 0.15);
    }
    await page.mouse.up();
    const frames = await page.evaluate(() => {
      const w = window as unknown as { frames_: [number, string][]; stop_: boolean };
      w.stop_ = true;
      return w.frames_;
    });
    const span = (frames.at(-1)![0] - frames[0]![0]) / 1000;
    let moved = 0;
    for (let i = 1; i < frames.length; i++) if (frames[i]![1] !== frames[i - 1]![1]) moved++;
    return { firstRender, fps: (frames.length - 1) / span, moving: moved / span };
  } finally {
    await context.close();
  }
}

export async function runAtlasView(args: string[]): Promise<void> {
  const o = wholeNumberOptions(args, defaults, usage);
  if (!existsSync(join(webDir, 'index.html')))
    throw new Error('The app is not built: run `npm run build` first (the bench serves dist/web).');
  const seeded = seed(o);
  const { graphJson, actors, flows } = seeded;
  const tmp = mkdtempSync(join(tmpdir(), 'bench-atlas-view-'));
  const servers: Server[] = [];
  let browser: Browser | null = null;
  let plain: PlainChromium | null = null;
  try {
    await build({ ...bareConfig, configFile: false, logLevel: 'warn', build: { ...bareConfig.build, outDir: tmp, emptyOutDir: true } });
    plain = new PlainChromium(firstRenderMark, viewport);
    const ours = await staticServer(webDir, plain, ourApi(seeded));
    const bare = await staticServer(tmp, plain, { '/graph.json': graphJson });
    servers.push(ours.server, bare.server);
    browser = await launchBrowser();
    // The bare page's box is the size of ours: measured on one load of ours.
    const probe = await browser.newContext({ viewport });
    const page = await probe.newPage();
    await page.goto(`${ours.base}/atlas?city=${city}`);
    const size = (await (await page.waitForSelector('.atlas-graph', { timeout: 120_000 })).boundingBox())!;
    await probe.close();
    const urls = {
      ours: `${ours.base}/atlas?city=${city}`,
      bare: `${bare.base}/bare.html?width=${Math.round(size.width)}&height=${Math.round(size.height)}`,
    };
    const results: Record<'ours' | 'bare', Load[]> = { ours: [], bare: [] };
    const plainViewports = new Set<string>();
    await plain.start(urls.bare);
    for (let round = 0; round < o.rounds; round++) {
      const order = round % 2 === 0 ? (['ours', 'bare'] as const) : (['bare', 'ours'] as const);
      for (const name of order) {
        const load = await measure(browser, urls[name], o, name === 'ours', name === 'ours' ? '.atlas-graph' : '#graph');
        const mark = await plain.load(urls[name]);
        plainViewports.add(mark.viewport);
        results[name].push({ ...load, plainFirstRender: mark.ms });
      }
    }
    report(o, results, actors, flows, size, [...plainViewports]);
    const mb = (text: string) => `${fixed(Buffer.byteLength(text) / 1e6, 1)} MB (${fixed(gzipSync(text).length / 1e6, 2)} MB gzip)`;
    console.log(
      `  answers: our picture ${mb(seeded.pictureJson)}, asked for first; the rest ${mb(seeded.answerJson)}, after the picture; the bare page's graph ${mb(graphJson)}`,
    );
  } finally {
    await browser?.close();
    await plain?.close();
    for (const s of servers) s.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

function report(
  o: Options,
  results: Record<'ours' | 'bare', Load[]>,
  actors: number,
  flows: number,
  size: { width: number; height: number },
  plainViewports: string[],
): void {
  const med = (name: 'ours' | 'bare', f: (l: Load) => number) => summarize(results[name].map(f)).p50;
  const [load1, load5] = loadavg();
  console.log(
    `atlas view: ${o.maps} maps × ${o.actors} actors → ${actors} atlas actors, ${flows} flows; graph box ${Math.round(size.width)}×${Math.round(size.height)}`,
  );
  console.log(
    `\n| page | first render ms, no DevTools attached (median) | each round | under Playwright (median) | each round | pan fps | frames moving/s |\n|---|---|---|---|---|---|---|`,
  );
  for (const name of ['ours', 'bare'] as const) {
    const label = name === 'ours' ? 'atlas view' : 'bare sigma.js';
    const rounds = (f: (l: Load) => number) => `${fixed(med(name, f))} | ${results[name].map((l) => fixed(f(l))).join(', ')}`;
    console.log(
      `| ${label} | ${rounds((l) => l.plainFirstRender)} | ${rounds((l) => l.firstRender)} | ${fixed(
        med(name, (l) => l.fps),
        1,
      )} | ${fixed(
        med(name, (l) => l.moving),
        1,
      )} |`,
    );
  }
  const render = med('bare', (l) => l.plainFirstRender) / med('ours', (l) => l.plainFirstRender);
  const renderDriven = med('bare', (l) => l.firstRender) / med('ours', (l) => l.firstRender);
  const moving = med('ours', (l) => l.moving) / med('bare', (l) => l.moving);
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log(`\ntargets (medians, speed of ours against bare sigma.js in the same run, ≥ 0.9 ×):`);
  console.log(
    `  first render, no DevTools attached (as a person's browser): ${fixed(render, 2)} × (bare ms ÷ ours ms) — ${verdict(render >= 0.9)}`,
  );
  console.log(`  first render under Playwright (the DevTools protocol attached): ${fixed(renderDriven, 2)} × — not the target's figure`);
  console.log(`  frames on which the view moved during the pan: ${fixed(moving, 2)} × — ${verdict(moving >= 0.9)}`);
  console.log(
    `  no-DevTools pages drawn at ${plainViewports.join(', ')} · ${o.rounds} rounds, ${o.seconds} s pans · node ${process.version} · load ${fixed(load1!, 2)} / ${fixed(load5!, 2)} (1 / 5 min)`,
  );
}

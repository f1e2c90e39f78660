import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { runApp, signInFacilitator, type App } from './support/app.js';
import { browserTestMs, newPerson, screenshot, visible, waitMs } from './support/browser.js';
import { cityWorkshop } from './support/cityAtlas.js';

const longName = 'Coventry and Warwickshire Local Enterprise Partnership Data Office';

/** Two projects of Coventry whose maps share two organisations; one actor with a name longer than a phone is wide. */
async function coventry(app: App): Promise<void> {
  const maps = [
    ['Air quality sensors', [longName, 'West Midlands Fire Service', 'University of Warwick', 'Sensor Co', 'Clean Air Trust']],
    ['Smart bins', ['Sensor Co', 'Clean Air Trust', 'Bins Ltd', 'Recycling Network', 'Coventry Chamber of Commerce']],
  ] as const;
  for (const [i, [project, names]] of maps.entries())
    await cityWorkshop(
      app,
      `Day ${i + 1}`,
      project,
      names,
      names.slice(1).map((_, j) => ({ from: 0, to: j + 1, kind: j % 2 ? 'money' : 'data' })),
      (j) => ({ x: j * 200, y: (j % 2) * 150 }),
    );
}

async function openAtlas(page: Page, app: App): Promise<void> {
  await signInFacilitator(page, app);
  await page.getByRole('link', { name: 'City atlas: Coventry' }).click();
  // The first opening builds the atlas on a worker thread that starts then: on a busy machine that took over `waitMs`.
  await page
    .getByRole('table')
    .first()
    .waitFor({ timeout: 4 * waitMs });
  await page.waitForFunction(() => document.body.dataset.atlasLayout === 'done');
}

type Box = { x: number; y: number; width: number; height: number };

/** Where the shown actors are drawn, relative to the graph's box (0–1 each way), from sigma's own display data. */
function shownActorsFrame(page: Page) {
  return page.evaluate(() => {
    type Sigma = {
      getGraph(): { nodes(): string[] };
      getNodeDisplayData(n: string): { x: number; y: number; hidden?: boolean } | undefined;
      framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
      getDimensions(): { width: number; height: number };
    };
    const sigma = (window as unknown as { atlasSigma: Sigma }).atlasSigma;
    const { width, height } = sigma.getDimensions();
    const points = sigma
      .getGraph()
      .nodes()
      .map((n) => sigma.getNodeDisplayData(n))
      .filter((d): d is { x: number; y: number } => d !== undefined && !d.hidden)
      .map((d) => sigma.framedGraphToViewport(d));
    const xs = points.map((p) => p.x / width);
    const ys = points.map((p) => p.y / height);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    return { centre: [(minX + maxX) / 2, (minY + maxY) / 2], inside: minX > 0.02 && minY > 0.02 && maxX < 0.98 && maxY < 0.98 };
  });
}

/** Whether sigma's label layer has anything drawn at all, and in its rightmost `columns` px. */
function labelsDrawn(page: Page, columns: number) {
  return page.evaluate((columns) => {
    const sigma = (window as unknown as { atlasSigma: { getCanvases(): Record<string, HTMLCanvasElement> } }).atlasSigma;
    const canvas = sigma.getCanvases().labels!;
    const context = canvas.getContext('2d')!;
    const inked = (x: number, w: number) => {
      const pixels = context.getImageData(x, 0, w, canvas.height).data;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) return true;
      return false;
    };
    const edge = Math.ceil(columns * (canvas.width / canvas.clientWidth));
    return { any: inked(0, canvas.width), atRightEdge: inked(canvas.width - edge, edge) };
  }, columns);
}

describe.runIf(browserAvailable())(`the city atlas view's layout (Chromium at ${chromiumPath})`, () => {
  const running = runApp();
  beforeAll(() => coventry(running.app));

  it(
    'the zoom buttons sit above the graph, not over its actors; a filter brings what is left into view, clearing it shows all',
    async () => {
      const { page, context } = await newPerson(running.browser);
      try {
        await page.setViewportSize({ width: 1280, height: 800 });
        await openAtlas(page, running.app);
        const zoom = (await page.getByRole('group', { name: 'Zoom the graph' }).boundingBox()) as Box;
        const graph = (await page.getByTestId('atlas-graph').boundingBox()) as Box;
        expect(zoom.y + zoom.height).toBeLessThanOrEqual(graph.y);

        await page.getByLabel('Project', { exact: true }).selectOption({ label: 'Smart bins' });
        await visible(page.getByText('5 actors and 4 flows shown'));
        // The camera moves (an animation) until what is left is centred in the box.
        await expect
          .poll(async () => (await shownActorsFrame(page)).centre.map((c) => Math.round(Math.abs(c - 0.5) * 10)), { timeout: 5000 })
          .toEqual([0, 0]);
        expect((await shownActorsFrame(page)).inside).toBe(true);
        await screenshot(page, 'atlas-filtered');
        await page.getByLabel('Project', { exact: true }).selectOption({ label: 'Any' });
        await visible(page.getByText('8 actors and 8 flows shown'));
      } finally {
        await context.close();
      }
    },
    browserTestMs,
  );

  it(
    'on a phone, a label longer than the graph is wide stays inside it',
    async () => {
      const { page, context } = await newPerson(running.browser);
      try {
        await page.setViewportSize({ width: 390, height: 844 });
        await openAtlas(page, running.app);
        // A search brings the actor's label out whatever its size.
        await page.getByLabel('Search actors').fill('Enterprise');
        await visible(page.getByText('1 actor matches'));
        await expect.poll(() => labelsDrawn(page, 6), { timeout: 5000 }).toEqual({ any: true, atRightEdge: false });
        await page.getByTestId('atlas-graph').screenshot({ path: 'test-results/e2e/atlas-phone-labels.png' });
      } finally {
        await context.close();
      }
    },
    browserTestMs,
  );
});

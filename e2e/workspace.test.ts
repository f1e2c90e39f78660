import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { boardLive, joinDemo, openMapBoard, runApp, signInFacilitator } from './support/app.js';
import { browserTestMs, mainHeading, newPerson, pageErrors, screenshot, seriousAxeViolations, visible, waitMs } from './support/browser.js';
import { area, boxOf, overlap, type Box } from './support/boxes.js';
import { canvasBoard } from './support/canvas.js';
import { participantsOf } from './support/live.js';
import { mapCanvas } from './support/map.js';

/**
 * The share of the window the map's drawing area takes: the canvas's box inside the window,
 * less what the side panel covers of it (on a phone the panel lies over the map).
 */
async function drawingShare(page: Page): Promise<number> {
  const screen = page.viewportSize()!;
  const window: Box = { x: 0, y: 0, width: screen.width, height: screen.height };
  const canvas = overlap((await mapCanvas(page).boundingBox())!, window);
  const panel = page.getByRole('complementary', { name: 'Board panel' });
  const covered = (await panel.isVisible()) ? area(overlap(canvas, (await panel.boundingBox())!)) : 0;
  return (area(canvas) - covered) / area(window);
}

/** Nothing on the page is wider than the window (no sideways scrolling). */
async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

const sizes = [
  { width: 1280, height: 800, closed: 0.75, open: 0.55 },
  { width: 1920, height: 1080, closed: 0.75, open: 0.55 },
  // On a phone the open panel covers the map under its row of tools; closing it gives the map back.
  { width: 390, height: 844, closed: 0.75, open: 0 },
] as const;

describe.runIf(browserAvailable())(`every board is a full-window workspace (Chromium at ${chromiumPath})`, () => {
  const live = runApp();

  for (const size of sizes) {
    it(
      `at ${size.width} × ${size.height} the map takes the window under one slim header, with the panel closed and open`,
      async () => {
        const { context, page } = await newPerson(live.browser, { bypassCSP: true });
        await page.setViewportSize({ width: size.width, height: size.height });
        await joinDemo(page, live.app, 'participant', 'Amira Haddad', 'City Council data team');
        await openMapBoard(page, live.app);
        await visible(mapCanvas(page));
        const panel = page.getByRole('complementary', { name: 'Board panel' });
        const close = page.getByRole('button', { name: 'Close the panel' });
        const open = page.getByRole('button', { name: 'Panel', exact: true });

        // Open: the Details tab beside the map (over its lower part on a phone).
        if (!(await panel.isVisible())) await open.click();
        await visible(page.getByRole('tab', { name: 'Details', selected: true }));
        const withPanel = await drawingShare(page);
        expect(withPanel).toBeGreaterThanOrEqual(size.open);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        expect(await seriousAxeViolations(page)).toEqual([]);
        await screenshot(page, `workspace-map-${size.width}-panel-open`);

        // The legend and the notes are tabs of the same panel, not more page below the map.
        await page.getByRole('tab', { name: 'Legend' }).click();
        await visible(panel.getByRole('heading', { name: 'Legend' }));
        await page.getByRole('tab', { name: 'Notes' }).click();
        await visible(panel.getByLabel('Add a note', { exact: true }));

        await close.click();
        await expect.poll(() => panel.count()).toBe(0);
        const closed = await drawingShare(page);
        expect(closed).toBeGreaterThanOrEqual(size.closed);
        expect(closed).toBeGreaterThan(withPanel - 0.001);
        // Nothing below the map: the page itself does not scroll.
        expect(await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(0);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        // The tools float over the map, inside the window.
        const tools = await boxOf(page.getByRole('group', { name: 'Map tools' }));
        expect(tools.y + tools.height).toBeLessThanOrEqual(size.height);
        // A notice at the map's foot sits between the zoom buttons and the minimap, over neither
        // (on a phone, above the minimap). This board is empty: the layout says so.
        const more = page.getByRole('button', { name: 'More', exact: true });
        if (await more.isVisible()) await more.click();
        await page.getByRole('button', { name: 'Layout' }).click();
        await page.getByRole('button', { name: /^Lay out everything/ }).click();
        const notice = await boxOf(
          page.locator('.map-float-notices').getByText('There are no actors on this map yet: add one with + Actor, or press A.'),
        );
        for (const corner of [page.locator('.map-overview'), page.locator('.react-flow__controls')])
          expect(area(overlap(notice, await boxOf(corner)))).toBe(0);
        await screenshot(page, `workspace-map-${size.width}-panel-closed`);
        console.log(`drawing area at ${size.width}×${size.height}: panel open ${withPanel.toFixed(3)}, closed ${closed.toFixed(3)}`);
        expect(pageErrors(page)).toEqual([]);
        await context.close();
      },
      browserTestMs,
    );
  }

  it(
    'the canvas and reflection boards fill the window too, without sideways scrolling, on a laptop and a phone',
    async () => {
      const demo = live.app.demo;
      const group = demo.groups[0]!.id;
      const boards = [
        canvasBoard(live.app),
        ...demo.boards.filter((b) => b.groupId === group && b.kind !== 'ethics-canvas' && b.kind !== 'ecosystem-map'),
      ];
      expect(boards.length).toBeGreaterThanOrEqual(2);
      for (const viewport of [
        { width: 1280, height: 800 },
        { width: 390, height: 844 },
      ]) {
        const { context, page } = await newPerson(live.browser, { bypassCSP: true });
        await page.setViewportSize(viewport);
        await joinDemo(page, live.app, 'participant', `Bo Lindqvist ${viewport.width}`, 'Fire service');
        // In Group 1, whose reflection board is private to it.
        const me = (await participantsOf(live.app, demo.workshop.id)).find((p) => p.name === `Bo Lindqvist ${viewport.width}`)!;
        await live.app.server.store.setParticipantGroup(me.id, group);
        for (const board of boards) {
          await page.goto(`${live.app.base}/b/${board.id}`);
          await mainHeading(page, board.title);
          await boardLive(page);
          // Checked once the board can be used: the reflection board shows its note forms when
          // the live workshop has said who this person is, which may come after the board.
          if ('kind' in board && board.kind === 'reflection') await visible(page.getByRole('textbox', { name: /^New note/ }).first());
          const body = await boxOf(page.locator('.workspace-body'));
          expect(body.y).toBeLessThan(viewport.width < 500 ? 160 : 80);
          expect(Math.round(body.y + body.height)).toBeGreaterThanOrEqual(viewport.height - 1);
          expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
          expect(await seriousAxeViolations(page)).toEqual([]);
          if (board.id === canvasBoard(live.app).id) await screenshot(page, `workspace-canvas-${viewport.width}`);
        }
        expect(pageErrors(page)).toEqual([]);
        await context.close();
      }
    },
    browserTestMs * 2,
  );

  it(
    'the facilitator’s controls are a compact floating bar that folds away and never covers the map’s tools',
    async () => {
      const { context, page } = await newPerson(live.browser);
      await page.setViewportSize({ width: 1280, height: 800 });
      await signInFacilitator(page, live.app);
      const map = live.app.owned.boards.find((b) => b.kind === 'ecosystem-map')!;
      await page.goto(`${live.app.base}/b/${map.id}`);
      await mainHeading(page, map.title);
      await boardLive(page);
      await visible(mapCanvas(page));
      // On a board the bar starts folded to a small pill (with the timer), clear of the map.
      const pill = page.getByRole('button', { name: 'Run the workshop' });
      expect((await boxOf(pill)).height).toBeLessThan(60);
      await pill.click();
      const bar = page.getByRole('region', { name: 'Run the workshop' });
      // Measured once the control document is in: "Connecting to the live workshop…" is
      // longer than the line that replaces it.
      await bar.getByText('Connecting to the live workshop…').waitFor({ state: 'detached' });
      // Its settled height: on a loaded machine a passing line (a status while the live
      // workshop's state arrives) can make it one row taller for a moment.
      await expect.poll(async () => (await boxOf(bar)).height, { timeout: waitMs }).toBeLessThan(120);
      const barBox = await boxOf(bar);
      for (const tool of [
        page.getByRole('group', { name: 'Map tools' }),
        page.locator('.react-flow__controls'),
        page.getByRole('tab', { name: 'Details' }),
      ]) {
        expect(area(overlap(barBox, await boxOf(tool)))).toBe(0);
      }
      // The minimap moves up above the bar.
      expect(area(overlap(barBox, await boxOf(page.locator('.map-overview'))))).toBe(0);
      expect(barBox.height).toBeLessThan(120);
      await bar.getByRole('button', { name: 'Hide' }).click();
      const folded = page.getByRole('button', { name: 'Run the workshop' });
      expect((await boxOf(folded)).height).toBeLessThan(60);
      await folded.click();
      await visible(page.getByRole('button', { name: 'All controls' }));
      expect(pageErrors(page)).toEqual([]);
      await context.close();
    },
    browserTestMs,
  );
});

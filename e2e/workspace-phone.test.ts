import type { Browser, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { drawnHoldMaxMs } from '../src/web/collab/boardDrawn.js';
import { plainBelowZoom } from '../src/web/map/detail/levelOfDetail.js';
import { boardLive, joinDemo, openMapBoard, ownedTitle, runApp, signInFacilitator, submitJoin } from './support/app.js';
import { browserTestMs, mainHeading, newPerson, pageErrors, screenshot, visible, waitMs } from './support/browser.js';
import { area, boxOf, overlap, type Box } from './support/boxes.js';
import { participantsOf } from './support/live.js';
import { mapCanvas, zoomToFit } from './support/map.js';
import { seedActors } from './support/seedMap.js';

const phone = { width: 390, height: 844 };

/** A person on a phone: a small touch screen, as Chromium's device emulation has it. */
async function phonePerson(browser: Browser): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: phone, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  context.setDefaultTimeout(waitMs);
  const page = await context.newPage();
  return { page, close: () => context.close() };
}

/** The page's width as laid out: more than the window means it scrolls sideways. */
/** The page's width as laid out (more than the window: it scrolls sideways), and what sticks out past the right edge. */
async function pageWidth(page: Page): Promise<{ width: number; past: string }> {
  return page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    past: Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > 391 && !Array.from(el.children).some((c) => c.getBoundingClientRect().right > 391))
      .slice(0, 6)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} right=${Math.round(el.getBoundingClientRect().right)}`)
      .join(', '),
  }));
}

/** Nothing on the page is wider than the phone. */
async function fitsThePhone(page: Page, what: string): Promise<void> {
  const { width, past } = await pageWidth(page);
  expect(width, `${what}: past the right edge: ${past}`).toBeLessThanOrEqual(phone.width);
}

/** True when the element shows all of its text (nothing cut off with an ellipsis). */
const showsWhole = (locator: Locator) => locator.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);

/** The same for text that may take two lines: neither cut at the side nor at the foot. */
const showsAllLines = (locator: Locator) =>
  locator.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1);

/** The map's zoom as drawn (the scale of its viewport's transform). */
const mapZoom = (page: Page) =>
  mapCanvas(page)
    .locator('.react-flow__viewport')
    .evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);

const overlaps = (a: Box, b: Box) => area(overlap(a, b)) > 0;

/** Records (in page time) when React Flow's renderer first appears. */
function watchRenderer(): void {
  const w = window as unknown as { __rendererAt?: number };
  new MutationObserver((_, observer) => {
    if (!document.querySelector('.react-flow__renderer')) return;
    w.__rendererAt = performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

const inside = (box: Box, outer: Box) =>
  box.x >= outer.x - 1 &&
  box.y >= outer.y - 1 &&
  box.x + box.width <= outer.x + outer.width + 1 &&
  box.y + box.height <= outer.y + outer.height + 1;

const tabNames = ['Details', 'Findings', 'Legend', 'Notes', 'Versions', 'Audience'];

/** Every tab of the board panel lies inside the panel's head: none scrolled out of sight. */
async function tabsAllShown(page: Page): Promise<void> {
  const head = await boxOf(page.locator('.workspace-panel-head'));
  for (const name of tabNames)
    expect(inside(await boxOf(page.getByRole('tab', { name, exact: true })), head), `the ${name} tab`).toBe(true);
}

describe.runIf(browserAvailable())(`the workspace on a phone and a laptop (Chromium at ${chromiumPath})`, () => {
  const live = runApp();

  it(
    'at 390 px nothing is wider than the phone: the workshop home, every board kind and the plenary view',
    async () => {
      const { page, close } = await phonePerson(live.browser);
      const { demo } = live.app;
      await joinDemo(page, live.app, 'participant', 'Chen Wei', 'University');
      const group = demo.groups[1]!;
      const me = (await participantsOf(live.app, demo.workshop.id)).find((p) => p.name === 'Chen Wei')!;
      await live.app.server.store.setParticipantGroup(me.id, group.id);

      await page.goto(`${live.app.base}/w/${demo.workshop.id}`);
      await mainHeading(page, demo.workshop.title);
      // The live row (activity, follow switch, hand, reactions) is in the header.
      await visible(page.getByRole('region', { name: 'Live workshop' }));
      await visible(page.getByRole('button', { name: 'Raise hand' }));
      await screenshot(page, 'phone-workshop-home');
      await fitsThePhone(page, 'the workshop home');

      for (const board of demo.boards.filter((b) => b.groupId === group.id)) {
        await page.goto(`${live.app.base}/b/${board.id}`);
        await mainHeading(page, board.title);
        await boardLive(page);
        // The group's name is a chip of its own: never cut off, whatever the title's length.
        const chip = page.locator('.workspace-group');
        await visible(chip);
        expect(await chip.textContent()).toBe(group.name);
        expect(await showsWhole(chip)).toBe(true);
        expect(inside(await boxOf(chip), { x: 0, y: 0, ...phone })).toBe(true);
        await fitsThePhone(page, board.kind);
        if (board.kind === 'ethics-canvas') {
          // The canvas's progress line wraps inside the screen.
          const progress = await boxOf(page.locator('.canvas-progress'));
          expect(progress.x + progress.width).toBeLessThanOrEqual(phone.width);
          await screenshot(page, 'phone-canvas');
        }
      }

      await page.goto(`${live.app.base}/w/${demo.workshop.id}/plenary`);
      await visible(page.getByRole('region', { name: 'Live workshop' }));
      await fitsThePhone(page, 'the plenary view');
      expect(pageErrors(page)).toEqual([]);
      await close();
    },
    browserTestMs * 2,
  );

  it(
    'on a phone, with no panel open, the map says it is drawn: its live connection does not wait out the hold',
    async () => {
      const { page, close } = await phonePerson(live.browser);
      await joinDemo(page, live.app, 'participant', 'Ama Owusu', 'Fire service');
      await page.addInitScript(watchRenderer);
      await page.goto(`${live.app.base}/b/${live.app.mapBoard.id}`);
      await mainHeading(page, live.app.mapBoard.title);
      await boardLive(page);
      await visible(mapCanvas(page));
      expect(await page.locator('.workspace-panel').count()).toBe(0); // the phone opens with the map alone
      const marks = await page.evaluate(() => ({
        held: performance.getEntriesByName('board-hold')[0]?.startTime,
        drawn: performance.getEntriesByName('board-drawn').length,
        ranOut: performance.getEntriesByName('board-hold-ran-out').length,
        rendered: (window as unknown as { __rendererAt?: number }).__rendererAt,
      }));
      expect(marks.held, 'the map page holds its live parts until drawn').toBeTypeOf('number');
      expect(marks.rendered).toBeTypeOf('number');
      // A machine so starved that the map took longer than the hold to appear cannot tell.
      if (marks.rendered! - marks.held! < drawnHoldMaxMs) {
        expect(marks.drawn, 'the map said it was drawn').toBe(1);
        expect(marks.ranOut, 'the hold ran out though the map was on screen').toBe(0);
      }
      expect(pageErrors(page)).toEqual([]);
      await close();
    },
    browserTestMs,
  );

  it(
    'on a phone, another person’s pointer carries a short name tag: a long name is cut, not laid across the map',
    async () => {
      const { page, close } = await phonePerson(live.browser);
      const other = await newPerson(live.browser);
      const long = 'Maximiliana Fernández-Oyelaran, Coventry Community Data Trust';
      await joinDemo(page, live.app, 'participant', 'Ife Bello', 'Library');
      await joinDemo(other.page, live.app, 'participant', long, 'Community group');
      await page.goto(`${live.app.base}/b/${live.app.mapBoard.id}`);
      await visible(mapCanvas(page));
      await openMapBoard(other.page, live.app);
      const pane = await boxOf(mapCanvas(other.page));
      await other.page.mouse.move(pane.x + pane.width * 0.4, pane.y + pane.height * 0.5);
      await other.page.mouse.move(pane.x + pane.width * 0.4 + 12, pane.y + pane.height * 0.5 + 8);
      const tag = page.locator('.map-cursor-name').filter({ hasText: long });
      // 7rem on a phone, whatever the zoom (the tag is drawn at one size on screen); the name is cut.
      const rem = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
      expect((await boxOf(tag)).width).toBeLessThanOrEqual(7 * rem + 1);
      expect(await tag.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
      expect(pageErrors(page)).toEqual([]);
      await other.context.close();
      await close();
    },
    browserTestMs,
  );

  it(
    'on a phone the map’s tools are one short row, the panel covers the map until closed, its six tabs all show, and the tips say what to tap',
    async () => {
      const { page, close } = await phonePerson(live.browser);
      await joinDemo(page, live.app, 'participant', 'Dara Kim', 'Transport');
      await page.goto(`${live.app.base}/b/${live.app.mapBoard.id}`);
      await mainHeading(page, live.app.mapBoard.title);
      await boardLive(page);
      await visible(mapCanvas(page));
      const tools = page.getByRole('group', { name: 'Map tools' });
      // One row of tools (about 45 px), not a quarter of the screen.
      await screenshot(page, 'phone-map-tools');
      expect((await boxOf(tools)).height).toBeLessThan(70);
      await tools.getByRole('button', { name: 'More' }).click();
      await visible(tools.getByRole('button', { name: 'Export' }));
      await tools.getByRole('button', { name: 'Fewer' }).click();
      expect(await tools.getByRole('button', { name: 'Export' }).count()).toBe(0);

      await page.getByRole('button', { name: 'Panel', exact: true }).click();
      const panel = page.getByRole('complementary', { name: 'Board panel' });
      // A sheet over the whole map under its one row of tools, which stay usable.
      const body = await boxOf(page.locator('.workspace-body'));
      const covers = await boxOf(panel);
      const row = await boxOf(tools);
      expect(covers.y).toBeGreaterThanOrEqual(row.y + row.height);
      expect(covers.y + covers.height).toBeGreaterThanOrEqual(body.y + body.height - 1);
      expect(covers.width).toBeGreaterThanOrEqual(body.width - 1);
      await visible(tools.getByRole('button', { name: 'Sticky note' }));
      await tabsAllShown(page);
      // On a touch screen the tips say what to tap, not which keys to press.
      const tips = panel.locator('.map-tips');
      await visible(tips);
      expect(await tips.textContent()).toMatch(/Tap/);
      expect(await tips.locator('kbd').count()).toBe(0);
      await screenshot(page, 'phone-map-panel');
      await page.getByRole('button', { name: 'Close the panel' }).click();
      await expect.poll(() => panel.count()).toBe(0);
      await visible(mapCanvas(page));
      await fitsThePhone(page, 'the map, its panel closed');
      expect(pageErrors(page)).toEqual([]);
      await close();
    },
    browserTestMs,
  );

  it(
    'a facilitator on a phone: each person is a card inside the screen, the board’s title shows whole beside its group, and a map opens (and fits) at a zoom that draws names',
    async () => {
      const { owned } = live.app;
      const map = owned.boards.find((b) => b.kind === 'ecosystem-map')!;
      // Far apart: fitting all five on a phone would need a zoom where the map draws plain boxes.
      await seedActors(live.app, map.id, [
        { name: 'Flood forecasting office', position: { x: 0, y: 0 } },
        { name: 'Water company', position: { x: 1400, y: 0 } },
        { name: 'Met service', position: { x: 0, y: 1600 } },
        { name: 'Emergency planning', position: { x: 700, y: 800 } },
        { name: 'Residents’ association', position: { x: 1400, y: 1600 } },
      ]);
      const joiner = await live.browser.newContext();
      const joinPage = await joiner.newPage();
      await submitJoin(
        joinPage,
        `${live.app.base}/join/${owned.invites.participant.code}`,
        'Maximilian Oyelaran-Whitfield',
        'Regional Flood Forecasting Authority',
      );
      await mainHeading(joinPage, ownedTitle);
      await joiner.close();

      const { page, close } = await phonePerson(live.browser);
      await signInFacilitator(page, live.app);
      await page.goto(`${live.app.base}/w/${owned.workshop.id}`);
      await mainHeading(page, ownedTitle);
      const row = page.locator('table.people tbody tr').filter({ hasText: 'Maximilian' });
      await row.scrollIntoViewIfNeeded();
      expect(inside(await boxOf(row), { x: 0, y: 0, ...phone })).toBe(true);
      await screenshot(page, 'phone-facilitator-people');
      await fitsThePhone(page, 'the facilitator’s workshop home');

      await page.goto(`${live.app.base}/b/${map.id}`);
      await mainHeading(page, map.title);
      await boardLive(page);
      // The title and the group chip show whole; "Lock board" lies over neither.
      expect(await showsAllLines(page.locator('.workspace-title-text'))).toBe(true);
      const chip = page.locator('.workspace-group');
      expect(await showsWhole(chip)).toBe(true);
      const lock = await boxOf(page.getByRole('button', { name: 'Lock board' }));
      expect(overlaps(await boxOf(chip), lock)).toBe(false);
      expect(overlaps(await boxOf(page.locator('.workspace-title-text')), lock)).toBe(false);
      // The facilitator's folded bar is not on the map's zoom buttons.
      const zoomButtons = await boxOf(page.locator('.react-flow__controls'));
      expect(overlaps(await boxOf(page.locator('.facilitator-bar-float')), zoomButtons)).toBe(false);
      await visible(mapCanvas(page).locator('.map-actor-name').first());
      expect(await mapZoom(page)).toBeGreaterThanOrEqual(plainBelowZoom - 1e-6);
      await zoomToFit(page);
      expect(await mapZoom(page)).toBeGreaterThanOrEqual(plainBelowZoom - 1e-6);
      await visible(mapCanvas(page).locator('.map-actor-name').first());
      await screenshot(page, 'phone-map-fitted');
      expect(pageErrors(page)).toEqual([]);
      await close();
    },
    browserTestMs,
  );

  it(
    'an observer on a phone sees "Read only" in the header; the observing notice leaves the map after a few seconds',
    async () => {
      const { page, close } = await phonePerson(live.browser);
      await joinDemo(page, live.app, 'observer', 'Olu Adeyemi', 'Regional Authority');
      await page.goto(`${live.app.base}/b/${live.app.mapBoard.id}`);
      await mainHeading(page, live.app.mapBoard.title);
      await boardLive(page);
      const badge = page.locator('.workspace-header').getByText('Read only', { exact: true });
      expect(inside(await boxOf(badge), { x: 0, y: 0, ...phone })).toBe(true);
      const notice = page.getByText('You are observing this map.');
      await visible(notice);
      await notice.waitFor({ state: 'detached', timeout: 20_000 });
      // The badge stays.
      await visible(badge);
      expect(pageErrors(page)).toEqual([]);
      await close();
    },
    browserTestMs,
  );

  it(
    'at 1280 px the header shows the group beside a shortened title, and the panel’s six tabs all fit',
    async () => {
      const context = await live.browser.newContext({ viewport: { width: 1280, height: 800 } });
      context.setDefaultTimeout(waitMs);
      const page = await context.newPage();
      await joinDemo(page, live.app, 'participant', 'Ada Osei', 'City Council');
      await page.goto(`${live.app.base}/b/${live.app.mapBoard.id}`);
      await mainHeading(page, live.app.mapBoard.title);
      await boardLive(page);
      const chip = page.locator('.workspace-group');
      await visible(chip);
      expect(await showsWhole(chip)).toBe(true);
      // The group chip ends before the live row begins: nothing lies over it.
      const live_ = await boxOf(page.getByRole('region', { name: 'Live workshop' }));
      const chipBox = await boxOf(chip);
      expect(chipBox.x + chipBox.width).toBeLessThanOrEqual(live_.x);
      await tabsAllShown(page);
      await page.getByRole('tab', { name: 'Versions', exact: true }).click();
      await tabsAllShown(page);
      // The reactions are drawn in the page's fonts, whose last is the emoji font our own server
      // serves (for machines without one); it loads when asked for an emoji.
      await page.getByRole('button', { name: 'Reactions' }).click();
      const reaction = page.getByRole('button', { name: 'React: Thumbs up' });
      expect(await (await visible(reaction)).evaluate((el) => getComputedStyle(el).fontFamily)).toContain('Open Cities Emoji');
      const loaded = await page.evaluate(async () => (await document.fonts.load('20px "Open Cities Emoji"', '👍')).length);
      expect(loaded).toBe(1);
      await screenshot(page, 'laptop-map-header');
      expect(pageErrors(page)).toEqual([]);
      await context.close();
    },
    browserTestMs,
  );
});

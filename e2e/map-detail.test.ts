import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { plainBelowZoom } from '../src/web/map/detail/levelOfDetail.js';
import { browserTestMs, newPerson, pageErrors } from './support/browser.js';
import { joinDemo, openMapBoard, runApp } from './support/app.js';
import { waitUntil } from './support/live.js';
import { mapCanvas, settled } from './support/map.js';
import { seedActors } from './support/seedMap.js';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';

const names = ['Harbour authority', 'Bus operator', 'City Council'];

/** The view's zoom, from React Flow's viewport transform. */
const zoomOf = (page: Page) =>
  mapCanvas(page)
    .locator('.react-flow__viewport')
    .evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);

/** Each actor's place and size on the board (board units, not scaled by the zoom), and its name for screen readers. */
const actorBoxes = (page: Page) =>
  page.locator('.react-flow__node-actor').evaluateAll((nodes) =>
    nodes
      .map((n) => {
        const el = n as HTMLElement;
        return { label: el.getAttribute('aria-label'), transform: el.style.transform, width: el.offsetWidth, height: el.offsetHeight };
      })
      .sort((a, b) => (a.label ?? '').localeCompare(b.label ?? '')),
  );

/** What is drawn: full actors, plain actors, flow labels, plain flow lines, arrowheads on flows. */
const drawn = (page: Page) =>
  page.evaluate(() => ({
    full: document.querySelectorAll('.map-actor').length,
    plain: document.querySelectorAll('.map-plain-actor').length,
    labels: document.querySelectorAll('.map-flow-label').length,
    plainLines: document.querySelectorAll('.react-flow__edge .map-plain-flow').length,
    arrowheads: document.querySelectorAll('.react-flow__edge path[marker-end]').length,
    handles: Array.from(document.querySelectorAll('.react-flow__handle')).filter((h) => getComputedStyle(h).visibility !== 'hidden').length,
  }));

/** Presses a zoom button until the zoom is past `zoom` (below it for "Zoom out", at or above it for "Zoom in"), then waits for the view to settle. */
async function zoomPast(page: Page, button: 'Zoom out' | 'Zoom in', zoom: number): Promise<number> {
  const past = (z: number) => (button === 'Zoom out' ? z < zoom : z >= zoom);
  for (let i = 0; i < 20 && !past(await zoomOf(page)); i++) {
    await page.getByRole('button', { name: button, exact: true }).click();
    await settled(mapCanvas(page).locator('.react-flow__viewport'));
  }
  return zoomOf(page);
}

describe.runIf(browserAvailable())(`the map's level of detail (Chromium at ${chromiumPath})`, () => {
  const live = runApp();
  let page: Page;
  beforeAll(async () => {
    await seedActors(
      live.app,
      live.app.mapBoard.id,
      names.map((name, i) => ({ name, position: { x: i * 360, y: (i % 2) * 200 } })),
      [
        { from: 0, to: 1, kind: 'money', label: 'Fares' },
        { from: 1, to: 2, kind: 'data', label: 'Timetables' },
      ],
    );
    page = (await newPerson(live.browser)).page;
    await joinDemo(page, live.app, 'participant', 'Amira Haddad', 'City Council data team');
    await openMapBoard(page, live.app);
  });

  it(
    `below zoom ${plainBelowZoom} the map draws plain boxes and lines, above it the full actors and flows; nothing moves and the names stay`,
    async () => {
      await settled(mapCanvas(page).locator('.react-flow__viewport'));
      expect(await zoomOf(page)).toBeGreaterThanOrEqual(plainBelowZoom);
      const full = await waitUntil(
        'the full map',
        () => drawn(page),
        (d) => d.full === 3 && d.labels === 2,
      );
      expect(full).toMatchObject({ plain: 0, plainLines: 0, arrowheads: 2 });
      const before = await actorBoxes(page);
      expect(before.map((b) => b.label)).toEqual(expect.arrayContaining(names.map((n) => expect.stringContaining(n))));

      expect(await zoomPast(page, 'Zoom out', plainBelowZoom)).toBeLessThan(plainBelowZoom);
      const plain = await waitUntil(
        'the plain map',
        () => drawn(page),
        (d) => d.plain === 3,
      );
      expect(plain).toEqual({ full: 0, plain: 3, labels: 0, plainLines: 2, arrowheads: 0, handles: 0 });
      // The same boxes in the same places, with the same names for screen readers.
      expect(await actorBoxes(page)).toEqual(before);
      // Keyboard focus still reaches the actors.
      const label = before[0]?.label ?? '';
      await mapCanvas(page).getByRole('group', { name: label, exact: true }).focus();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(label);

      expect(await zoomPast(page, 'Zoom in', plainBelowZoom)).toBeGreaterThanOrEqual(plainBelowZoom);
      await waitUntil(
        'the full map again',
        () => drawn(page),
        (d) => d.full === 3 && d.labels === 2,
      );
      expect(await actorBoxes(page)).toEqual(before);
      expect(pageErrors(page)).toEqual([]);
    },
    browserTestMs,
  );
});

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { joinDemo, openMapBoard, runApp, submitJoin } from './support/app.js';
import { browserTestMs, mainHeading, newPerson, pageErrors, visible } from './support/browser.js';
import { unfoldFacilitatorBar, waitUntil } from './support/live.js';
import { emptyPaneSpot, mapCanvas, settled } from './support/map.js';
import { seedActors } from './support/seedMap.js';

/**
 * Where a map is looking, from React Flow's viewport transform and the canvas's size: the board
 * point at the middle of the canvas, and the zoom (what "Bring everyone here" carries).
 */
function viewOf(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  return page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const canvas = document.querySelector<HTMLElement>('.react-flow')!;
    const m = new DOMMatrix(getComputedStyle(viewport).transform);
    return { x: (canvas.clientWidth / 2 - m.e) / m.a, y: (canvas.clientHeight / 2 - m.f) / m.a, zoom: m.a };
  });
}

const same = (a: { x: number; y: number; zoom: number }, b: { x: number; y: number; zoom: number }) =>
  Math.abs(a.zoom - b.zoom) < 0.001 && Math.abs(a.x - b.x) < 1 && Math.abs(a.y - b.y) < 1;

describe.runIf(browserAvailable())(`"Bring everyone here" brings the facilitator's view of a map (Chromium at ${chromiumPath})`, () => {
  const live = runApp();
  beforeAll(async () => {
    const names = ['Harbour authority', 'Bus operator', 'City Council', 'University', 'Sensor vendor'];
    await seedActors(
      live.app,
      live.app.mapBoard.id,
      names.map((name, i) => ({ name, position: { x: i * 1500, y: (i % 2) * 600 } })),
    );
  });

  it(
    'a follower’s map goes to the facilitator’s zoom and place; someone who stepped out of following stays where they were',
    async () => {
      const follower = (await newPerson(live.browser)).page;
      await joinDemo(follower, live.app, 'participant', 'Amira Haddad', 'City Council data team');
      await openMapBoard(follower, live.app);
      const apart = (await newPerson(live.browser)).page;
      await joinDemo(apart, live.app, 'participant', 'Ben Okafor', 'Bus operator');
      await openMapBoard(apart, live.app);
      const followSwitch = apart.getByRole('switch', { name: 'Following the facilitator' });
      await followSwitch.click();
      expect(await followSwitch.getAttribute('aria-checked')).toBe('false');
      // Everyone else is in the plenary view for now: Ben is told he stepped out.
      const goBack = apart.getByRole('link', { name: 'Go where everyone is' });
      await visible(goBack);

      const fac = (await newPerson(live.browser)).page;
      await submitJoin(fac, live.app.inviteUrl('facilitator'), 'Fatima Reyes', 'Open Cities');
      await mainHeading(fac, live.app.demo.workshop.title);
      await openMapBoard(fac, live.app);
      // The facilitator zooms in and moves the board: a view nobody else has.
      await fac.getByRole('button', { name: 'Zoom in' }).click();
      await fac.getByRole('button', { name: 'Zoom in' }).click();
      await settled(mapCanvas(fac).locator('.react-flow__viewport'));
      const spot = await emptyPaneSpot(fac);
      await fac.mouse.move(spot.x, spot.y);
      await fac.mouse.down();
      await fac.mouse.move(spot.x - 250, spot.y - 120, { steps: 8 });
      await fac.mouse.up();
      await settled(mapCanvas(fac).locator('.react-flow__viewport'));
      const wanted = await viewOf(fac);
      const apartBefore = await viewOf(apart);
      expect(same(await viewOf(follower), wanted)).toBe(false);

      await (await unfoldFacilitatorBar(fac)).getByRole('button', { name: 'Bring everyone here' }).click();
      await visible(follower.getByText('The facilitator has brought everyone together.'));
      // The same zoom, and the same board point in the middle of the canvas (within a pixel).
      await waitUntil(
        'the follower’s map at the facilitator’s view',
        () => viewOf(follower),
        (v) => same(v, wanted),
      );
      // Who stepped out is not moved. Everyone is now on his board, so he is no longer told he stepped out.
      await goBack.waitFor({ state: 'detached' });
      expect(same(await viewOf(apart), apartBefore)).toBe(true);
      // Stepping back in takes him to the facilitator's view at once.
      await followSwitch.click();
      await waitUntil(
        'the map of who stepped back in at the facilitator’s view',
        () => viewOf(apart),
        (v) => same(v, wanted),
      );
      for (const page of [follower, apart, fac]) expect(pageErrors(page)).toEqual([]);
    },
    browserTestMs,
  );
});

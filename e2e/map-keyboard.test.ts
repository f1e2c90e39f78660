import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { quietNoticeMs } from '../src/web/hooks/useQuietNotice.js';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { joinDemo, openMapBoard, runApp } from './support/app.js';
import { browserTestMs, newPerson, pageErrors, visible, waitMs } from './support/browser.js';
import { waitUntil } from './support/live.js';
import { actorNode, addActorByKeyboard, emptyPaneSpot, mapCanvas, settled } from './support/map.js';
import { seedActors } from './support/seedMap.js';

/** Five actors in a row far wider than the screen: zoom to fit stops at a readable size, so most are off screen. */
const names = ['Harbour authority', 'Bus operator', 'City Council', 'University', 'Sensor vendor'];

/** The actor that has focus (its name), whether all of it is inside the canvas; null when focus is not on an actor. */
function focusedActor(page: Page): Promise<{ name: string; inView: boolean } | null> {
  return page.evaluate(() => {
    const node = document.activeElement?.closest('.react-flow__node-actor');
    const canvas = document.querySelector('.react-flow')?.getBoundingClientRect();
    if (!node || !canvas) return null;
    const box = node.getBoundingClientRect();
    const inView =
      box.left >= canvas.left - 1 && box.right <= canvas.right + 1 && box.top >= canvas.top - 1 && box.bottom <= canvas.bottom + 1;
    return { name: node.querySelector('.map-actor-name')?.textContent ?? '', inView };
  });
}

/** What has focus, in words: an actor's name, "canvas" (the map itself), "body", or the element's tag. */
function focusedThing(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    const actor = el?.closest('.react-flow__node-actor');
    if (actor) return `actor ${actor.querySelector('.map-actor-name')?.textContent ?? ''}`;
    if (el?.classList.contains('react-flow')) return 'canvas';
    return el === document.body ? 'body' : (el?.tagName.toLowerCase() ?? 'nothing');
  });
}

/**
 * Presses Tab (or Shift+Tab) from a focused actor until focus leaves the actors; the names
 * visited, each checked in view. While the view moves to an actor off screen, the one that had
 * focus may leave the page for a moment (focus on the body): that is waited out.
 */
async function tabThrough(page: Page, key: 'Tab' | 'Shift+Tab'): Promise<string[]> {
  const visited: string[] = [];
  let current = (await focusedActor(page))?.name ?? null;
  for (let i = 0; i <= names.length && current !== null; i++) {
    const from = current;
    await page.keyboard.press(key);
    const next = await waitUntil(
      `focus to move on from ${from}`,
      () => focusedThing(page),
      (f) => f !== `actor ${from}` && f !== 'body',
    );
    if (!next.startsWith('actor ')) break;
    const name = next.slice('actor '.length);
    // The view follows focus: the actor is brought on screen.
    await waitUntil(
      `${name} in view`,
      () => focusedActor(page),
      (f) => f?.name === name && f.inView,
    );
    visited.push(name);
    current = name;
  }
  return visited;
}

describe.runIf(browserAvailable())(`the map by keyboard, and its quiet notices (Chromium at ${chromiumPath})`, () => {
  const live = runApp();
  // One participant for both tests: the demo puts each newcomer in a group, and only Group 1 may edit its map.
  let page: Page;
  beforeAll(async () => {
    await seedActors(
      live.app,
      live.app.mapBoard.id,
      names.map((name, i) => ({ name, position: { x: i * 1500, y: 0 } })),
    );
    page = (await newPerson(live.browser)).page;
    await joinDemo(page, live.app, 'participant', 'Amira Haddad', 'City Council data team');
    await openMapBoard(page, live.app);
  });

  it(
    'Tab reaches every actor, those off screen too, and the view follows; after a delete focus stays on the map',
    async () => {
      await settled(mapCanvas(page).locator('.react-flow__viewport'));
      // The middle one is on screen; both ends are not (not even drawn).
      const middle = actorNode(page, 'City Council');
      await visible(middle);
      expect(await actorNode(page, 'Harbour authority').count()).toBe(0);
      expect(await actorNode(page, 'Sensor vendor').count()).toBe(0);

      // From the middle to the last, then back from the last to the first.
      await middle.click();
      const forward = await tabThrough(page, 'Tab');
      expect(forward.length).toBeGreaterThan(0);
      await actorNode(page, forward.at(-1)!).click(); // Tab went on past the map, to its controls
      const backward = await tabThrough(page, 'Shift+Tab');
      expect(new Set([...forward, ...backward])).toEqual(new Set(names));

      // Delete with the keyboard: focus goes to a neighbouring actor, then, with none left, to the canvas; never to the page's body.
      for (let left = names.length; left > 0; left--) {
        const focused = await focusedActor(page);
        const target = focused ? actorNode(page, focused.name) : page.locator('.react-flow__node-actor').first();
        await target.click();
        const name = (await target.locator('.map-actor-name').textContent()) ?? '';
        await page.keyboard.press('Delete');
        await actorNode(page, name).waitFor({ state: 'detached', timeout: waitMs });
        const expected = left > 1 ? /^actor / : /^canvas$/;
        const now = await waitUntil(
          'focus to land after the delete',
          () => focusedThing(page),
          (f) => expected.test(f),
        );
        expect(now).not.toBe(`actor ${name}`);
      }
      expect(pageErrors(page)).toEqual([]);
    },
    browserTestMs,
  );

  it(
    'a notice such as "Placed 1 actor" leaves by itself after a few seconds, and at once at the next action on the board',
    async () => {
      // The first test deleted the seeded actors: one to lay out is enough.
      await addActorByKeyboard(page, 'Library');
      const status = page.locator('.map-status [role="status"]');
      const layOut = async () => {
        await page.getByRole('button', { name: 'Layout' }).click();
        await page.getByRole('button', { name: /^Lay out everything/ }).click();
        await visible(status.filter({ hasText: /^Placed \d+ actors?\./ }));
        return Date.now();
      };

      // By itself: the pointer away from the notice, nothing pressed.
      await layOut();
      await page.mouse.move(1, 1);
      await waitUntil(
        'the notice to leave by itself',
        () => status.textContent(),
        (text) => text === '',
      );

      // At the next action: a press on the map ends it long before its time is up.
      const shownAt = await layOut();
      const spot = await emptyPaneSpot(page);
      await page.mouse.click(spot.x, spot.y);
      await waitUntil(
        'the notice to leave at the next action',
        () => status.textContent(),
        (text) => text === '',
      );
      expect(Date.now() - shownAt).toBeLessThan(quietNoticeMs);
      // Still a live region on the page, so the next notice is announced.
      expect(await status.count()).toBe(1);
      expect(pageErrors(page)).toEqual([]);
    },
    browserTestMs,
  );
});

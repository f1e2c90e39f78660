import type { Locator, Page } from 'playwright-core';
import { findPanSpot } from '../../bench/map/probe.js';
import { plainBelowZoom } from '../../src/web/map/detail/levelOfDetail.js';
import { boxOf } from './boxes.js';
import { visible, waitMs } from './browser.js';
import { catalogue } from './languages.js';

/** Helpers for the ecosystem map editor, as a person uses it (keyboard, pointer, side panel). */

/**
 * A name of the map's, matched in any of the interface's languages (as `getByRole`'s name matches
 * a string: anywhere in the name, any case), so the same helpers serve a map drawn in Welsh or German.
 */
function inAnyLanguage(key: string): RegExp {
  const names = ['en', 'cy', 'de', 'fr', 'es'].map((locale) => catalogue(locale)[key] ?? '').filter(Boolean);
  return new RegExp([...new Set(names)].map(escape).join('|'), 'i');
}
const names = {
  canvas: inAnyLanguage('map.editor.canvas'),
  zoomToFit: inAnyLanguage('map.editor.zoomToFit'),
  zoomOut: inAnyLanguage('map.editor.aria.zoomOut'),
};

export function mapCanvas(page: Page): Locator {
  return page.getByRole('application', { name: names.canvas });
}

/** An actor on the map, by its name. */
export function actorNode(page: Page, name: string): Locator {
  return page
    .locator('.react-flow__node-actor')
    .filter({ has: page.locator('.map-actor-name', { hasText: new RegExp(`^${escape(name)}$`) }) });
}

/** Presses "Zoom to fit" and waits until the view has stopped moving. */
export async function zoomToFit(page: Page): Promise<void> {
  await page.getByRole('button', { name: names.zoomToFit }).first().click();
  await settled(mapCanvas(page).locator('.react-flow__viewport'));
}

/**
 * Zooms out as far as the map goes, so that a small map is all in view. The map draws only
 * what is in view (a big map stays fast), and zoom to fit stops at a readable size, so this
 * is how a test (or a person) makes sure nothing is off screen.
 */
export async function zoomRightOut(page: Page): Promise<void> {
  await zoomToFit(page);
  const zoomOut = page.getByRole('button', { name: names.zoomOut });
  // force: a click that lands just as the button turns disabled (fully out) does nothing, rather than wait.
  while (await zoomOut.isEnabled()) await zoomOut.click({ force: true });
  await settled(mapCanvas(page).locator('.react-flow__viewport'));
}

/**
 * Zooms out as far as the map still draws in full (flow labels, pinned notes, vote buttons):
 * one more press of "Zoom out" (÷1.2) would go below plainBelowZoom, where it draws plain
 * boxes and lines (src/web/map/detail/levelOfDetail.ts).
 */
export async function zoomOutInFull(page: Page): Promise<void> {
  await zoomToFit(page);
  const viewport = mapCanvas(page).locator('.react-flow__viewport');
  const zoomOut = page.getByRole('button', { name: names.zoomOut });
  const zoom = () => viewport.evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
  while ((await zoomOut.isEnabled()) && (await zoom()) / 1.2 >= plainBelowZoom) {
    await zoomOut.click({ force: true });
    await settled(viewport);
  }
}

/** A point on the empty map near its middle (no actor, note or flow under it), to press on and drag the view. */
export async function emptyPaneSpot(page: Page): Promise<{ x: number; y: number }> {
  const { spot } = await page.evaluate(findPanSpot);
  if (!spot) throw new Error('no empty spot on the map to press on');
  return spot;
}

/** Waits until an actor is on this person's map, wherever someone else put it. */
export async function seesActor(page: Page, name: string): Promise<Locator> {
  const node = actorNode(page, name);
  const deadline = Date.now() + waitMs;
  for (let round = 0; !(await node.isVisible()); round++) {
    if (Date.now() > deadline) throw new Error(`${name} never appeared on the map`);
    if (round % 2 === 0) await zoomToFit(page);
    else await zoomRightOut(page);
  }
  return node;
}

/**
 * The names of all the actors on the map (zoomed right out first), sorted. Then zoomed to fit
 * again: zoomed right out, the map draws its plain version (no flow labels, pinned notes or
 * vote buttons; src/web/map/detail/levelOfDetail.ts), and tests look at those next.
 */
export async function actorNames(page: Page): Promise<string[]> {
  await zoomRightOut(page);
  const names = (await page.locator('.react-flow__node-actor .map-actor-name').allTextContents()).sort();
  await zoomToFit(page);
  return names;
}

export function flowLabel(page: Page, text: string): Locator {
  return page.locator('.map-flow-label').filter({ hasText: text });
}

export function pinnedNote(page: Page, text: string): Locator {
  return page.locator('.map-pinned-note').filter({ hasText: text });
}

export function sidePanel(page: Page): Locator {
  return page.getByRole('region', { name: 'Details' });
}

/** "A", the name, Enter: adds an actor where the pointer is (or mid-view). */
export async function addActorByKeyboard(page: Page, name: string): Promise<void> {
  await page.keyboard.press('a');
  const input = await visible(page.getByLabel('New actor’s name', { exact: true }));
  await input.pressSequentially(name);
  await input.press('Enter');
  await visible(actorNode(page, name));
}

/** A double-click on an empty part of the map near the middle of the view, then the name and Enter. */
export async function addActorByDoubleClick(page: Page, name: string): Promise<void> {
  await zoomToFit(page);
  const spot = await emptySpot(page);
  await page.mouse.dblclick(spot.x, spot.y);
  const input = await visible(page.getByLabel('New actor’s name', { exact: true }));
  await input.fill(name);
  await input.press('Enter');
  await visible(actorNode(page, name));
}

/**
 * A point on the map with nothing around it (room for a new actor): the one nearest the
 * middle of the canvas where the empty pane is under the point and under a new actor's box.
 * A crowded view is zoomed out first, as a person would.
 */
async function emptySpot(page: Page): Promise<{ x: number; y: number }> {
  for (let attempt = 0; attempt < 6; attempt++) {
    const box = await boxOf(mapCanvas(page));
    const spot = await page.evaluate((canvas) => {
      const free = (x: number, y: number) => document.elementFromPoint(x, y)?.classList.contains('react-flow__pane') ?? false;
      const points: { x: number; y: number }[] = [];
      for (let fy = 0.12; fy < 0.9; fy += 0.04)
        for (let fx = 0.1; fx < 0.75; fx += 0.04) points.push({ x: canvas.x + canvas.width * fx, y: canvas.y + canvas.height * fy });
      const middle = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 };
      points.sort((a, b) => Math.hypot(a.x - middle.x, a.y - middle.y) - Math.hypot(b.x - middle.x, b.y - middle.y));
      return points.find(({ x, y }) => [-170, -85, 0, 85, 170].every((dx) => [-90, 0, 90].every((dy) => free(x + dx, y + dy)))) ?? null;
    }, box);
    if (spot) return spot;
    await page.getByRole('button', { name: names.zoomOut }).click();
    await settled(mapCanvas(page).locator('.react-flow__viewport'));
  }
  throw new Error('no empty part of the map to double-click');
}

/**
 * Drags from an actor's "draw a flow" handle onto another actor, as a person does with a
 * mouse: press, start moving, and once the map shows a flow being drawn, go to the other
 * actor and let go.
 */
export async function drawFlow(page: Page, from: string, to: string): Promise<void> {
  await settled(actorNode(page, from));
  // Both ends on screen: a flow is drawn with the mouse, which cannot press below the window.
  await actorNode(page, from).scrollIntoViewIfNeeded();
  await actorNode(page, to).scrollIntoViewIfNeeded();
  const handle = await boxOf(actorNode(page, from).locator('.map-source-handle'));
  const target = await boxOf(actorNode(page, to));
  const start = { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 12, start.y + 4, { steps: 3 });
  await page.locator('.react-flow__connectionline').waitFor({ state: 'attached', timeout: waitMs });
  await page.locator('.map-target-handle.is-connecting').first().waitFor({ state: 'attached', timeout: waitMs });
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
  await page.mouse.up();
}

/**
 * Waits until an element has stayed put for 20 frames (about a third of a second): a zoom or
 * pan animation (200 ms) that may not even have started yet has then ended.
 */
export async function settled(locator: Locator): Promise<void> {
  const element = await locator.elementHandle({ timeout: waitMs });
  if (!element) throw new Error(`${locator.toString()} is not on the page`);
  const deadline = Date.now() + waitMs;
  // evaluate() awaits the promise (waitForFunction would only test that a promise is truthy).
  while (
    !(await element.evaluate(
      (el) =>
        new Promise<boolean>((resolve) => {
          const first = el.getBoundingClientRect();
          let frames = 0;
          const check = () => {
            const now = el.getBoundingClientRect();
            if (now.x !== first.x || now.y !== first.y || now.width !== first.width) return resolve(false);
            if (++frames >= 20) return resolve(true);
            requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        }),
    ))
  ) {
    if (Date.now() > deadline) throw new Error(`${locator.toString()} kept moving`);
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

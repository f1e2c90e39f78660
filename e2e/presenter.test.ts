import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserTestMs, mainHeading, newPerson, pageErrors, screenshot, seriousAxeViolations, visible } from './support/browser.js';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { boardLive, runApp, signInFacilitator, submitJoin } from './support/app.js';
import { boardFor, createLiveWorkshop, participantsOf } from './support/live.js';
import { mapCanvas } from './support/map.js';

/**
 * Whether anything lies over the board: at a grid of points inside the board's box, the
 * element there must be the board or inside it (elementFromPoint), never a bar, notice or panel.
 */
async function coveredPoints(page: Page, boardSelector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const board = document.querySelector(selector);
    if (!board) return ['no board'];
    const box = board.getBoundingClientRect();
    const covered: string[] = [];
    for (let i = 1; i < 10; i++)
      for (let j = 1; j < 10; j++) {
        const x = box.left + (box.width * i) / 10;
        const y = box.top + (box.height * j) / 10;
        const hit = document.elementFromPoint(x, y);
        if (!hit || !board.contains(hit)) covered.push(`${Math.round(x)},${Math.round(y)}: ${hit?.outerHTML.slice(0, 80) ?? 'nothing'}`);
      }
    return covered;
  }, boardSelector);
}

type Box = { x: number; y: number; width: number; height: number };

const inWindow = (box: Box, size: { width: number; height: number }) =>
  box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width + 0.5 && box.y + box.height <= size.height + 0.5;

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The element's text takes a single line (a long one ends in "…" rather than wrapping). */
const oneLine = (locator: Locator) =>
  locator.evaluate((el) => {
    const style = getComputedStyle(el);
    const line = parseFloat(style.lineHeight) || 1.2 * parseFloat(style.fontSize); // "normal" is about 1.2 em
    return el.getBoundingClientRect().height < 1.8 * line;
  });

describe.runIf(browserAvailable())(`the presenter view for the projector (Chromium at ${chromiumPath})`, () => {
  const live = runApp();

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
    { width: 390, height: 844 },
  ])
    it(
      `at ${viewport.width} × ${viewport.height}: the spotlit board alone fills the window, read-only; the facilitator steps through the groups; another group cannot edit it`,
      async () => {
        const workshop = await createLiveWorkshop(live.app, `Presenting ${viewport.width}`);
        const id = workshop.workshop.id;
        const [group1, group2] = workshop.groups as [(typeof workshop.groups)[0], (typeof workshop.groups)[0]];
        const map1 = await boardFor(live.app, id, 'mapping', group1.id);
        const map2 = await boardFor(live.app, id, 'mapping', group2.id);

        // The projector: the facilitator's plenary page. A participant of Group 2 follows along.
        const projector = await newPerson(live.browser, { bypassCSP: true });
        await projector.page.setViewportSize(viewport);
        await signInFacilitator(projector.page, live.app);
        await projector.page.goto(`${live.app.base}/w/${id}`);
        await mainHeading(projector.page, workshop.workshop.title);
        const other = await newPerson(live.browser);
        await submitJoin(other.page, `${live.app.base}/join/${workshop.invites.participant.code}`, 'Ben Okafor', 'Fire service');
        await mainHeading(other.page, workshop.workshop.title);
        const ben = (await participantsOf(live.app, id)).find((p) => p.name === 'Ben Okafor')!;
        await live.app.server.store.setParticipantGroup(ben.id, group2.id);

        await projector.page.getByLabel('Board to show on every screen', { exact: true }).selectOption(map1.id);
        await projector.page.getByRole('button', { name: 'Spotlight', exact: true }).click();
        await projector.page.goto(`${live.app.base}/w/${id}/plenary`);
        await mainHeading(projector.page, map1.title);
        const board = projector.page.locator('.presenter-board');
        await visible(mapCanvas(projector.page));

        // Inside the window, nothing over it, and no editing chrome or "you are observing" notice.
        const screen = projector.page.viewportSize()!;
        const box = (await board.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(screen.width + 0.5);
        expect(box.y + box.height).toBeLessThanOrEqual(screen.height + 0.5);
        expect((box.width * box.height) / (screen.width * screen.height)).toBeGreaterThan(0.6);
        expect(await coveredPoints(projector.page, '.presenter-board')).toEqual([]);
        expect(await projector.page.getByRole('group', { name: 'Map tools' }).count()).toBe(0);
        expect(await projector.page.getByRole('button', { name: /^(Actor|Sticky note|Delete|Undo)$/ }).count()).toBe(0);
        expect(await projector.page.getByText(/You are observing/).count()).toBe(0);
        expect(await projector.page.getByRole('heading', { name: 'Agenda' }).count()).toBe(0);
        expect(await projector.page.getByRole('region', { name: 'Run the workshop' }).count()).toBe(0);
        expect(await projector.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        expect(await seriousAxeViolations(projector.page)).toEqual([]);
        await screenshot(projector.page, `presenter-${viewport.width}`);

        // Group 2's participant, following, is on Group 1's board: read-only for them, in the page.
        await mainHeading(other.page, map1.title);
        await boardLive(other.page);
        await visible(other.page.locator('.workspace-header').getByText('Read only', { exact: true }));
        await visible(other.page.getByRole('group', { name: 'Map tools' }));
        expect(await other.page.getByRole('button', { name: 'Actor', exact: true }).count()).toBe(0);
        // They are a participant, not an observer: the page says the board is presented, not "observing".
        expect(await other.page.getByText('You are observing this map.').count()).toBe(0);

        // Next group: every screen follows; previous: back again.
        await projector.page.getByRole('button', { name: `Next group: ${group2.name}` }).click();
        await mainHeading(projector.page, map2.title);
        await mainHeading(other.page, map2.title);
        await boardLive(other.page);
        // Their own group's board: Ben edits it while it is presented.
        await visible(other.page.getByRole('button', { name: 'Actor', exact: true }));
        await projector.page.getByRole('button', { name: `Previous group: ${group1.name}` }).click();
        await mainHeading(projector.page, map1.title);
        await mainHeading(other.page, map1.title);

        // The end of the spotlight: the projector shows the plenary again at once.
        await projector.page.getByRole('button', { name: 'End spotlight' }).click();
        await visible(projector.page.getByRole('heading', { name: 'Agenda' }));
        expect(pageErrors(projector.page)).toEqual([]);
        expect(pageErrors(other.page)).toEqual([]);
        await projector.context.close();
        await other.context.close();
      },
      browserTestMs,
    );

  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ])
    it(
      `at ${viewport.width} × ${viewport.height}, a participant moved to the spotlit board: its notice stays inside the window and clear of the map's zoom buttons; a closed round's results fold to one line`,
      async () => {
        const workshop = await createLiveWorkshop(live.app, `Spotlight notice ${viewport.width}`);
        const id = workshop.workshop.id;
        const group1 = workshop.groups[0]!;
        const map1 = await boardFor(live.app, id, 'mapping', group1.id);
        const fac = await newPerson(live.browser);
        await signInFacilitator(fac.page, live.app);
        await fac.page.goto(`${live.app.base}/w/${id}`);
        await mainHeading(fac.page, workshop.workshop.title);
        const amira = await newPerson(live.browser);
        await amira.page.setViewportSize(viewport);
        await submitJoin(amira.page, `${live.app.base}/join/${workshop.invites.participant.code}`, 'Amira Haddad', 'City Council');
        await mainHeading(amira.page, workshop.workshop.title);
        const participant = (await participantsOf(live.app, id)).find((p) => p.name === 'Amira Haddad')!;
        await live.app.server.store.setParticipantGroup(participant.id, group1.id);

        // A round on the map, opened and closed: Amira, on the board, sees its results in full.
        await fac.page.getByLabel('Board to vote on', { exact: true }).selectOption(map1.id);
        await fac.page.getByLabel('Votes each', { exact: true }).fill('2');
        await fac.page.getByRole('button', { name: 'Open voting', exact: true }).click();
        await amira.page.goto(`${live.app.base}/b/${map1.id}`);
        await mainHeading(amira.page, map1.title);
        await boardLive(amira.page);
        const banner = amira.page.locator('.vote-budget');
        await visible(banner.getByRole('status').filter({ hasText: 'Voting is open' }));
        await fac.page.getByRole('button', { name: 'Close voting', exact: true }).first().click();
        await visible(banner.getByRole('heading', { name: 'Voting results' }));

        // The spotlight on her board: the notice says so, away from the zoom buttons; the results fold.
        await fac.page.getByLabel('Board to show on every screen', { exact: true }).selectOption(map1.id);
        await fac.page.getByRole('button', { name: 'Spotlight', exact: true }).click();
        const notice = amira.page.locator('.live-notice-shown');
        await visible(notice);
        const noticeBox = (await notice.boundingBox())!;
        expect(inWindow(noticeBox, viewport)).toBe(true);
        const zoom = (await amira.page.locator('.react-flow__controls').boundingBox())!;
        expect(overlaps(noticeBox, zoom), `notice ${JSON.stringify(noticeBox)}, zoom buttons ${JSON.stringify(zoom)}`).toBe(false);
        await visible(banner.getByRole('button', { name: 'Show results' }));
        expect(await banner.getByRole('heading', { name: 'Voting results' }).count()).toBe(0);
        expect(await oneLine(banner.locator('.vote-budget-text'))).toBe(true);
        // Asked for, the results open again while the spotlight lasts.
        await banner.getByRole('button', { name: 'Show results' }).click();
        await visible(banner.getByRole('heading', { name: 'Voting results' }));
        await screenshot(amira.page, `spotlight-notice-${viewport.width}`);
        expect(pageErrors(amira.page)).toEqual([]);
        await fac.context.close();
        await amira.context.close();
      },
      browserTestMs,
    );
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { boardLive, runApp, showNotes, submitJoin } from './support/app.js';
import { browserTestMs, mainHeading, newPerson, pageErrors, screenshot, seriousAxeViolations, visible, waitMs } from './support/browser.js';

/** The notes everyone sees on the board (not the private list above them). */
const boardNotes = (page: Page) => page.locator('.notes:not(.private-notes) .note-text');
const banner = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'Private round: only you see your notes until the facilitator reveals them.' });

describe.runIf(browserAvailable())(`private rounds (Chromium at ${chromiumPath})`, () => {
  const live = runApp();

  async function onMap(page: Page, invite: 'facilitator' | 'participant', name: string): Promise<void> {
    await submitJoin(page, live.app.inviteUrl(invite), name, 'City Council');
    await mainHeading(page, live.app.demo.workshop.title);
    await page.goto(`${live.app.base}/b/${live.app.mapBoard.id}`);
    await mainHeading(page, live.app.mapBoard.title);
    await boardLive(page);
    await showNotes(page);
  }

  async function addPrivate(page: Page, text: string): Promise<void> {
    await page.getByLabel('Add a private note', { exact: true }).fill(text);
    await page.getByRole('button', { name: 'Add note', exact: true }).click();
    await visible(page.getByRole('list', { name: 'Your private notes' }).getByText(text, { exact: true }));
  }

  it(
    'R1–R4: the second participant cannot see the first’s notes until the facilitator reveals them; then both see both',
    async () => {
      const fay = await newPerson(live.browser, { bypassCSP: true });
      const ada = await newPerson(live.browser, { bypassCSP: true });
      const bo = await newPerson(live.browser);
      await onMap(fay.page, 'facilitator', 'Fay Lin');
      await onMap(ada.page, 'participant', 'Ada Stone');
      await onMap(bo.page, 'participant', 'Bo Park');

      await fay.page.getByRole('button', { name: 'Start a private round', exact: true }).click();
      await visible(banner(ada.page));
      await visible(banner(bo.page));

      const adas = 'Ada: the sensor contract ends in March';
      const bos = 'Bo: nobody reads the open data portal';
      await addPrivate(ada.page, adas);
      await addPrivate(bo.page, bos);
      // A note can be taken back before the reveal: it is never shown to anyone.
      const regret = 'Ada: on second thoughts, leave this out';
      await addPrivate(ada.page, regret);
      await ada.page.getByRole('button', { name: `Take back: ${regret}`, exact: true }).click();
      await ada.page.getByRole('list', { name: 'Your private notes' }).getByText(regret).waitFor({ state: 'detached', timeout: waitMs });
      // The facilitator sees how many, never what.
      await visible(fay.page.getByText('2 notes held back by 2 people.', { exact: true }));
      for (const [page, hidden] of [
        [bo.page, adas],
        [ada.page, bos],
        [fay.page, adas],
        [fay.page, bos],
      ] as const)
        expect(await page.locator('body').textContent(), `"${hidden}" shown before the reveal`).not.toContain(hidden);

      const problems = await seriousAxeViolations(ada.page);
      expect(problems, `axe during a private round:\n${problems.join('\n')}`).toEqual([]);
      await screenshot(ada.page, 'private-round-participant');
      await screenshot(fay.page, 'private-round-facilitator');

      await fay.page.getByRole('button', { name: 'Reveal notes', exact: true }).click();
      for (const page of [ada.page, bo.page, fay.page]) {
        await boardNotes(page).filter({ hasText: adas }).waitFor({ timeout: waitMs });
        await boardNotes(page).filter({ hasText: bos }).waitFor({ timeout: waitMs });
      }
      await banner(ada.page).waitFor({ state: 'detached', timeout: waitMs });
      expect(await bo.page.locator('body').textContent()).not.toContain(regret);
      // After the reveal a note goes on the board again, for everyone at once.
      await ada.page.getByLabel('Add a note', { exact: true }).fill('Ada: back in the open');
      await ada.page.getByRole('button', { name: 'Add note', exact: true }).click();
      await boardNotes(bo.page).filter({ hasText: 'Ada: back in the open' }).waitFor({ timeout: waitMs });

      for (const page of [fay.page, ada.page, bo.page]) expect(pageErrors(page), 'uncaught errors').toEqual([]);
    },
    browserTestMs,
  );
  it(
    'R2/R4 on a reflection board: notes held back per column; an anonymous one is revealed without a name',
    async () => {
      const { demo, server } = live.app;
      const group = demo.groups[0]!;
      const reflection = demo.boards.find((b) => b.kind === 'reflection' && b.groupId === group.id)!;
      await server.store.createInvite({
        code: 'private-round-e2e-group-1-invite',
        workshopId: demo.workshop.id,
        role: 'participant',
        groupId: group.id,
        createdAt: new Date().toISOString(),
        revokedAt: null,
      });
      const open = async (page: Page, url: string, name: string) => {
        await submitJoin(page, url, name, 'University');
        await mainHeading(page, demo.workshop.title);
        await page.goto(`${live.app.base}/b/${reflection.id}`);
        await mainHeading(page, reflection.title);
        await boardLive(page);
      };
      const fay = await newPerson(live.browser);
      const cat = await newPerson(live.browser);
      const dan = await newPerson(live.browser);
      await open(fay.page, live.app.inviteUrl('facilitator'), 'Fay Again');
      await open(cat.page, `${live.app.base}/join/private-round-e2e-group-1-invite`, 'Cat Moss');
      await open(dan.page, `${live.app.base}/join/private-round-e2e-group-1-invite`, 'Dan Roe');

      await fay.page.getByRole('button', { name: 'Start a private round', exact: true }).click();
      await visible(banner(cat.page));
      const keep = cat.page.getByRole('region', { name: /^Keep/ });
      await keep.getByLabel('New note for Keep', { exact: true }).fill('Cat: keep the site visit');
      await keep.getByRole('button', { name: 'Add note to Keep' }).click();
      const change = dan.page.getByRole('region', { name: /^Change/ });
      await change.getByLabel('New note for Change', { exact: true }).fill('Dan: change who chairs');
      await change.getByRole('checkbox', { name: 'Post anonymously (Change)' }).check();
      await change.getByRole('button', { name: 'Add note to Change' }).click();
      await visible(cat.page.getByRole('list', { name: 'Your private notes' }).getByText('Cat: keep the site visit'));
      await visible(dan.page.getByRole('list', { name: 'Your private notes' }).getByText('Dan: change who chairs'));
      await visible(fay.page.getByText('2 notes held back by 2 people.', { exact: true }));
      expect(await cat.page.locator('body').textContent()).not.toContain('Dan: change who chairs');
      expect(await dan.page.locator('body').textContent()).not.toContain('Cat: keep the site visit');

      await fay.page.getByRole('button', { name: 'Reveal notes', exact: true }).click();
      for (const page of [cat.page, dan.page, fay.page]) {
        await visible(page.locator('.reflection-note').filter({ hasText: 'Cat: keep the site visit' }));
        const anonymous = page.locator('.reflection-note').filter({ hasText: 'Dan: change who chairs' });
        await visible(anonymous.getByText('Anonymous', { exact: true }));
        expect(await anonymous.textContent()).not.toContain('Dan Roe');
      }
      for (const page of [fay.page, cat.page, dan.page]) expect(pageErrors(page), 'uncaught errors').toEqual([]);
    },
    browserTestMs,
  );
});

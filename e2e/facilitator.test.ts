import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { ownedTitle, signInFacilitator, runApp } from './support/app.js';
import { browserTestMs, mainHeading, newPerson, pageErrors, screenshot, visible } from './support/browser.js';

/** Waits until the element's box is wholly inside the window (scrolling, when smooth, takes a moment). */
async function expectInView(locator: Locator): Promise<void> {
  const page = locator.page();
  await page.waitForFunction(
    (el) => {
      const r = (el as Element).getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
    },
    await locator.elementHandle(),
  );
  expect(await locator.isVisible()).toBe(true);
}

describe.runIf(browserAvailable())(`a facilitator creates a workshop and manages its invite links (Chromium at ${chromiumPath})`, () => {
  const live = runApp();

  it(
    'signs in, creates a workshop with two groups, sees a link per role, revokes one; the revoked link says so',
    async () => {
      const { context, page } = await newPerson(live.browser);
      await signInFacilitator(page, live.app);
      expect(new URL(page.url()).pathname).toBe('/facilitator');
      await visible(page.getByRole('link', { name: ownedTitle, exact: true }));

      // A new workshop with two groups, from the form beside the list.
      const title = 'Harbour district data workshop';
      await page.getByLabel('Title', { exact: true }).fill(title);
      await page.getByLabel('Groups', { exact: true }).fill('North team\nSouth team');
      await page.getByLabel('Projects', { exact: true }).fill('Harbour air quality');
      await page.getByRole('button', { name: 'Create workshop', exact: true }).click();
      await mainHeading(page, title);
      const workshopPath = new URL(page.url()).pathname;
      expect(workshopPath).toMatch(/^\/w\/[^/]+$/);
      await visible(page.getByText('You are taking part as a facilitator.'));
      // Each group has its boards, listed in the same order (the order of the activities).
      for (const group of ['North team', 'South team']) {
        const section = page.locator('.board-section', { has: page.getByRole('heading', { level: 3, name: group, exact: true }) });
        await visible(section);
        const boards = await section.locator('.board-link').allTextContents();
        expect(boards).toEqual(['Ecosystem map', 'Data ethics canvas', 'Reflection'].map((kind) => `${kind} — ${group}`));
      }

      // One live link per role, each a full address on this server.
      const invites = page.locator('.invite-list > li');
      await visible(invites.first());
      const labels = await page.locator('.invite-list .invite-label').allTextContents();
      expect(labels).toEqual(['Facilitator link', 'Participant link, no group', 'Observer link']);
      for (const url of await page.locator('.invite-list .invite-url').allTextContents())
        expect(url).toMatch(new RegExp(`^${live.app.base}/join/[A-Za-z0-9_-]+$`));
      const observerRow = invites.filter({ hasText: 'Observer link' });
      const revokedUrl = (await observerRow.locator('.invite-url').textContent())?.trim() ?? '';

      // Revoke asks first, in the page; Cancel keeps the link.
      await page.getByRole('button', { name: 'Revoke observer link', exact: true }).click();
      const confirm = await visible(page.getByRole('group', { name: 'Confirm revoking the observer link' }));
      await confirm.getByRole('button', { name: 'Cancel', exact: true }).click();
      await confirm.waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Revoke observer link', exact: true }).click();
      await confirm.getByRole('button', { name: 'Yes, revoke', exact: true }).click();
      await observerRow.waitFor({ state: 'detached' });
      await visible(page.getByText('Revoked links (1)'));
      expect(await page.locator('.invite-list .invite-label').allTextContents()).toEqual([
        'Facilitator link',
        'Participant link, no group',
      ]);
      await screenshot(page, 'facilitator-workshop-home');

      // The long home has a nav that stays at the top: "Report" jumps to the report, far down,
      // and the nav is still on screen there to jump back to the groups.
      const nav = page.getByRole('navigation', { name: 'Parts of this page' });
      await nav.getByRole('link', { name: 'Report', exact: true }).click();
      const reportHeading = page.getByRole('heading', { name: 'Report', exact: true });
      await expectInView(reportHeading);
      await expectInView(nav);
      await nav.getByRole('link', { name: 'Groups', exact: true }).click();
      await expectInView(page.getByRole('heading', { name: 'Groups', exact: true, level: 3 }));
      // The report's options: each checkbox on the line of its label, not above it.
      for (const name of [
        'Include the groups’ reflections (without names)',
        'Name the people under their organisation (otherwise counts only)',
      ]) {
        const box = (await page.getByRole('checkbox', { name, exact: true }).boundingBox())!;
        const label = (await page.getByText(name, { exact: true }).boundingBox())!;
        expect(box.y, name).toBeLessThan(label.y + label.height);
        expect(box.y + box.height, name).toBeGreaterThan(label.y);
        expect(box.x + box.width, name).toBeLessThanOrEqual(label.x);
      }

      // Someone opening the revoked link is told it was withdrawn and what to do.
      const late = await newPerson(live.browser);
      // It says so as the page opens, with no form to fill in for nothing.
      await late.page.goto(revokedUrl);
      const problem = await visible(late.page.getByRole('alert').filter({ hasText: 'This invite link does not work' }));
      expect(await problem.textContent()).toMatch(/withdrawn.*ask your facilitator/i);
      expect(await late.page.getByRole('button', { name: 'Join', exact: true }).count()).toBe(0);
      expect(await late.page.getByLabel('Name', { exact: true }).count()).toBe(0);
      await mainHeading(late.page, 'Join the workshop');
      await screenshot(late.page, 'join-revoked-invite');

      // A code that never existed says so too.
      await late.page.goto(`${live.app.base}/join/no-such-invite-code`);
      const unknown = await visible(late.page.getByRole('alert').filter({ hasText: 'This invite link does not work' }));
      expect(await unknown.textContent()).toMatch(/not known.*ask your facilitator/i);

      // The owner deletes the new workshop: it asks first, in the page; "Keep it" keeps it.
      await page.goto(`${live.app.base}${workshopPath}`);
      await mainHeading(page, title);
      await page.getByRole('button', { name: 'Delete workshop…', exact: true }).click();
      const sure = await visible(page.getByRole('group', { name: 'Confirm deleting the workshop' }));
      expect(await sure.textContent()).toContain(`Delete “${title}” and everything in it, for good?`);
      await sure.getByRole('button', { name: 'Keep it', exact: true }).click();
      await sure.waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Delete workshop…', exact: true }).click();
      await sure.scrollIntoViewIfNeeded();
      await screenshot(page, 'facilitator-delete-workshop');
      await sure.getByRole('button', { name: 'Yes, delete it for good', exact: true }).click();
      await visible(page.getByRole('link', { name: ownedTitle, exact: true }));
      expect(await page.getByRole('link', { name: title, exact: true }).count()).toBe(0);
      const gone = await page.request.get(`${live.app.base}/api${workshopPath.replace('/w/', '/workshops/')}`);
      expect(gone.status()).toBe(404);
      expect((await gone.json()).error.code).toBe('WORKSHOP_NOT_FOUND');

      expect([...pageErrors(page), ...pageErrors(late.page)]).toEqual([]);
      await late.context.close();
      await context.close();
    },
    browserTestMs,
  );
});

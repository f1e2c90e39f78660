import { describe, expect, it } from 'vitest';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { boardLive, ownedTitle, runApp, signInFacilitator, submitJoin } from './support/app.js';
import { browserTestMs, mainHeading, newPerson, pageErrors, screenshot, visible } from './support/browser.js';

describe.runIf(browserAvailable())(
  `a facilitator renames, locks and deletes a board from the workshop home (Chromium at ${chromiumPath})`,
  () => {
    const live = runApp();

    it(
      'A13/A14: rename refuses an empty or over-long title at the field; lock makes an open board read-only with a banner; delete disconnects it',
      async () => {
        const { app } = live;
        const original = 'Ecosystem map — Group A';
        const renamed = 'Harbour sensors map';

        // A participant is on the board the facilitator is about to change.
        const participant = await newPerson(live.browser);
        const participantErrors = pageErrors(participant.page);
        await submitJoin(participant.page, `${app.base}/join/${app.owned.invites.participant.code}`, 'Lena Park', 'Harbour Trust');
        await mainHeading(participant.page, ownedTitle);
        await participant.page.getByRole('link', { name: original, exact: true }).click();
        await mainHeading(participant.page, original);
        await boardLive(participant.page);

        const { page } = await newPerson(live.browser);
        const errors = pageErrors(page);
        await signInFacilitator(page, app);
        await page.getByRole('link', { name: ownedTitle, exact: true }).click();
        await mainHeading(page, ownedTitle);

        // Rename: refused at the field when empty or too long, then saved from the keyboard.
        await page.getByRole('button', { name: `Rename ${original}`, exact: true }).click();
        const field = page.getByLabel(`New title for ${original}`, { exact: true });
        await field.fill('   ');
        await page.getByRole('button', { name: 'Save title', exact: true }).click();
        await visible(page.locator('.field-error').filter({ hasText: 'Give the board a title.' }));
        expect(await field.getAttribute('aria-invalid')).toBe('true');
        await field.fill('x'.repeat(121));
        await page.getByRole('button', { name: 'Save title', exact: true }).click();
        await visible(page.locator('.field-error').filter({ hasText: 'Keep the title to 120 characters or fewer' }));
        await field.fill(renamed);
        await field.press('Enter');
        await visible(page.getByRole('link', { name: renamed, exact: true }));
        expect(await page.getByRole('link', { name: original, exact: true }).count()).toBe(0);
        expect((await app.server.store.getBoard(app.owned.boards.find((b) => b.title === original)!.id))?.title).toBe(renamed);

        // Lock: the participant's open board turns read-only at once and says why; unlock lifts it.
        await page.getByRole('button', { name: `Lock ${renamed}`, exact: true }).click();
        await visible(page.getByRole('button', { name: `Unlock ${renamed}`, exact: true }));
        const banner = participant.page.getByText('This board is locked by the facilitator.');
        await visible(banner);
        await visible(participant.page.locator('.workspace-header').getByText('Locked', { exact: true }));
        await screenshot(participant.page, 'board-locked-by-facilitator');
        await screenshot(page, 'workshop-home-board-controls');
        await page.getByRole('button', { name: `Unlock ${renamed}`, exact: true }).click();
        await banner.waitFor({ state: 'detached' });
        expect(await participant.page.locator('.workspace-header').getByText('Locked', { exact: true }).count()).toBe(0);

        // The same from the board page itself.
        const home = page.url();
        await page.getByRole('link', { name: renamed, exact: true }).click();
        await mainHeading(page, renamed);
        await boardLive(page);
        await page.getByRole('button', { name: 'Lock board', exact: true }).click();
        await visible(banner);
        await visible(page.getByText('This board is locked by the facilitator.'));
        await page.getByRole('button', { name: 'Unlock board', exact: true }).click();
        await banner.waitFor({ state: 'detached' });
        await page.goto(home);
        await mainHeading(page, ownedTitle);

        // Delete asks first; "Keep it" keeps it; yes deletes it and the participant is told.
        await page.getByRole('button', { name: `Delete ${renamed}`, exact: true }).click();
        const confirm = await visible(page.getByRole('group', { name: `Confirm deleting ${renamed}` }));
        await confirm.getByRole('button', { name: 'Keep it', exact: true }).click();
        await confirm.waitFor({ state: 'detached' });
        await page.getByRole('button', { name: `Delete ${renamed}`, exact: true }).click();
        await page.getByRole('button', { name: 'Yes, delete the board', exact: true }).click();
        await page.getByRole('link', { name: renamed, exact: true }).waitFor({ state: 'detached' });
        await visible(participant.page.getByRole('alert').filter({ hasText: 'This board has been deleted' }));

        // Sharing with an address that has no account says so at the field.
        const email = page.getByLabel('E-mail of a facilitator account', { exact: true });
        await email.fill('nobody@example.org');
        await page.getByRole('button', { name: 'Share workshop', exact: true }).click();
        await visible(page.locator('#co-facilitator-email-problem').filter({ hasText: 'No facilitator account has this email' }));
        expect(await email.getAttribute('aria-invalid')).toBe('true');
        // With an account: listed, then taken back.
        await app.server.store.createAccount({
          id: 'ac_e2e_co',
          email: 'omar@example.org',
          name: 'Omar Said',
          passwordHash: 'scrypt$unused',
          isAdmin: false,
          createdAt: new Date().toISOString(),
        });
        await email.fill('omar@example.org');
        await email.press('Enter');
        const facilitators = page.locator('.co-facilitators');
        await visible(facilitators.locator('li', { hasText: 'Omar Said (omar@example.org)' }));
        expect(await email.getAttribute('aria-invalid')).toBe('false');
        expect(await app.server.store.isWorkshopFacilitator(app.owned.workshop.id, 'ac_e2e_co')).toBe(true);
        await page.getByRole('button', { name: 'Remove Omar Said as a facilitator', exact: true }).click();
        await facilitators.locator('li', { hasText: 'Omar Said (omar@example.org)' }).waitFor({ state: 'detached' });
        expect(await app.server.store.isWorkshopFacilitator(app.owned.workshop.id, 'ac_e2e_co')).toBe(false);

        expect(errors).toEqual([]);
        expect(participantErrors).toEqual([]);
      },
      browserTestMs,
    );
  },
);

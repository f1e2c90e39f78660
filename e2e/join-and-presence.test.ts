import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { addNote, showNotes, joinDemo, openMapBoard, presenceBar, runApp } from './support/app.js';
import { browserTestMs, newPerson, pageErrors, screenshot, visible } from './support/browser.js';

describe.runIf(browserAvailable())(`joining by invite and working together live (Chromium at ${chromiumPath})`, () => {
  const live = runApp();

  it(
    'two participants join, see each other on the same board, and see each other’s notes live',
    async () => {
      const amira = await newPerson(live.browser);
      const ben = await newPerson(live.browser);

      const people: [Page, string, string][] = [
        [amira.page, 'Amira Haddad', 'City Council data team'],
        [ben.page, 'Ben Okafor', 'Fire and Rescue Service'],
      ];

      // Each joins with a name and an organisation and lands on the workshop home.
      for (const [page, name, organisation] of people) {
        await joinDemo(page, live.app, 'participant', name, organisation);
        expect(new URL(page.url()).pathname).toBe(`/w/${live.app.demo.workshop.id}`);
        await visible(page.getByText('You are taking part as a participant.'));
      }

      // Both open Group 1's ecosystem map; each sees the other in "On this board:".
      for (const [page] of people) await openMapBoard(page, live.app);
      await visible(presenceBar(amira.page).getByRole('listitem').filter({ hasText: 'Ben Okafor' }));
      await visible(presenceBar(ben.page).getByRole('listitem').filter({ hasText: 'Amira Haddad' }));
      await visible(presenceBar(amira.page).getByRole('listitem').filter({ hasText: 'Amira Haddad (you)' }));

      // Amira adds a quick note; Ben sees it appear without reloading, with her name on it.
      const note = 'Who else reads the air quality sensors?';
      await addNote(amira.page, note);
      await showNotes(ben.page);
      const seenByBen = await visible(ben.page.getByRole('listitem').filter({ hasText: note }));
      expect(await seenByBen.textContent()).toContain('Amira Haddad');

      // And the other way round.
      const reply = 'The fire service uses them for incident planning.';
      await addNote(ben.page, reply);
      await visible(amira.page.getByRole('listitem').filter({ hasText: reply }));
      await visible(amira.page.getByRole('list', { name: '2 notes' }));
      // Each says so once the server has the note on disk.
      for (const page of [amira.page, ben.page])
        await visible(
          page.getByRole('status').filter({ hasText: /^Connection: Live: changes are shared as you make them\. All changes saved\.$/ }),
        );

      await screenshot(amira.page, 'join-and-presence-amira');
      await screenshot(ben.page, 'join-and-presence-ben');
      expect([...pageErrors(amira.page), ...pageErrors(ben.page)]).toEqual([]);
      await amira.context.close();
      await ben.context.close();
    },
    browserTestMs,
  );
  it(
    'the join page says the 80-character limit on a name at the field, before and when it is reached',
    async () => {
      const { page, context } = await newPerson(live.browser);
      await page.goto(live.app.inviteUrl('participant'));
      const field = await visible(page.getByLabel('Name', { exact: true }));
      const description = () =>
        field.evaluate((el) =>
          (el.getAttribute('aria-describedby') ?? '')
            .split(' ')
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' '),
        );
      expect(await description()).toContain('up to 80 characters');
      await field.fill('Z'.repeat(85));
      expect((await field.inputValue()).length).toBe(80);
      await expect.poll(description).toContain('That is 80 characters, the most a name can have.');
      expect(pageErrors(page)).toEqual([]);
      await context.close();
    },
    browserTestMs,
  );
});

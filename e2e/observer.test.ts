import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { addNote, showNotes, boardLive, joinDemo, noteTexts, openMapBoard, presenceBar, runApp } from './support/app.js';
import { browserTestMs, newPerson, pageErrors, screenshot, visible } from './support/browser.js';

/**
 * A tampered client: turns the disabled note input and button back on and submits a note, as
 * someone editing the page in developer tools would. Only the server stands in the way.
 */
async function forceAddNote(page: Page, text: string): Promise<void> {
  await page.evaluate((note) => {
    const input = document.querySelector<HTMLInputElement>('#note-text');
    if (!input) throw new Error('no note input on the page');
    input.disabled = false;
    // React tracks the value through the native setter; set it so that onChange sees it.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, note);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  await page.evaluate(() => {
    const button = Array.from(document.querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent?.trim() === 'Add note');
    if (!button) throw new Error('no "Add note" button on the page');
    button.disabled = false;
    button.click();
  });
}

describe.runIf(browserAvailable())(`an observer watches a board but cannot change it (Chromium at ${chromiumPath})`, () => {
  const live = runApp();

  it(
    'sees the read-only notice and a disabled input; a forced note never reaches anyone, even after a reload',
    async () => {
      const olu = await newPerson(live.browser); // observer
      const pia = await newPerson(live.browser); // participant
      await joinDemo(olu.page, live.app, 'observer', 'Olu Adeyemi', 'Regional Combined Authority');
      await visible(olu.page.getByText('You are taking part as an observer.'));
      await joinDemo(pia.page, live.app, 'participant', 'Pia Lindqvist', 'University');
      await openMapBoard(pia.page, live.app);
      await openMapBoard(olu.page, live.app);
      await visible(presenceBar(pia.page).getByRole('listitem').filter({ hasText: 'Olu Adeyemi' }));

      // What the observer is told and cannot do (the quick notes: the Notes tab of the map's panel).
      await showNotes(olu.page);
      await showNotes(pia.page);
      await visible(olu.page.getByText('You are observing: you can watch but not change this board.', { exact: true }));
      const input = olu.page.getByLabel('Add a note', { exact: true });
      expect(await input.isDisabled()).toBe(true);
      expect(await olu.page.getByRole('button', { name: 'Add note', exact: true }).isDisabled()).toBe(true);
      await screenshot(olu.page, 'observer-board');

      // The observer's page still follows the board live.
      await addNote(pia.page, 'Before: the sensor network map');
      await visible(olu.page.getByRole('listitem').filter({ hasText: 'Before: the sensor network map' }));

      // A tampered client sends a note anyway; then the participant writes one more. Once that
      // note has travelled to the observer, the forced one (sent earlier) has reached the
      // server and would long have reached the participant: it must not have.
      const forced = 'FORCED BY AN OBSERVER';
      await forceAddNote(olu.page, forced);
      // The tampering worked locally (the observer's own copy holds the note): a real attempt.
      await visible(olu.page.getByRole('listitem').filter({ hasText: forced }));
      await addNote(pia.page, 'After: who maintains the sensors?');
      await visible(olu.page.getByRole('listitem').filter({ hasText: 'After: who maintains the sensors?' }));
      await visible(pia.page.getByRole('listitem').filter({ hasText: 'After: who maintains the sensors?' }));
      expect(await noteTexts(pia.page)).toEqual(['Before: the sensor network map', 'After: who maintains the sensors?']);

      // After a reload, what the server holds: still without the forced note, for both.
      for (const page of [pia.page, olu.page]) {
        await page.reload();
        await boardLive(page);
        await showNotes(page);
        await visible(page.getByRole('listitem').filter({ hasText: 'After: who maintains the sensors?' }));
        expect(await noteTexts(page)).not.toContain(forced);
      }
      // A newcomer, who never saw anything live, reads the stored board.
      const newcomer = await newPerson(live.browser);
      await joinDemo(newcomer.page, live.app, 'participant', 'Nia Evans', 'Resident');
      await openMapBoard(newcomer.page, live.app);
      await showNotes(newcomer.page);
      await visible(newcomer.page.getByRole('list', { name: '2 notes' }));
      expect(await noteTexts(newcomer.page)).toEqual(['Before: the sensor network map', 'After: who maintains the sensors?']);

      expect([...pageErrors(olu.page), ...pageErrors(pia.page), ...pageErrors(newcomer.page)]).toEqual([]);
      for (const person of [olu, pia, newcomer]) await person.context.close();
    },
    browserTestMs,
  );
});

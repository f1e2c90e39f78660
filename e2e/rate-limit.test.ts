import { describe, expect, it } from 'vitest';
import { defaultLimits } from '../src/server/config.js';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { joinDemo, openMapBoard, runApp, showNotes } from './support/app.js';
import { browserTestMs, newPerson, pageErrors, visible } from './support/browser.js';

// The rate limit is set low here so a person can reach it by hand, and a page slowed by a loaded
// machine still does (at 4 a second it did not always); the rule is the same at 60/s.
describe.runIf(browserAvailable())(`a board closed for too many changes comes back by itself (Chromium at ${chromiumPath})`, () => {
  const live = runApp({ limits: { ...defaultLimits, messagesPerSecond: 2, messageBurst: 6 } });

  it(
    'says why it is offline, reconnects, and every note reaches the others',
    async () => {
      const amira = await newPerson(live.browser);
      await joinDemo(amira.page, live.app, 'participant', 'Amira Haddad', 'City Council data team');
      await openMapBoard(amira.page, live.app);

      const notes = Array.from({ length: 15 }, (_, i) => `Sensor question ${i + 1}`);
      // Typed as fast as the page takes them (the notes shown once, not looked for before each).
      await showNotes(amira.page);
      const field = amira.page.getByLabel('Add a note', { exact: true });
      const add = amira.page.getByRole('button', { name: 'Add note', exact: true });
      for (const note of notes) {
        await field.fill(note);
        await add.click();
      }
      // The reason in full: how many messages a second, then what to do.
      const offline = /^Connection: Offline: .*more than 2 messages a second\. Too many changes too quickly/;
      await visible(amira.page.getByRole('status').filter({ hasText: offline }));
      await visible(amira.page.getByRole('status').filter({ hasText: /^Connection: Live: .*All changes saved\.$/ }));
      expect(live.app.server.logs.some((l) => l.includes('RATE_LIMITED'))).toBe(true);

      // Someone opening the board now gets every note from the server.
      const ben = await newPerson(live.browser);
      await joinDemo(ben.page, live.app, 'participant', 'Ben Okafor', 'Fire and Rescue Service');
      await openMapBoard(ben.page, live.app);
      await showNotes(ben.page);
      await visible(ben.page.getByRole('list', { name: `${notes.length} notes` }));
      expect([...pageErrors(amira.page), ...pageErrors(ben.page)]).toEqual([]);
      await amira.context.close();
      await ben.context.close();
    },
    browserTestMs,
  );
});

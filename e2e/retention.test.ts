import { describe, expect, it } from 'vitest';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { addNote, boardLive, ownedTitle, runApp, showNotes, signInFacilitator, submitJoin } from './support/app.js';
import { browserTestMs, mainHeading, newPerson, pageErrors, screenshot, seriousAxeViolations, visible } from './support/browser.js';

/** SPEC K1, K3, K5, K6 as people meet them: the join page's promise, "Remove my name", the retention field and notice. */
describe.runIf(browserAvailable())(`retention (Chromium at ${chromiumPath})`, () => {
  const live = runApp();

  it(
    'the join page says what is kept; a participant removes their name (asked first); the facilitator sees the notice, and a period out of range is refused at its field',
    async () => {
      const { app } = live;
      const workshopId = app.owned.workshop.id;
      const map = app.owned.boards.find((b) => b.kind === 'ecosystem-map' && b.groupId === app.owned.groups[0]!.id)!;

      const rui = await newPerson(live.browser, { bypassCSP: true });
      await rui.page.goto(`${app.base}/join/${app.owned.invites.participant.code}`);
      await mainHeading(rui.page, 'Join the workshop');
      const kept = rui.page.getByRole('region', { name: 'What we keep, and for how long' });
      await visible(kept.getByText('12 months after its last activity', { exact: false }));
      await visible(kept.getByText('Your reflection is private', { exact: false }));
      expect(await seriousAxeViolations(rui.page)).toEqual([]);
      await screenshot(rui.page, 'join-what-we-keep');

      await submitJoin(rui.page, `${app.base}/join/${app.owned.invites.participant.code}`, 'Rui Costa', 'Harbour trust');
      await mainHeading(rui.page, ownedTitle);
      await rui.page.goto(`${app.base}/b/${map.id}`);
      await boardLive(rui.page);
      await addNote(rui.page, 'Tide gauges report hourly');
      const note = rui.page.getByRole('listitem').filter({ hasText: 'Tide gauges report hourly' });
      await visible(note.getByText('Rui Costa'));

      // Asked first; the board, still open in another tab, loses the name live.
      const home = await rui.context.newPage();
      await home.goto(`${app.base}/w/${workshopId}`);
      await mainHeading(home, ownedTitle);
      const mine = home.getByRole('region', { name: 'Your name' });
      await mine.getByRole('button', { name: 'Remove my name', exact: true }).click();
      const confirm = mine.getByRole('group', { name: /Remove “Rui Costa” and your organisation/ });
      await visible(confirm.getByText('This cannot be undone.', { exact: false }));
      expect(await seriousAxeViolations(home)).toEqual([]);
      await screenshot(home, 'remove-my-name-confirm');
      await confirm.getByRole('button', { name: 'Yes, remove my name', exact: true }).click();
      await visible(mine.getByRole('status').filter({ hasText: 'no longer on this workshop' }));
      await note.getByText('Rui Costa').waitFor({ state: 'detached' });
      await visible(note);
      const me = (await app.server.store.listParticipants(workshopId)).find((p) => p.organisation === '' && p.name === '');
      expect(me).toBeDefined();

      // The facilitator: a workshop near its date carries the notice on the list and the home.
      await app.server.store.touchWorkshopActivity(workshopId, '2020-01-10T09:00:00.000Z', '9999-01-01T00:00:00.000Z');
      const fatima = await newPerson(live.browser, { bypassCSP: true });
      await signInFacilitator(fatima.page, app);
      const notice = fatima.page.getByRole('note', { name: `Deletion of ${ownedTitle}` });
      await visible(notice.getByText('change its retention or export what you need', { exact: false }));
      await fatima.page.goto(`${app.base}/w/${workshopId}`);
      await mainHeading(fatima.page, ownedTitle);
      await visible(fatima.page.getByRole('note', { name: 'Deletion of this workshop' }));
      const people = fatima.page.getByRole('table').filter({ hasText: 'Organisation' });
      await visible(people.getByRole('row').filter({ hasText: 'Participant' }));
      // Nowhere on the home: not in People, not in who is here (Rui's board is still open in a tab).
      await expect.poll(() => fatima.page.getByText('Rui Costa').count()).toBe(0);

      // Out of range: refused at the field, named, nothing saved.
      const field = fatima.page.getByLabel('Keep for (months)', { exact: true });
      await field.fill('40');
      await fatima.page.getByRole('button', { name: 'Save details' }).click();
      await visible(fatima.page.getByText('The period must be a whole number of months from 1 to 36.'));
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      expect(await field.getAttribute('aria-describedby')).toContain('wd-retention-problem');
      expect(await seriousAxeViolations(fatima.page)).toEqual([]);
      await screenshot(fatima.page, 'retention-field-refused');
      expect((await app.server.store.getWorkshopRetention(workshopId))?.retentionMonths).toBeNull();

      // Within range: saved; the change is activity, so the notice goes.
      await field.fill('24');
      await fatima.page.getByRole('button', { name: 'Save details' }).click();
      await visible(fatima.page.getByRole('status').filter({ hasText: 'Saved.' }));
      await fatima.page.getByRole('note', { name: 'Deletion of this workshop' }).waitFor({ state: 'detached' });
      expect((await app.server.store.getWorkshopRetention(workshopId))?.retentionMonths).toBe(24);

      await fatima.page.goto(`${app.base}/b/${map.id}`);
      await boardLive(fatima.page);
      await showNotes(fatima.page);
      await visible(fatima.page.getByRole('listitem').filter({ hasText: 'Tide gauges report hourly' }));
      expect(await fatima.page.getByText('Rui Costa').count()).toBe(0);
      expect([...pageErrors(rui.page), ...pageErrors(home), ...pageErrors(fatima.page)]).toEqual([]);
      await rui.context.close();
      await fatima.context.close();
    },
    browserTestMs,
  );
});

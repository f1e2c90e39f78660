import { describe, expect, it } from 'vitest';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { addNote, boardLive, ownedTitle, runApp, showNotes, signInFacilitator, submitJoin } from './support/app.js';
import { browserTestMs, mainHeading, newPerson, pageErrors, seriousAxeViolations, screenshot, visible } from './support/browser.js';

describe.runIf(browserAvailable())(`a facilitator removes a participant (Chromium at ${chromiumPath})`, () => {
  const live = runApp();

  it(
    'Remove in "People" asks first, then the participant’s open board closes and their page says they were removed (SPEC A10)',
    async () => {
      const { app } = live;
      const workshopId = app.owned.workshop.id;
      const map = app.owned.boards.find((b) => b.kind === 'ecosystem-map' && b.groupId === app.owned.groups[0]!.id)!;

      const rui = await newPerson(live.browser); // participant
      await submitJoin(rui.page, `${app.base}/join/${app.owned.invites.participant.code}`, 'Rui Costa', 'Harbour trust');
      await mainHeading(rui.page, ownedTitle);
      await rui.page.goto(`${app.base}/b/${map.id}`);
      await mainHeading(rui.page, map.title);
      await boardLive(rui.page);
      await addNote(rui.page, 'Tide gauges report hourly');
      await visible(rui.page.getByRole('listitem').filter({ hasText: 'Tide gauges report hourly' }));

      const fatima = await newPerson(live.browser, { bypassCSP: true }); // facilitator; axe-core is injected
      await signInFacilitator(fatima.page, app);
      await fatima.page.goto(`${app.base}/w/${workshopId}`);
      await mainHeading(fatima.page, ownedTitle);
      const people = fatima.page.getByRole('table').filter({ hasText: 'Organisation' });
      const row = people.getByRole('row').filter({ hasText: 'Rui Costa' });
      await visible(row);

      // The first press only asks; Cancel leaves everything as it was.
      await row.getByRole('button', { name: 'Remove Rui Costa', exact: true }).click();
      const confirm = fatima.page.getByRole('group', { name: 'Confirm removing Rui Costa' });
      await visible(confirm.getByText('the notes they wrote stay', { exact: false }));
      expect(await seriousAxeViolations(fatima.page, 'table.people')).toEqual([]);
      await screenshot(fatima.page, 'remove-participant-confirm');
      await confirm.getByRole('button', { name: 'Cancel', exact: true }).click();
      await visible(row.getByRole('button', { name: 'Remove Rui Costa', exact: true }));
      expect(await app.server.store.listParticipants(workshopId)).toHaveLength(1);

      await row.getByRole('button', { name: 'Remove Rui Costa', exact: true }).click();
      await confirm.getByRole('button', { name: 'Yes, remove', exact: true }).click();
      await people.getByRole('row').filter({ hasText: 'Rui Costa' }).waitFor({ state: 'detached' });

      // On Rui's screen, at once: the board is closed and the page says why, without a reload.
      await visible(rui.page.getByRole('heading', { name: 'You have been removed from this workshop', exact: true }));
      expect(await rui.page.getByLabel('Add a note', { exact: true }).isDisabled()).toBe(true);
      await screenshot(rui.page, 'removed-participant');
      // Their session is gone too: a reload no longer opens the workshop.
      await rui.page.goto(`${app.base}/w/${workshopId}`);
      await mainHeading(rui.page, "You're not signed in");

      // What they wrote stays on the board.
      await fatima.page.goto(`${app.base}/b/${map.id}`);
      await boardLive(fatima.page);
      await showNotes(fatima.page);
      await visible(fatima.page.getByRole('listitem').filter({ hasText: 'Tide gauges report hourly' }));
      expect(pageErrors(rui.page)).toEqual([]);
      expect(pageErrors(fatima.page)).toEqual([]);
      await rui.context.close();
      await fatima.context.close();
    },
    browserTestMs,
  );
  it(
    'revoking a link asks whether its people go too; ticked, the observer who joined with it is told at once (SPEC A10)',
    async () => {
      const { app } = live;
      const oda = await newPerson(live.browser); // observer
      await submitJoin(oda.page, `${app.base}/join/${app.owned.invites.observer.code}`, 'Oda Berg', 'City council');
      await mainHeading(oda.page, ownedTitle);

      const fatima = await newPerson(live.browser);
      await signInFacilitator(fatima.page, app);
      await fatima.page.goto(`${app.base}/w/${app.owned.workshop.id}`);
      await mainHeading(fatima.page, ownedTitle);
      await fatima.page.getByRole('button', { name: 'Revoke observer link', exact: true }).click();
      const confirm = fatima.page.getByRole('group', { name: 'Confirm revoking the observer link' });
      const option = confirm.getByLabel('Also remove everyone who joined with it', { exact: false });
      expect(await option.isChecked()).toBe(false);
      await option.check();
      await confirm.getByRole('button', { name: 'Yes, revoke', exact: true }).click();
      await visible(fatima.page.getByText('Revoked links (1)'));

      await visible(oda.page.getByRole('heading', { name: 'You have been removed from this workshop', exact: true }));
      expect((await app.server.store.listParticipants(app.owned.workshop.id)).map((p) => p.name)).not.toContain('Oda Berg');
      expect(pageErrors(oda.page)).toEqual([]);
      await oda.context.close();
      await fatima.context.close();
    },
    browserTestMs,
  );

  it(
    'a facilitator who joined by invite sees “You” and no Remove next to their own name (A10)',
    async () => {
      const { app } = live;
      const fay = await newPerson(live.browser);
      await submitJoin(fay.page, `${app.base}/join/${app.owned.invites.facilitator.code}`, 'Fay Invited', 'Harbour trust');
      await mainHeading(fay.page, ownedTitle);
      const people = fay.page.getByRole('table').filter({ hasText: 'Organisation' });
      const own = people.getByRole('row').filter({ hasText: 'Fay Invited' });
      await visible(own.getByText('You', { exact: true }));
      expect(await own.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
      expect(pageErrors(fay.page)).toEqual([]);
      await fay.context.close();
    },
    browserTestMs,
  );
});

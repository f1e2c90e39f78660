import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { boardLive, runApp, signInFacilitator, submitJoin } from './support/app.js';
import { browserTestMs, mainHeading, newPerson, pageErrors, screenshot, seriousAxeViolations, visible } from './support/browser.js';
import { boardFor, createLiveWorkshop, participantsOf, waitUntil } from './support/live.js';
import { actorNames, addActorByKeyboard, seesActor } from './support/map.js';

const title = 'Harbour versions run';

/** Opens the map's Versions tab (the side panel first, if it is closed). */
async function openVersions(page: Page): Promise<void> {
  const tab = page.getByRole('tab', { name: 'Versions', exact: true });
  const open = page.getByRole('button', { name: 'Panel', exact: true });
  await visible(tab.or(open).first());
  if (await open.isVisible()) await open.click();
  await tab.click();
  await visible(page.getByRole('heading', { name: /^Saved versions/ }));
}

/** The button of a saved version in the Versions tab, by its label. */
function versionButton(page: Page, label: string) {
  return page.getByRole('list', { name: 'Saved versions' }).getByRole('button', { name: new RegExp(`^${label} · `) });
}

describe.runIf(browserAvailable())(`map versions (Chromium at ${chromiumPath})`, () => {
  const live = runApp();

  it(
    'H1 H3 H4 H5 H6 restore a map version: saved by hand, restored live for everyone, undone; an observer only reads; the end of the activity saves one',
    async () => {
      const workshop = await createLiveWorkshop(live.app, title);
      const id = workshop.workshop.id;
      const group = workshop.groups[0]!;
      const board = await boardFor(live.app, id, 'mapping', group.id);
      // bypassCSP only so that axe-core can be injected into Amira's page.
      const amira = await newPerson(live.browser, { bypassCSP: true });
      const ben = await newPerson(live.browser);
      const olu = await newPerson(live.browser);
      await submitJoin(amira.page, `${live.app.base}/join/${workshop.invites.participant.code}`, 'Amira Haddad', 'City Council');
      await mainHeading(amira.page, title);
      await submitJoin(ben.page, `${live.app.base}/join/${workshop.invites.participant.code}`, 'Ben Okafor', 'Harbour Authority');
      await mainHeading(ben.page, title);
      await submitJoin(olu.page, `${live.app.base}/join/${workshop.invites.observer.code}`, 'Olu Adeyemi', 'Regional Authority');
      await mainHeading(olu.page, title);
      for (const p of await participantsOf(live.app, id)) await live.app.server.store.setParticipantGroup(p.id, group.id);
      for (const page of [amira.page, ben.page, olu.page]) {
        await page.goto(`${live.app.base}/b/${board.id}`);
        await mainHeading(page, board.title);
        await boardLive(page);
      }

      // Amira builds a map and saves it as a version; Ben sees the version arrive.
      await addActorByKeyboard(amira.page, 'City Council');
      await addActorByKeyboard(amira.page, 'Bus operator');
      await seesActor(ben.page, 'Bus operator');
      await openVersions(amira.page);
      await openVersions(ben.page);
      await amira.page.getByLabel('Version label', { exact: true }).fill('First draft');
      await amira.page.getByRole('button', { name: 'Save version', exact: true }).click();
      await visible(amira.page.getByRole('status').filter({ hasText: 'Saved the version “First draft”.' }));
      await visible(versionButton(ben.page, 'First draft'));

      // She changes the map, then restores the version after seeing what it would change.
      await amira.page.locator('.react-flow__pane').click();
      await addActorByKeyboard(amira.page, 'Cycling club');
      await seesActor(ben.page, 'Cycling club');
      await openVersions(amira.page); // the new actor, selected, showed its details
      await versionButton(amira.page, 'First draft').click();
      await visible(amira.page.getByRole('listitem').filter({ hasText: /^remove 1 actor$/ }));
      await amira.page.getByRole('button', { name: 'Restore…', exact: true }).click();
      await visible(amira.page.getByText(/You can take it back with Undo/));
      await screenshot(amira.page, 'map-versions-restore');
      expect(await seriousAxeViolations(amira.page, '.map-versions')).toEqual([]);
      await amira.page.getByRole('button', { name: 'Restore this version', exact: true }).click();
      await visible(amira.page.getByRole('status').filter({ hasText: 'Restored “First draft” for everyone.' }));

      // Ben sees the restore live, and adds an actor after it.
      await waitUntil(
        'Ben to see the map restored',
        () => actorNames(ben.page),
        (names) => !names.includes('Cycling club'),
      );
      expect(await actorNames(ben.page)).toEqual(['Bus operator', 'City Council']);
      await ben.page.locator('.react-flow__pane').click();
      await addActorByKeyboard(ben.page, 'Ferry company');
      await seesActor(amira.page, 'Ferry company');

      // One Undo takes the restore back for everyone; Ben's later edit stays.
      await amira.page.getByRole('button', { name: 'Undo', exact: true }).click();
      await waitUntil(
        'Ben to see the restore undone',
        () => actorNames(ben.page),
        (names) => names.includes('Cycling club'),
      );
      expect(await actorNames(ben.page)).toEqual(['Bus operator', 'City Council', 'Cycling club', 'Ferry company']);
      expect(await actorNames(amira.page)).toEqual(['Bus operator', 'City Council', 'Cycling club', 'Ferry company']);

      // The observer sees the versions and what one would change, but can neither save nor restore.
      await openVersions(olu.page);
      await versionButton(olu.page, 'First draft').click();
      await visible(olu.page.getByText('Restoring this version would:'));
      expect(await olu.page.getByRole('button', { name: 'Restore…' }).count()).toBe(0);
      expect(await olu.page.getByRole('button', { name: 'Save version' }).count()).toBe(0);

      // The facilitator runs the activity and ends it: a version "End of …" is saved on the map.
      const fac = await newPerson(live.browser);
      await signInFacilitator(fac.page, live.app);
      await fac.page.goto(`${live.app.base}/w/${id}`);
      await mainHeading(fac.page, title);
      await fac.page.getByRole('button', { name: 'Start Map the data ecosystem', exact: true }).click();
      await fac.page.getByRole('button', { name: 'End Map the data ecosystem', exact: true }).click();
      // Amira follows the facilitator to the plenary at the end of the activity, then goes back
      // to the map by herself (going back before the move arrived was taken away again by it).
      await amira.page.waitForURL((url) => !url.pathname.startsWith('/b/'));
      await amira.page.goto(`${live.app.base}/b/${board.id}`);
      await boardLive(amira.page);
      await openVersions(amira.page);
      await visible(versionButton(amira.page, 'End of Map the data ecosystem'));
      await versionButton(amira.page, 'End of Map the data ecosystem').click();
      await visible(amira.page.getByText('The map is the same as this version.'));

      for (const page of [amira.page, ben.page, olu.page, fac.page]) expect(pageErrors(page)).toEqual([]);
      for (const person of [amira, ben, olu, fac]) await person.context.close();
    },
    browserTestMs * 2,
  );
});

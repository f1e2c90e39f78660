import { describe, expect, it } from 'vitest';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { boardLive, joinDemo, openMapBoard, runApp } from './support/app.js';
import { browserTestMs, newPerson, pageErrors, visible } from './support/browser.js';
import { actorNode, addActorByKeyboard, seesActor, sidePanel } from './support/map.js';

describe.runIf(browserAvailable())(`what is typed in the side panel is shared as it is typed (Chromium at ${chromiumPath})`, () => {
  const live = runApp();

  it(
    'a description typed reaches a second participant before the field is left, survives a reload, and is one undo step',
    async () => {
      const amira = await newPerson(live.browser);
      const ben = await newPerson(live.browser);
      await joinDemo(amira.page, live.app, 'participant', 'Amira Haddad', 'City Council data team');
      await joinDemo(ben.page, live.app, 'participant', 'Ben Okafor', 'Fire and Rescue Service');
      await openMapBoard(amira.page, live.app);
      await openMapBoard(ben.page, live.app);
      await addActorByKeyboard(amira.page, 'City Council');
      await seesActor(ben.page, 'City Council');
      await actorNode(ben.page, 'City Council').click();
      const bensDescription = sidePanel(ben.page).getByLabel('Description', { exact: true });
      await visible(bensDescription);

      const description = amira.page.getByLabel('Description', { exact: true });
      await description.click();
      await description.pressSequentially('Runs the sensors');
      // Still in the field: Ben already has the words.
      expect(await description.evaluate((el) => el === document.activeElement)).toBe(true);
      await expect.poll(() => bensDescription.inputValue()).toBe('Runs the sensors');

      // A reload before leaving the field keeps them: what was typed is stored.
      await visible(amira.page.getByRole('status').filter({ hasText: /All changes saved/ }));
      await amira.page.reload();
      await boardLive(amira.page);
      await seesActor(amira.page, 'City Council');
      await actorNode(amira.page, 'City Council').click();
      await expect.poll(() => amira.page.getByLabel('Description', { exact: true }).inputValue()).toBe('Runs the sensors');

      // A new edit, left with Tab, is one undo step: Undo puts back the whole description.
      const again = amira.page.getByLabel('Description', { exact: true });
      await again.click();
      await again.press('End');
      await again.pressSequentially(' and the data');
      await again.press('Tab');
      await expect.poll(() => bensDescription.inputValue()).toBe('Runs the sensors and the data');
      await amira.page.getByRole('button', { name: 'Undo', exact: true }).click();
      await expect.poll(() => bensDescription.inputValue()).toBe('Runs the sensors');
      expect(pageErrors(amira.page)).toEqual([]);
      expect(pageErrors(ben.page)).toEqual([]);
    },
    browserTestMs,
  );
});

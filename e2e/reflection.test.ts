import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Board } from '../src/domain/index.js';
import { createWorkshop, type CreatedWorkshop } from '../src/server/services/createWorkshop.js';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { boardLive, runApp, submitJoin } from './support/app.js';
import { browserTestMs, mainHeading, newPerson, pageErrors, screenshot, seriousAxeViolations, visible } from './support/browser.js';
import { dragWithMouse } from './support/live.js';

const title = 'Harbour reflection';

/** A column of the reflection board ("Keep", "Change", "Improve"), by its heading. */
const column = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^${name}`) });
const note = (page: Page, text: string) => page.locator('.reflection-note').filter({ hasText: text });

describe.runIf(browserAvailable())(`the reflection board: keep, change, improve (Chromium at ${chromiumPath})`, () => {
  const live = runApp();
  let workshop: CreatedWorkshop;
  let board1: Board;
  beforeAll(async () => {
    workshop = await createWorkshop(
      live.app.server.store,
      {
        title,
        description: '',
        meetingLink: null,
        ownerId: null,
        groups: ['Group 1', 'Group 2'],
        projects: [],
        boardsPerGroup: ['reflection'],
      },
      new Date(),
    );
    board1 = workshop.boards.find((b) => b.groupId === workshop.groups[0]!.id)!;
    // A participant invite for each group, so people land in a group as they join.
    for (const [i, group] of workshop.groups.entries()) {
      await live.app.server.store.createInvite({
        code: `reflection-e2e-group-${i + 1}-invite-code`,
        workshopId: workshop.workshop.id,
        role: 'participant',
        groupId: group.id,
        createdAt: new Date().toISOString(),
        revokedAt: null,
      });
    }
  });

  async function join(page: Page, code: string, name: string, organisation: string): Promise<void> {
    await submitJoin(page, `${live.app.base}/join/${code}`, name, organisation);
    await mainHeading(page, title);
  }

  it(
    'A3: the group adds, edits, moves and deletes notes live; anonymous notes name nobody; others are refused',
    async () => {
      const amira = await newPerson(live.browser, { bypassCSP: true });
      const ben = await newPerson(live.browser);
      const chloe = await newPerson(live.browser);
      const olu = await newPerson(live.browser);
      await join(amira.page, 'reflection-e2e-group-1-invite-code', 'Amira Haddad', 'City Council');
      await join(ben.page, 'reflection-e2e-group-1-invite-code', 'Ben Okafor', 'Fire and Rescue Service');
      await join(chloe.page, 'reflection-e2e-group-2-invite-code', 'Chloé Martin', 'University');
      await join(olu.page, workshop.invites.observer.code, 'Olu Adeyemi', 'Regional Authority');

      // Another group's participant and an observer are refused, in the server's words.
      for (const page of [chloe.page, olu.page]) {
        await page.goto(`${live.app.base}/b/${board1.id}`);
        await mainHeading(page, 'You cannot open this board');
        await visible(page.getByRole('alert').filter({ hasText: 'This board is private to its group' }));
      }

      for (const page of [amira.page, ben.page]) {
        await page.goto(`${live.app.base}/b/${board1.id}`);
        await mainHeading(page, board1.title);
        await boardLive(page);
      }

      // A signed note shows its author to the group.
      await column(amira.page, 'Change').getByLabel('New note for Change', { exact: true }).fill('Short breaks');
      await column(amira.page, 'Change').getByRole('button', { name: 'Add note to Change' }).click();
      await visible(note(ben.page, 'Short breaks').getByText('Amira Haddad'));
      await visible(note(amira.page, 'Short breaks').getByText('Amira Haddad (you)'));

      // An anonymous note names nobody, not even to its writer (nothing in the board ties it to her).
      const improve = column(amira.page, 'Improve');
      await improve.getByLabel('New note for Improve', { exact: true }).fill('The room was too warm');
      await improve.getByRole('checkbox', { name: 'Post anonymously (Improve)' }).check();
      await improve.getByRole('button', { name: 'Add note to Improve' }).click();
      for (const page of [ben.page, amira.page]) {
        const anonymous = note(page, 'The room was too warm');
        await visible(anonymous.getByText('Anonymous', { exact: true }));
        expect(await anonymous.textContent()).not.toContain('Amira');
      }

      // Ben edits Amira's note from the keyboard; Amira sees the change.
      await ben.page.getByRole('button', { name: 'Edit note: Short breaks' }).press('Enter');
      const editor = ben.page.getByLabel('Edit note', { exact: true });
      await editor.fill('Short breaks every hour');
      await ben.page.getByRole('button', { name: 'Save', exact: true }).press('Enter');
      await visible(note(amira.page, 'Short breaks every hour'));

      // Moving: with a button (keyboard) to Keep, then by dragging to Improve.
      await ben.page.getByRole('button', { name: 'Move to Keep: Short breaks every hour' }).press('Enter');
      await visible(column(amira.page, 'Keep').locator('.reflection-note').filter({ hasText: 'Short breaks every hour' }));
      await dragWithMouse(amira.page, note(amira.page, 'Short breaks every hour'), column(amira.page, 'Improve'));
      await visible(column(ben.page, 'Improve').locator('.reflection-note').filter({ hasText: 'Short breaks every hour' }));
      expect(await column(ben.page, 'Keep').locator('.reflection-note').count()).toBe(0);

      const problems = await seriousAxeViolations(amira.page);
      expect(problems, `axe on the reflection board:\n${problems.join('\n')}`).toEqual([]);
      await amira.page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(amira.page, 'facilitation-reflection');

      // Deleting asks first, then removes the note for everyone.
      await amira.page.getByRole('button', { name: 'Delete note: The room was too warm' }).click();
      await amira.page
        .getByRole('group', { name: 'Confirm deleting: The room was too warm' })
        .getByRole('button', { name: 'Yes, delete' })
        .click();
      await note(ben.page, 'The room was too warm').waitFor({ state: 'detached' });

      for (const page of [amira.page, ben.page, chloe.page, olu.page]) expect(pageErrors(page), 'uncaught errors').toEqual([]);
    },
    browserTestMs,
  );
});

import type { Locator, Page } from 'playwright-core';
import type { Activity, Board, Participant } from '../../src/domain/index.js';
import { createWorkshop, type CreatedWorkshop } from '../../src/server/services/createWorkshop.js';
import type { App } from './app.js';
import { waitMs } from './browser.js';

/** A compressed agenda: a plenary, mapping in groups, reflection in groups. */
export const liveAgenda: Activity[] = [
  { id: 'welcome', title: 'Welcome and aims', kind: 'plenary', minutes: 5 },
  { id: 'mapping', title: 'Map the data ecosystem', kind: 'ecosystem-mapping', minutes: 10 },
  { id: 'reflect', title: 'Keep, change, improve', kind: 'reflection', minutes: 5 },
];

/** A workshop the e2e facilitator account owns, with two groups and the agenda's boards. */
export function createLiveWorkshop(app: App, title: string): Promise<CreatedWorkshop> {
  return createWorkshop(
    app.server.store,
    {
      title,
      description: 'A short live run.',
      meetingLink: null,
      ownerId: 'ac_e2e_facilitator',
      groups: ['Group 1', 'Group 2'],
      projects: ['Bus lanes'],
      boardsPerGroup: [],
      agenda: liveAgenda,
    },
    new Date(),
  );
}

/** The workshop's board for an activity and a group, as stored now. */
export async function boardFor(app: App, workshopId: string, activityId: string, groupId: string): Promise<Board> {
  const board = (await app.server.store.listBoards(workshopId)).find((b) => b.activityId === activityId && b.groupId === groupId);
  if (!board) throw new Error(`no board for ${activityId} in group ${groupId}`);
  return board;
}

export async function participantsOf(app: App, workshopId: string): Promise<Participant[]> {
  return (await app.server.store.listParticipants(workshopId)).filter((p) => p.role === 'participant');
}

/** Polls `read` until `accept` holds (no bare sleeps), or fails after `waitMs` saying what it last saw. */
export async function waitUntil<T>(what: string, read: () => Promise<T>, accept: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + waitMs;
  let last: T | undefined;
  for (;;) {
    last = await read();
    if (accept(last)) return last;
    if (Date.now() > deadline) throw new Error(`waited ${waitMs} ms for ${what}; last saw ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The time left on a page's timer, as shown ("9:58"). */
export async function timerText(page: Page): Promise<string> {
  return ((await page.getByRole('timer').first().textContent()) ?? '').trim();
}

/**
 * Drags `from` onto `to` with the mouse, in small steps: Chromium starts a native (HTML5)
 * drag only once the pointer has moved a little with the button down.
 */
export async function dragWithMouse(page: Page, from: Locator, to: Locator): Promise<void> {
  const source = await from.boundingBox();
  const target = await to.boundingBox();
  if (!source || !target) throw new Error('what to drag, or where to, is not on screen');
  await page.mouse.move(source.x + 12, source.y + 8);
  await page.mouse.down();
  await page.mouse.move(source.x + 24, source.y + 20, { steps: 3 });
  await page.mouse.move(target.x + target.width / 2, target.y + 40, { steps: 8 });
  await page.mouse.up();
}

/**
 * On a board the facilitator's bar starts folded to a pill: unfolds it (the tab then remembers,
 * so the next board shows it unfolded) and returns the bar.
 */
export async function unfoldFacilitatorBar(page: Page): Promise<Locator> {
  const bar = page.locator('.facilitator-bar-float');
  const pill = bar.getByRole('button', { name: 'Run the workshop', exact: true });
  await bar.first().waitFor();
  if (await pill.isVisible()) await pill.click();
  await bar.getByRole('heading', { name: 'Run the workshop' }).waitFor();
  return bar;
}

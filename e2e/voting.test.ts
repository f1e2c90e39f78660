import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNote as addCanvasNoteToDoc, initCanvasDoc } from '../src/doc/canvas/index.js';
import { initBoardDoc } from '../src/doc/index.js';
import { addActor, addFlow, addMapNote } from '../src/doc/map/index.js';
import { addReflectionNote, initReflectionDoc } from '../src/doc/reflection/index.js';
import type { Activity, Board } from '../src/domain/index.js';
import { createWorkshop, type CreatedWorkshop } from '../src/server/services/createWorkshop.js';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { boardLive, runApp, signInFacilitator, submitJoin } from './support/app.js';
import { browserTestMs, mainHeading, newPerson, pageErrors, screenshot, seriousAxeViolations, visible } from './support/browser.js';
import { note as canvasNote } from './support/canvas.js';
import { waitUntil } from './support/live.js';
import { actorNode, flowLabel, zoomOutInFull, zoomToFit } from './support/map.js';

const title = 'Quayside dot voting';
const agenda: Activity[] = [
  { id: 'mapping', title: 'Map the data ecosystem', kind: 'ecosystem-mapping', minutes: 10 },
  { id: 'canvas', title: 'Work through the canvas', kind: 'ethics-canvas', minutes: 10 },
  { id: 'reflect', title: 'Keep, change, improve', kind: 'reflection', minutes: 5 },
];

/** Writes a board's first content straight to the store, before anyone opens it. */
async function seedBoard(live: ReturnType<typeof runApp>, boardId: string, fill: (doc: Y.Doc) => void): Promise<void> {
  const doc = new Y.Doc();
  fill(doc);
  await live.app.server.store.appendUpdates(boardId, [Y.encodeStateAsUpdate(doc)]);
}

/** The round banner above a board. */
const banner = (page: Page) => page.locator('.vote-budget');
const bannerSays = (page: Page, text: string | RegExp) => visible(banner(page).getByRole('status').filter({ hasText: text }));
/** The ranked results in the banner, as "label · kind · count" lines. */
async function results(page: Page): Promise<string[]> {
  const rows = banner(page).locator('.vote-result');
  const out: string[] = [];
  for (const row of await rows.all()) out.push((await row.locator('span').allTextContents()).join(' · '));
  return out;
}
const mapNote = (page: Page, text: string): Locator => page.locator('.react-flow__node-note').filter({ hasText: text });

describe.runIf(browserAvailable())(`dot voting on the board's own items (Chromium at ${chromiumPath})`, () => {
  const live = runApp();
  let workshop: CreatedWorkshop;
  let boardOf: (activityId: string) => Board;

  beforeAll(async () => {
    workshop = await createWorkshop(
      live.app.server.store,
      {
        title,
        description: '',
        meetingLink: null,
        ownerId: 'ac_e2e_facilitator',
        groups: ['Group 1', 'Group 2'],
        projects: ['Harbour sensors'],
        boardsPerGroup: [],
        agenda,
      },
      new Date(),
    );
    const group1 = workshop.groups[0]!.id;
    boardOf = (activityId) => workshop.boards.find((b) => b.activityId === activityId && b.groupId === group1)!;
    for (const [i, group] of workshop.groups.entries()) {
      await live.app.server.store.createInvite({
        code: `voting-e2e-group-${i + 1}-invite-code`,
        workshopId: workshop.workshop.id,
        role: 'participant',
        groupId: group.id,
        createdAt: new Date().toISOString(),
        revokedAt: null,
      });
    }
    const now = new Date().toISOString();
    await seedBoard(live, boardOf('mapping').id, (doc) => {
      initBoardDoc(doc, 'ecosystem-map');
      addActor(doc, { id: 'council', name: 'City Council', roles: [], tags: [], position: { x: 0, y: 0 } });
      addActor(doc, { id: 'vendor', name: 'Sensor vendor', roles: [], tags: [], position: { x: 520, y: 0 } });
      addFlow(doc, { id: 'readings', from: 'vendor', to: 'council', kind: 'data', label: 'Readings' });
      addMapNote(doc, { id: 'owns', text: 'Who owns the sensors?', kind: 'question', position: { x: 0, y: 260 } });
      addMapNote(doc, { id: 'standard', text: 'No open standard', kind: 'issue', position: { x: 300, y: 260 } });
    });
    await seedBoard(live, boardOf('canvas').id, (doc) => {
      initCanvasDoc(doc);
      addCanvasNoteToDoc(doc, { id: 'cn1', section: 'data-sources', text: 'Raw sensor readings', author: 'Amira Haddad' });
      addCanvasNoteToDoc(doc, { id: 'cn2', section: 'data-sources', text: 'Council asset register', author: 'Amira Haddad' });
    });
    await seedBoard(live, boardOf('reflect').id, (doc) => {
      initReflectionDoc(doc);
      addReflectionNote(doc, { id: 'rn1', text: 'Mixing organisations', column: 'keep', author: 'someone', createdAt: now });
    });
  });

  it(
    'V1–V4: a round on a map (a note, an actor), a canvas and a reflection; live tallies; refusals; ranked results; the report',
    async () => {
      const id = workshop.workshop.id;
      const fac = await newPerson(live.browser, { bypassCSP: true });
      // bypassCSP only so that axe-core can be injected (the participant's page is checked).
      const amira = await newPerson(live.browser, { bypassCSP: true });
      const zoe = await newPerson(live.browser);
      await submitJoin(amira.page, `${live.app.base}/join/voting-e2e-group-1-invite-code`, 'Amira Haddad', 'City Council');
      await mainHeading(amira.page, title);
      await submitJoin(zoe.page, `${live.app.base}/join/voting-e2e-group-2-invite-code`, 'Zoe Lund', 'Harbour Authority');
      await mainHeading(zoe.page, title);
      await signInFacilitator(fac.page, live.app);
      await fac.page.goto(`${live.app.base}/w/${id}`);
      await mainHeading(fac.page, title);
      // The facilitator runs rounds from the workshop home and watches the board in a second tab.
      const watch = await fac.context.newPage();

      async function openRound(board: Board, votes: number): Promise<void> {
        await fac.page.getByLabel('Board to vote on', { exact: true }).selectOption(board.id);
        await fac.page.getByLabel('Votes each', { exact: true }).fill(String(votes));
        await fac.page.getByRole('button', { name: /^Open (voting|a new round)$/ }).click();
      }
      async function open(page: Page, board: Board): Promise<void> {
        await page.goto(`${live.app.base}/b/${board.id}`);
        await mainHeading(page, board.title);
        await boardLive(page);
      }

      // ---- The map: a note, an actor and a flow; the fourth vote is refused.
      const map = boardOf('mapping');
      await openRound(map, 3);
      await open(amira.page, map);
      await open(watch, map);
      await bannerSays(amira.page, 'Voting is open · 3 of 3 votes left');
      // V3: the facilitator (in no group) is told who votes, not that it is "another group's board".
      await bannerSays(watch, 'Participants of Group 1 are voting: 3 dots each. You run the vote and see the tallies live.');
      await zoomOutInFull(amira.page);
      await mapNote(amira.page, 'Who owns the sensors?').getByRole('button', { name: 'Vote for: Who owns the sensors?' }).click();
      // From the keyboard, on the actor.
      await actorNode(amira.page, 'City Council').getByRole('button', { name: 'Vote for: City Council' }).focus();
      await amira.page.keyboard.press('Enter');
      await bannerSays(amira.page, '1 of 3 votes left');
      // The facilitator sees the tallies on the items and in the list, live.
      await zoomOutInFull(watch);
      await visible(mapNote(watch, 'Who owns the sensors?').getByText('1 vote', { exact: true }));
      await visible(actorNode(watch, 'City Council').getByText('1 vote', { exact: true }));
      await waitUntil(
        'the live tallies',
        () => results(watch),
        (r) => r.length === 2,
      );
      await mapNote(amira.page, 'Who owns the sensors?').getByRole('button', { name: 'Vote for: Who owns the sensors?' }).click();
      await bannerSays(amira.page, '0 of 3 votes left');
      // Beyond the budget: refused in the page, nothing changes.
      const flowVote = flowLabel(amira.page, 'Readings').getByRole('button', { name: /^Vote for: Readings/ });
      expect(await flowVote.getAttribute('aria-disabled')).toBe('true');
      await flowVote.focus();
      await amira.page.keyboard.press('Enter');
      await visible(amira.page.getByText('No votes left: you have placed all 3.'));
      await zoomToFit(amira.page);
      await screenshot(amira.page, 'voting-map-participant');
      // The vote controls inside the map's items, the banner and the refusal: no serious axe problems.
      const problems = await seriousAxeViolations(amira.page);
      expect(problems, `axe on the map with a round open:\n${problems.join('\n')}`).toEqual([]);
      // Another group's member sees the round but cannot vote on Group 1's map.
      await open(zoe.page, map);
      await bannerSays(zoe.page, 'This is another group’s board: you vote on your own group’s board.');
      await zoomOutInFull(zoe.page);
      await visible(mapNote(zoe.page, 'Who owns the sensors?').getByText('2 votes', { exact: true }));
      expect(await zoe.page.getByRole('button', { name: /^Vote for: / }).count()).toBe(0);

      await waitUntil(
        'the tallies, most votes first',
        () => results(watch),
        (r) => r.join('\n') === ['Who owns the sensors? · Map note (Question) · 2 votes', 'City Council · Actor · 1 vote'].join('\n'),
      );
      await screenshot(watch, 'voting-map-facilitator');
      const facProblems = await seriousAxeViolations(watch, '.vote-budget');
      expect(facProblems, `axe on the facilitator's banner and tallies:\n${facProblems.join('\n')}`).toEqual([]);
      await banner(watch).getByRole('button', { name: 'Close voting' }).click();
      await bannerSays(amira.page, 'Voting has closed');
      expect(await amira.page.getByRole('button', { name: /^Vote for: / }).count()).toBe(0);
      await visible(banner(amira.page).getByRole('heading', { name: 'Voting results' }));
      expect(await results(amira.page)).toEqual(['Who owns the sensors? · Map note (Question) · 2 votes', 'City Council · Actor · 1 vote']);
      // Results stay with the board: after a reload they are the same.
      await amira.page.reload();
      await boardLive(amira.page);
      await waitUntil(
        'the results after a reload',
        () => results(amira.page),
        (r) => r.length === 2 && r[0] === 'Who owns the sensors? · Map note (Question) · 2 votes',
      );
      // The results fold to one line, and stay folded after a reload; "Show results" brings them back.
      await banner(amira.page).getByRole('button', { name: 'Hide results' }).click();
      await bannerSays(amira.page, 'Voting has closed · Most votes: Who owns the sensors? (2 votes)');
      expect(await results(amira.page)).toEqual([]);
      await amira.page.reload();
      await boardLive(amira.page);
      await bannerSays(amira.page, 'Most votes: Who owns the sensors? (2 votes)');
      expect(await results(amira.page)).toEqual([]);
      await banner(amira.page).getByRole('button', { name: 'Show results' }).click();
      await visible(banner(amira.page).getByRole('heading', { name: 'Voting results' }));
      expect(await results(amira.page)).toHaveLength(2);

      // ---- The canvas (V5): its notes take the round's dots; a note has no vote of its own.
      const canvas = boardOf('canvas');
      await openRound(canvas, 2);
      await open(amira.page, canvas);
      await open(watch, canvas);
      await bannerSays(amira.page, '2 of 2 votes left');
      const canvasVote = (text: string) => canvasNote(amira.page, 'Data sources', text).getByRole('button', { name: `Vote for: ${text}` });
      await canvasVote('Council asset register').click();
      await canvasVote('Raw sensor readings').click();
      await bannerSays(amira.page, '0 of 2 votes left');
      expect(await canvasVote('Raw sensor readings').getAttribute('aria-disabled')).toBe('true');
      await canvasVote('Raw sensor readings').focus();
      await amira.page.keyboard.press('Enter');
      await visible(amira.page.getByText('No votes left: you have placed all 2.'));
      await visible(canvasNote(watch, 'Data sources', 'Council asset register').getByText('1 vote', { exact: true }));
      await visible(canvasNote(watch, 'Data sources', 'Raw sensor readings').getByText('1 vote', { exact: true }));
      await banner(watch).getByRole('button', { name: 'Close voting' }).click();
      await bannerSays(amira.page, 'Voting has closed');
      expect(await results(amira.page)).toEqual([
        'Council asset register · Canvas note (Data sources) · 1 vote',
        'Raw sensor readings · Canvas note (Data sources) · 1 vote',
      ]);
      await visible(canvasNote(amira.page, 'Data sources', 'Raw sensor readings').getByRole('img', { name: '1 vote' }));
      // The canvas's file carries each note's votes from the round.
      const file = await fac.page.request.get(`${live.app.base}/api/boards/${canvas.id}/file?format=json`);
      expect(file.status()).toBe(200);
      const sources = (await file.json()).sections.find((s: { id: string }) => s.id === 'data-sources');
      expect(sources.notes.map((n: { id: string; votes: number }) => [n.id, n.votes])).toEqual([
        ['cn1', 1],
        ['cn2', 1],
      ]);

      // ---- The reflection.
      const reflection = boardOf('reflect');
      await openRound(reflection, 1);
      await open(amira.page, reflection);
      await open(watch, reflection);
      await amira.page.getByRole('button', { name: 'Vote for: Mixing organisations' }).click();
      await bannerSays(amira.page, '0 of 1 vote left');
      await waitUntil(
        'the reflection tally',
        () => results(watch),
        (r) => r.join('\n') === 'Mixing organisations · Reflection note (Keep) · 1 vote',
      );
      await banner(watch).getByRole('button', { name: 'Close voting' }).click();
      await bannerSays(amira.page, 'Voting has closed');

      // ---- The report lists each board's results.
      const response = await fac.page.request.get(`${live.app.base}/api/workshops/${id}/report?format=md&zip=false&includeReflection=true`);
      expect(response.status()).toBe(200);
      const md = await response.text();
      expect(md).toContain(`### Voting results: ${map.title}`);
      expect(md).toContain('| 1 | Who owns the sensors? | Map note (Question) | 2 |\n| 2 | City Council | Actor | 1 |');
      expect(md).toContain(
        '| 1 | Council asset register | Canvas note (Data sources) | 1 |\n| 2 | Raw sensor readings | Canvas note (Data sources) | 1 |',
      );
      expect(md).toContain('| 1 | Mixing organisations | Reflection note (Keep) | 1 |');

      for (const page of [fac.page, watch, amira.page, zoe.page]) expect(pageErrors(page)).toEqual([]);
      await Promise.all([fac.context.close(), amira.context.close(), zoe.context.close()]);
    },
    browserTestMs * 2,
  );
});

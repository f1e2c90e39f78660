import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { canvasCredit } from '../src/domain/canvas/index.js';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { joinDemo, runApp, submitJoin } from './support/app.js';
import {
  browserTestMs,
  controlNames,
  foreignRequests,
  mainHeading,
  newPerson,
  pageErrors,
  seriousAxeViolations,
  visible,
} from './support/browser.js';
import {
  addCanvasNote,
  canvasBoard,
  dragNote,
  note,
  noteTextsIn,
  openCanvas,
  openNoteOptions,
  presenceOnBoard,
  section,
  seedDataset,
} from './support/canvas.js';
import { isoDaysFromToday, viewportScreenshot } from './support/canvasShots.js';

interface Person {
  context: BrowserContext;
  page: Page;
}

const sources = 'Data sources';
const rights = 'Rights around data sources';
const harms = 'Negative effects on people';
const purpose = 'Your reason for using data';
const sharing = 'Sharing data with others';
const engaging = 'Engaging with people';

const readings = 'Hourly readings from 40 street sensors';
const contract = 'The vendor contract limits resale of the feed';
const timetables = 'Joining sensor positions with school timetables could show when a child walks past';
const labelled = 'Streets labelled polluted may lose value';

describe.runIf(browserAvailable())(`the data ethics canvas, live for several people (Chromium at ${chromiumPath})`, () => {
  const live = runApp();
  let amira: Person; // participant; her context may run axe (bypassCSP)
  let ben: Person; // participant
  let foreign: string[];

  beforeAll(async () => {
    await seedDataset(live.app, live.app.mapBoard.id, {
      id: 'ds-readings',
      name: 'Hourly sensor readings',
      heldBy: [],
      sensitivity: 'personal',
      access: 'shared',
    });
    amira = await newPerson(live.browser, { bypassCSP: true });
    ben = await newPerson(live.browser);
    foreign = foreignRequests(amira.page, live.app.base);
    await joinDemo(amira.page, live.app, 'participant', 'Amira Haddad', 'City Council data team');
    await joinDemo(ben.page, live.app, 'participant', 'Ben Okafor', 'Fire and rescue service');
    await openCanvas(amira.page, live.app);
    await openCanvas(ben.page, live.app);
  }, browserTestMs);

  it(
    'shows all fifteen sections by theme with prompts, guidance and examples, and the ODI credit',
    async () => {
      const page = amira.page;
      for (const theme of ['Know your data', 'Explore the effects', 'Plan engagement and openness', 'Make it part of the work'])
        await visible(page.getByRole('heading', { level: 2, name: theme, exact: true }));
      expect(await page.locator('.canvas-section').count()).toBe(15);
      await visible(section(page, sources).getByText('Which data does the project use, and where does each set come from?'));
      await section(page, sources).getByRole('button', { name: 'Guidance and examples for Data sources' }).click();
      await visible(section(page, sources).getByText('“Bus tap-ins shared monthly by the transport operator”'));
      await section(page, sources).getByRole('button', { name: 'Guidance and examples for Data sources' }).click();
      await visible(page.getByText(`${canvasCredit}.`, { exact: true }));
      await visible(page.getByText('0 of 15 sections discussed, 0 done; 0 open actions', { exact: true }));
    },
    browserTestMs,
  );

  it(
    'two participants fill three sections and see each other’s notes live',
    async () => {
      await addCanvasNote(amira.page, sources, readings);
      await addCanvasNote(ben.page, rights, contract);
      await addCanvasNote(amira.page, harms, timetables);
      await addCanvasNote(ben.page, harms, labelled);
      for (const page of [amira.page, ben.page]) {
        await visible(note(page, sources, readings));
        await visible(note(page, rights, contract));
        expect(await noteTextsIn(page, harms)).toEqual([timetables, labelled]);
      }
      await visible(note(ben.page, sources, readings).getByText('Amira Haddad', { exact: true }));
      // Votes are cast only in a voting round: a note has its count, and no vote button of its own.
      await visible(note(ben.page, harms, labelled).getByRole('img', { name: '0 votes' }));
      expect(await ben.page.getByRole('button', { name: /^Vote for/ }).count()).toBe(0);
    },
    browserTestMs,
  );

  it(
    'V5: a voting round on the canvas: dots on two notes, the budget refused beyond, tallies for the facilitator, counts that stay',
    async () => {
      const fac = await newPerson(live.browser);
      await submitJoin(fac.page, live.app.inviteUrl('facilitator'), 'Fatima Reyes', 'Civic lab');
      await mainHeading(fac.page, live.app.demo.workshop.title);
      await fac.page.getByLabel('Board to vote on', { exact: true }).selectOption(canvasBoard(live.app).id);
      await fac.page.getByLabel('Votes each', { exact: true }).fill('3');
      await fac.page.getByRole('button', { name: 'Open voting', exact: true }).click();
      await openCanvas(fac.page, live.app);
      const banner = (page: Page) => page.locator('.vote-budget');
      await visible(banner(ben.page).getByRole('status').filter({ hasText: 'Voting is open · 3 of 3 votes left' }));
      // Amira is in Group 2: she sees the round on Group 1's canvas but does not vote on it.
      await visible(banner(amira.page).getByRole('status').filter({ hasText: 'This is another group’s board' }));
      expect(await amira.page.getByRole('button', { name: /^Vote for: / }).count()).toBe(0);

      // Ben (Group 1, whose canvas it is) stacks two dots on one note and one on another.
      // Long texts are cut short in the button's name.
      const voteOn = (text: string) => note(ben.page, harms, text).getByRole('button', { name: /^Vote for: / });
      await voteOn(labelled).click();
      await voteOn(labelled).click();
      await voteOn(timetables).click();
      await visible(banner(ben.page).getByRole('status').filter({ hasText: '0 of 3 votes left' }));
      // A fourth is refused in the page and changes nothing (the button says it is spent: aria-disabled).
      expect(await voteOn(timetables).getAttribute('aria-disabled')).toBe('true');
      await voteOn(timetables).focus();
      await ben.page.keyboard.press('Enter');
      await visible(ben.page.getByText('No votes left: you have placed all 3.'));
      // The facilitator sees the tallies on the notes and in the list, live.
      await visible(note(fac.page, harms, labelled).getByText('2 votes', { exact: true }));
      await visible(note(fac.page, harms, timetables).getByText('1 vote', { exact: true }));
      const rows = banner(fac.page).locator('.vote-result');
      await expect.poll(() => rows.allTextContents()).toHaveLength(2);
      expect(await rows.first().textContent()).toContain(labelled);
      await banner(fac.page).getByRole('button', { name: 'Close voting' }).click();
      await visible(banner(ben.page).getByRole('status').filter({ hasText: 'Voting has closed' }));

      // Closed: each note shows its votes over the rounds, everyone alike, and sorting uses them.
      for (const page of [amira.page, ben.page, fac.page]) {
        await visible(note(page, harms, labelled).getByRole('img', { name: '2 votes' }));
        await visible(note(page, harms, timetables).getByRole('img', { name: '1 vote' }));
      }
      const sort = section(ben.page, harms).getByRole('button', { name: `Sort by votes in ${harms}` });
      await sort.click();
      expect(await noteTextsIn(ben.page, harms)).toEqual([labelled, timetables]);
      expect(await noteTextsIn(amira.page, harms)).toEqual([timetables, labelled]); // for this person only
      await sort.click();

      // The report holds the round's results and the canvas notes with their votes.
      const response = await fac.page.request.get(`${live.app.base}/api/workshops/${live.app.demo.workshop.id}/report?format=md&zip=false`);
      expect(response.status()).toBe(200);
      const md = await response.text();
      expect(md).toContain(`| 1 | ${labelled} | Canvas note (${harms}) | 2 |`);
      expect(md).toContain(`| 2 | ${timetables} | Canvas note (${harms}) | 1 |`);
      expect(md).toContain(`${labelled} (2 votes)`);
      expect(pageErrors(fac.page)).toEqual([]);
      await fac.context.close();
    },
    browserTestMs,
  );

  it(
    'moves a note to another section from the keyboard and back by dragging',
    async () => {
      const options = await openNoteOptions(amira.page, rights, contract);
      await options.getByLabel('Move to', { exact: true }).selectOption({ label: `12. ${sharing}` });
      await options.getByRole('button', { name: 'Move', exact: true }).press('Enter');
      await visible(note(ben.page, sharing, contract));
      expect(await section(ben.page, rights).getByText(contract).count()).toBe(0);
      // Focus follows the note, so the keyboard user carries on from it.
      await expect
        .poll(() => amira.page.evaluate(() => document.activeElement?.closest('[data-note-id]')?.textContent ?? ''))
        .toContain(contract);

      // A screen tall enough for both sections: a drag does not scroll the page by itself.
      await amira.page.setViewportSize({ width: 1280, height: 1500 });
      await dragNote(amira.page, note(amira.page, sharing, contract), section(amira.page, rights));
      await visible(note(ben.page, rights, contract));
      expect(await section(ben.page, sharing).getByText(contract).count()).toBe(0);
      await amira.page.setViewportSize({ width: 1280, height: 860 });
    },
    browserTestMs,
  );

  it(
    'marks statuses in words and shows progress; turns a note into an action that everyone sees',
    async () => {
      await section(amira.page, sources).getByLabel(`Status of ${sources}`).selectOption({ label: 'Discussed' });
      await section(amira.page, rights).getByLabel(`Status of ${rights}`).selectOption({ label: 'Done' });
      await section(amira.page, harms).getByLabel(`Status of ${harms}`).selectOption({ label: 'Action needed' });
      await visible(ben.page.getByText('3 of 15 sections discussed, 1 done, 1 needs action; 0 open actions', { exact: true }));
      expect(await section(ben.page, harms).getByLabel(`Status of ${harms}`).inputValue()).toBe('action-needed');

      const options = await openNoteOptions(ben.page, harms, timetables);
      await options.getByRole('button', { name: 'Make an action', exact: true }).click();
      const form = note(ben.page, harms, timetables).getByRole('group', { name: /^Make an action from/ });
      await form.getByLabel('Action', { exact: true }).fill('Publish readings per street segment, not per sensor');
      await form.getByLabel('Owner', { exact: true }).fill('ICT team');
      await form.getByLabel('Due date', { exact: true }).fill('2027-01-31');
      await form.getByLabel('Priority', { exact: true }).selectOption({ label: 'High' });
      await form.getByRole('button', { name: 'Make action', exact: true }).click();

      const yourActions = section(amira.page, 'Your actions');
      const box = yourActions.getByRole('checkbox', { name: 'Publish readings per street segment, not per sensor' });
      await visible(box);
      await visible(yourActions.getByText('Owner: ICT team'));
      await visible(yourActions.getByText('Due 31 Jan 2027'));
      await visible(yourActions.getByText('High priority'));
      await visible(note(amira.page, harms, timetables).getByText('→ Action'));
      await visible(amira.page.getByText('3 of 15 sections discussed, 1 done, 1 needs action; 1 open action', { exact: true }));
    },
    browserTestMs,
  );

  it(
    'saves dated versions, and the comparison shows the notes added, status changes and the action completed',
    async () => {
      await amira.page.getByRole('button', { name: 'Versions and review' }).click();
      const panel = amira.page.getByRole('region', { name: 'Versions and review' });
      await panel.getByLabel('Version label', { exact: true }).fill('after the workshop');
      await panel.getByRole('button', { name: 'Save version', exact: true }).click();
      await visible(panel.getByRole('status').filter({ hasText: 'Saved “after the workshop”' }));

      // Between the versions: Ben adds two notes and ticks the action off; Amira marks a status.
      await addCanvasNote(ben.page, purpose, 'To decide where low-traffic streets go near schools');
      await addCanvasNote(ben.page, purpose, 'To publish a live map for people with asthma');
      await section(ben.page, 'Your actions')
        .getByRole('checkbox', { name: 'Publish readings per street segment, not per sensor' })
        .check();
      await visible(note(amira.page, harms, timetables).getByText('✓ Action done'));
      await section(amira.page, purpose).getByLabel(`Status of ${purpose}`).selectOption({ label: 'Discussed' });
      await visible(note(amira.page, purpose, 'To publish a live map for people with asthma'));

      await panel.getByLabel('Version label', { exact: true }).fill('ethics board review');
      await panel.getByRole('button', { name: 'Save version', exact: true }).click();
      await visible(panel.getByRole('status').filter({ hasText: 'Saved “ethics board review”' }));
      const today = isoDaysFromToday(0);
      await panel.getByLabel('From', { exact: true }).selectOption({ label: `${formatDay(today)}: after the workshop` });
      await panel.getByLabel('To', { exact: true }).selectOption({ label: `${formatDay(today)}: ethics board review` });
      await visible(panel.getByRole('heading', { name: 'Notes added (2)' }));
      await visible(panel.getByText('“To decide where low-traffic streets go near schools”'));
      await visible(panel.getByText('“To publish a live map for people with asthma”'));
      await visible(panel.getByText(`${purpose}: Not started → Discussed`));
      await visible(panel.getByRole('heading', { name: 'Actions completed (1)' }));

      // A next review in three days shows as due on everyone's canvas.
      await panel.getByLabel('Next review date', { exact: true }).fill(isoDaysFromToday(3));
      await panel.getByRole('button', { name: 'Set review date', exact: true }).click();
      await visible(ben.page.getByText(/^Review due in 3 days/));
      await panel.getByRole('button', { name: 'Close versions and review' }).click();
    },
    browserTestMs,
  );

  it(
    'links the project’s ecosystem map: its datasets show live in data sources, and one click makes a note',
    async () => {
      await amira.page.getByRole('button', { name: 'Settings', exact: true }).click();
      const settings = amira.page.getByRole('region', { name: 'Settings' });
      await settings.getByLabel('Linked ecosystem map', { exact: true }).selectOption({ label: live.app.mapBoard.title });
      await settings.getByRole('button', { name: 'Close settings' }).click();

      const datasets = (page: Page) => section(page, sources).getByRole('list', { name: `Datasets on ${live.app.mapBoard.title}` });
      for (const page of [amira.page, ben.page]) {
        const row = datasets(page).getByRole('listitem').filter({ hasText: 'Hourly sensor readings' });
        await visible(row.getByText('Personal', { exact: true }));
        await visible(row.getByText('Shared access', { exact: true }));
      }
      // A dataset added to the map now appears without a reload.
      await seedDataset(live.app, live.app.mapBoard.id, {
        id: 'ds-permits',
        name: 'Parking permits',
        heldBy: [],
        sensitivity: 'non-personal',
        access: 'closed',
      });
      await visible(datasets(ben.page).getByRole('listitem').filter({ hasText: 'Parking permits' }));

      await datasets(ben.page).getByRole('button', { name: 'Add as note: Hourly sensor readings' }).click();
      await visible(note(amira.page, sources, 'Hourly sensor readings (Personal data, shared access)'));
      await visible(datasets(amira.page).getByRole('listitem').filter({ hasText: 'Hourly sensor readings' }).getByText('✓ On the canvas'));

      // Reading the map from the canvas is not being on the map board: nobody shows there
      // (a connection may announce itself for a moment as it opens; it takes that back).
      await expect.poll(() => presenceOnBoard(live.app, live.app.mapBoard.id), { timeout: 15_000 }).toEqual([]);
    },
    browserTestMs,
  );

  it(
    'the facilitator allows anonymous notes; exports JSON and Markdown; a bad file changes nothing, a good one replaces the canvas',
    async () => {
      const fatima = await newPerson(live.browser);
      await submitJoin(fatima.page, live.app.inviteUrl('facilitator'), 'Fatima Reyes', 'Civic lab');
      await mainHeading(fatima.page, live.app.demo.workshop.title);
      await openCanvas(fatima.page, live.app);
      await fatima.page.getByRole('button', { name: 'Settings', exact: true }).click();
      await fatima.page.getByLabel('Allow anonymous notes', { exact: true }).check();
      await addCanvasNote(amira.page, engaging, 'Nobody asked the residents on the ring road', { anonymous: true });
      await visible(note(ben.page, engaging, 'Nobody asked the residents on the ring road').getByText('Anonymous', { exact: true }));
      await fatima.context.close();

      await amira.page.getByRole('button', { name: 'Export and import', exact: true }).click();
      const files = amira.page.getByRole('region', { name: 'Export and import' });
      const [json] = await Promise.all([amira.page.waitForEvent('download'), files.getByRole('button', { name: 'Download JSON' }).click()]);
      const exported = JSON.parse(readFileSync(await json.path(), 'utf8'));
      expect(exported.format).toBe('opencities/ethics-canvas');
      expect(exported.map).toBe(live.app.mapBoard.id);
      const harmsJson = exported.sections.find((s: any) => s.id === 'negative-effects');
      expect(harmsJson.status).toBe('action-needed');
      // V5: each note's votes are its dots in the round (a file carries the number, not the voters).
      expect(harmsJson.notes.map((n: any) => [n.text, n.votes])).toEqual([
        [timetables, 1],
        [labelled, 2],
      ]);
      const [md] = await Promise.all([
        amira.page.waitForEvent('download'),
        files.getByRole('button', { name: 'Download Markdown' }).click(),
      ]);
      const markdown = readFileSync(await md.path(), 'utf8');
      expect(markdown).toContain(canvasCredit);
      expect(markdown).toContain('- Hourly sensor readings');

      // A file with problems: each is listed by its path, and the canvas stays as it was.
      const picker = files.getByLabel('Canvas file (JSON)', { exact: true });
      const bad = structuredClone(exported);
      bad.sections.unshift({ id: 'nonsense', status: 'done', notes: [], actions: [] });
      bad.sections[1].status = 'finished';
      await picker.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad, null, 2)) });
      const alert = files.getByRole('alert');
      await visible(alert.getByText('bad.json was not imported: nothing on the canvas changed.'));
      await visible(alert.getByRole('listitem').filter({ hasText: 'sections[0].id' }));
      await visible(alert.getByRole('listitem').filter({ hasText: 'sections[1].status' }));
      await visible(note(ben.page, harms, labelled));

      // A good file: asked first, then everyone sees it, and the canvas before it is a version.
      const good = structuredClone(exported);
      good.sections
        .find((s: any) => s.id === 'openness')
        .notes.push({ id: 'n-imported', text: 'Publish this canvas on the open data portal', votes: 4 });
      await picker.setInputFiles({ name: 'reviewed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
      await files.getByRole('group', { name: 'Confirm the import' }).getByRole('button', { name: 'Replace the canvas' }).click();
      // The notice first: it leaves by itself after a few seconds.
      await visible(files.getByRole('status').filter({ hasText: 'Imported' }));
      await visible(
        note(ben.page, 'Openness and transparency', 'Publish this canvas on the open data portal').getByRole('img', { name: '4 votes' }),
      );
      // The file came from this canvas: its notes keep their numbers, the round's dots not counted twice (V5).
      await visible(note(ben.page, harms, labelled).getByRole('img', { name: '2 votes' }));
      await visible(note(ben.page, harms, timetables).getByRole('img', { name: '1 vote' }));
      await files.getByRole('button', { name: 'Close export and import' }).click();
      await ben.page.getByRole('button', { name: /^Versions \(3\) and review$/ }).click();
      await visible(
        ben.page
          .getByRole('region', { name: 'Versions and review' })
          .getByRole('listitem')
          .filter({ hasText: 'Before importing reviewed.json' }),
      );
      await ben.page.getByRole('button', { name: 'Close versions and review' }).click();
    },
    browserTestMs,
  );

  it(
    'an observer follows the canvas live but cannot change it, and is told why',
    async () => {
      const olu = await newPerson(live.browser);
      await joinDemo(olu.page, live.app, 'observer', 'Olu Adeyemi', 'Regional Combined Authority');
      await openCanvas(olu.page, live.app);
      await visible(olu.page.getByText(/^You are observing: you can watch this canvas live but not change it\./));
      expect(await olu.page.getByRole('button', { name: /^Add note to/ }).count()).toBe(0);
      expect(await olu.page.getByRole('button', { name: /^Options for note/ }).count()).toBe(0);
      expect(await olu.page.getByRole('combobox', { name: /^Status of/ }).count()).toBe(0);
      expect(await olu.page.getByRole('button', { name: /^Vote for/ }).count()).toBe(0);
      await visible(section(olu.page, harms).getByText(/Action needed$/));
      await visible(note(olu.page, harms, labelled).getByRole('img', { name: '2 votes' }));
      expect(await section(olu.page, 'Your actions').getByRole('checkbox').first().isDisabled()).toBe(true);

      await addCanvasNote(amira.page, 'Openness and transparency', 'Ask the university to review the method');
      await visible(note(olu.page, 'Openness and transparency', 'Ask the university to review the method'));
      expect(pageErrors(olu.page)).toEqual([]);
      await olu.context.close();
    },
    browserTestMs,
  );

  it(
    'has no serious accessibility problems, names every control, loads nothing from elsewhere, and fits a laptop and a projector',
    async () => {
      const page = amira.page;
      const check = async (state: string) => {
        const violations = await seriousAxeViolations(page);
        expect(violations, `axe found serious or critical problems (${state}):\n${violations.join('\n')}`).toEqual([]);
        const controls = await controlNames(page);
        expect(controls.nameless, `controls without a name (${state}):\n${controls.nameless.join('\n')}`).toEqual([]);
      };
      await check('the canvas');
      await openNoteOptions(page, harms, labelled);
      await check('a note’s options open');
      await page.getByRole('button', { name: 'Versions (3) and review' }).click();
      await check('versions open');
      await page.getByRole('button', { name: 'Close versions and review' }).click();

      await page.screenshot({ path: 'test-results/e2e/ethics-canvas-page.png', fullPage: true });
      await page.getByRole('button', { name: 'Fill the screen', exact: true }).click();
      for (const [width, height, name] of [
        [1280, 720, 'ethics-canvas'],
        [1920, 1080, 'ethics-canvas-1920x1080'],
      ] as const) {
        await page.setViewportSize({ width, height });
        // Every section's title is on screen at once, without scrolling.
        for (const title of await page.locator('.section-title').allTextContents()) expect(title).toBeTruthy();
        const offscreen = await page.locator('.canvas-section').evaluateAll(
          (sections) =>
            sections.filter((s) => {
              const box = s.getBoundingClientRect();
              return box.top < 0 || box.bottom > window.innerHeight + 1 || box.left < 0 || box.right > window.innerWidth + 1;
            }).length,
        );
        expect(offscreen, `sections not fully on a ${width}×${height} screen`).toBe(0);
        await viewportScreenshot(page, name);
      }
      await check('filling the screen');
      await page.keyboard.press('Escape');
      expect(await page.getByRole('button', { name: 'Fill the screen', exact: true }).getAttribute('aria-pressed')).toBe('false');

      expect(foreign).toEqual([]);
      expect([...pageErrors(amira.page), ...pageErrors(ben.page)]).toEqual([]);
    },
    browserTestMs,
  );
});

/** "2027-01-31" → "31 Jan 2027", as the canvas writes dates. */
function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

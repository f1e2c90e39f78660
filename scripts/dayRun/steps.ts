import type { Page } from 'playwright-core';
import { addNote, boardLive, submitJoin } from '../../e2e/support/app.js';
import { mainHeading, visible } from '../../e2e/support/browser.js';
import { unfoldFacilitatorBar } from '../../e2e/support/live.js';
import { addCanvasNote, openNoteOptions, note, section } from '../../e2e/support/canvas.js';
import { actorNode, addActorByKeyboard, drawFlow, mapCanvas, sidePanel, zoomToFit } from '../../e2e/support/map.js';
import { desktop, phone, secondScreen, type Day, type Person } from './day.js';

/** The workshop the facilitator makes, and who is in which of its two groups. */
export interface Plan {
  base: string;
  title: string;
  groups: [string, string];
  facilitator: Person;
  /** Each participant with the group they work in. */
  participants: { who: Person; group: string }[];
  observer: Person;
  email: string;
  password: string;
}

const everyone = (plan: Plan) => [plan.facilitator, ...plan.participants.map((p) => p.who), plan.observer];
const boardTitle = (kind: string, group: string) => `${kind} — ${group}`;
/** How the facilitator's board pickers name a board (boardChoiceLabel). */
const pickerLabel = (kind: string, group: string) => `${group}: ${kind}`;

/** From the workshop home, a board's link (facilitators and observers see every group's). */
async function openBoard(page: Page, workshopUrl: string, title: string): Promise<void> {
  await page.goto(workshopUrl);
  await page.getByRole('link', { name: title, exact: true }).click();
  await mainHeading(page, title);
  await boardLive(page);
}

let workshopUrl = '';

/** On a phone the side panel is a sheet over the map: closing it gives the map back. */
async function closePanel(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Close the panel' }).click();
}

export async function signInAndCreate(day: Day, plan: Plan): Promise<void> {
  const page = plan.facilitator.page;
  await day.step(
    'workshop',
    [plan.facilitator],
    async () => {
      await page.goto(`${plan.base}/signin`);
      await page.getByLabel('Email', { exact: true }).fill(plan.email);
      await page.getByLabel('Password', { exact: true }).fill(plan.password);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await mainHeading(page, 'Your workshops');
      await page.getByLabel('Title', { exact: true }).fill(plan.title);
      await page.getByLabel('Groups', { exact: true }).fill(plan.groups.join('\n'));
      await page.getByLabel('Projects', { exact: true }).fill('Flood sensors');
      await page.getByRole('button', { name: 'Create workshop', exact: true }).click();
      await mainHeading(page, plan.title);
      workshopUrl = page.url();
    },
    () => ({ locator: page.getByRole('heading', { level: 1, name: plan.title }), what: 'the workshop’s title' }),
  );
}

export async function joinAndGroup(day: Day, plan: Plan): Promise<void> {
  const fac = plan.facilitator.page;
  const linkOf = async (label: string) =>
    ((await fac.locator('.invite-list > li').filter({ hasText: label }).locator('.invite-url').textContent()) ?? '').trim();
  // The facilitator also looks at the workshop's home on a phone (the People table, the pickers).
  const facPhone = await secondScreen(plan.facilitator, 'facilitator-phone', phone);
  await day.step(
    'join',
    [...everyone(plan), facPhone],
    async () => {
      const participantLink = await linkOf('Participant link, no group');
      const observerLink = await linkOf('Observer link');
      for (const { who } of plan.participants) {
        await submitJoin(who.page, participantLink, who.name, who.organisation);
        await mainHeading(who.page, plan.title);
      }
      await submitJoin(plan.observer.page, observerLink, plan.observer.name, plan.observer.organisation);
      await mainHeading(plan.observer.page, plan.title);
      await fac.reload();
      for (const { who, group } of plan.participants) {
        await fac.getByLabel(`Group for ${who.name}`, { exact: true }).selectOption({ label: group });
        await fac.waitForLoadState('networkidle');
      }
      for (const { who } of plan.participants) await who.page.reload();
      await facPhone.page.goto(workshopUrl);
      await facPhone.page.getByRole('heading', { name: 'People', exact: true }).scrollIntoViewIfNeeded();
    },
    (p) =>
      p === facPhone
        ? { locator: p.page.getByRole('heading', { name: 'People', exact: true }), what: 'the People heading' }
        : { locator: p.page.getByRole('heading', { level: 1, name: plan.title }), what: 'the workshop’s title' },
  );
  await facPhone.page.close();
}

/** Each participant adds two actors (A), a flow between them with a new dataset, a description and a note. */
export async function mapping(day: Day, plan: Plan): Promise<void> {
  const map = (p: Person) => ({ locator: mapCanvas(p.page), what: 'the map' });
  await day.step(
    'map-open',
    everyone(plan),
    async () => {
      for (const { who, group } of plan.participants) await openBoard(who.page, workshopUrl, boardTitle('Ecosystem map', group));
      await openBoard(plan.facilitator.page, workshopUrl, boardTitle('Ecosystem map', plan.groups[0]));
      await openBoard(plan.observer.page, workshopUrl, boardTitle('Ecosystem map', plan.groups[0]));
    },
    map,
  );
  await day.step(
    'map-edit',
    everyone(plan),
    async () => {
      for (const [i, { who }] of plan.participants.entries())
        await day.attempt(who, async () => {
          const first = `${who.organisation} office`;
          const second = `Sensor team ${i + 1}`;
          await addActorByKeyboard(who.page, first);
          await who.page.keyboard.press('Escape');
          await addActorByKeyboard(who.page, second);
          await zoomToFit(who.page);
          await drawFlow(who.page, first, second);
          const panel = sidePanel(who.page);
          // On a phone the side panel is a sheet, closed until asked for.
          const open = who.page.getByRole('button', { name: 'Panel', exact: true });
          const sheet = who.page.viewportSize()!.width < 600;
          if (sheet) await open.click();
          await panel.getByLabel('Dataset').selectOption({ label: 'New dataset…' });
          await panel.getByLabel('Name of the new dataset').fill(`Readings ${i + 1}`);
          await panel.getByRole('button', { name: 'Create dataset' }).click();
          if (sheet) await closePanel(who.page);
          await actorNode(who.page, first).click();
          if (sheet) await open.click();
          await panel.getByLabel('Description', { exact: true }).pressSequentially('Keeps the river gauges running');
          await addNote(who.page, `Who else reads gauge ${i + 1}?`);
          if (sheet) await closePanel(who.page);
        });
      await zoomToFit(plan.facilitator.page);
      await zoomToFit(plan.observer.page);
    },
    map,
  );
}

export async function voting(day: Day, plan: Plan): Promise<void> {
  const fac = plan.facilitator.page;
  const [north] = plan.participants;
  await day.step(
    'vote',
    everyone(plan),
    async () => {
      const home = await fac.context().newPage();
      await home.goto(workshopUrl);
      await home.getByLabel('Board to vote on', { exact: true }).selectOption({ label: pickerLabel('Ecosystem map', plan.groups[0]) });
      await home.getByLabel('Votes each', { exact: true }).fill('2');
      await home.getByRole('button', { name: /^Open (voting|a new round)$/ }).click();
      await home.close();
      // The facilitator runs the round from the bar over the board, unfolded.
      await unfoldFacilitatorBar(fac);
      for (const { who } of plan.participants.filter((p) => p.group === plan.groups[0])) {
        await day.attempt(who, async () => {
          await visible(who.page.locator('.vote-budget'));
          await zoomToFit(who.page);
          await who.page
            .getByRole('button', { name: /^Vote for: / })
            .first()
            .click();
        });
      }
    },
    (p) => (p === north?.who ? { locator: p.page.locator('.vote-budget'), what: 'the voting banner' } : null),
  );
  await day.step(
    'vote-results',
    everyone(plan),
    async () => {
      await fac.locator('.vote-budget').getByRole('button', { name: 'Close voting' }).click();
      await visible(fac.locator('.vote-budget').getByRole('heading', { name: 'Voting results' }));
    },
    (p) => (p === plan.facilitator ? { locator: p.page.locator('.vote-budget'), what: 'the results' } : null),
  );
}

export async function presenting(day: Day, plan: Plan): Promise<void> {
  const fac = plan.facilitator.page;
  const screen = await secondScreen(plan.facilitator, 'projector', desktop);
  const projector = screen.page;
  const withProjector = [...everyone(plan), screen];
  await day.step(
    'present-group1',
    withProjector,
    async () => {
      await fac.goto(workshopUrl);
      await fac
        .getByLabel('Board to show on every screen', { exact: true })
        .selectOption({ label: pickerLabel('Ecosystem map', plan.groups[0]) });
      await fac.getByRole('button', { name: 'Spotlight', exact: true }).click();
      await projector.goto(`${workshopUrl}/plenary`);
      await mainHeading(projector, boardTitle('Ecosystem map', plan.groups[0]));
      for (const { who } of plan.participants) await mainHeading(who.page, boardTitle('Ecosystem map', plan.groups[0]));
    },
    (p) => (p.key === 'projector' ? { locator: p.page.locator('.presenter-board'), what: 'the presented board' } : null),
  );
  await day.step(
    'present-group2',
    withProjector,
    async () => {
      await projector.getByRole('button', { name: `Next group: ${plan.groups[1]}` }).click();
      await mainHeading(projector, boardTitle('Ecosystem map', plan.groups[1]));
      for (const { who } of plan.participants) await mainHeading(who.page, boardTitle('Ecosystem map', plan.groups[1]));
    },
    (p) => (p.key === 'projector' ? { locator: p.page.locator('.presenter-board'), what: 'the presented board' } : null),
  );
  await projector
    .getByRole('button', { name: 'End spotlight' })
    .click()
    .catch((e: Error) => console.log(`FAIL present-end projector: ${e.message.split('\n')[0]}`));
  await projector.close();
}

export async function canvas(day: Day, plan: Plan): Promise<void> {
  const sources = 'Data sources';
  const harms = 'Negative effects on people';
  await day.step(
    'canvas',
    everyone(plan),
    async () => {
      for (const p of [plan.facilitator, plan.observer])
        await openBoard(p.page, workshopUrl, boardTitle('Data ethics canvas', plan.groups[0]));
      for (const { who, group } of plan.participants) {
        await openBoard(who.page, workshopUrl, boardTitle('Data ethics canvas', group));
        await addCanvasNote(who.page, sources, `Gauges of ${who.organisation}`);
      }
      const first = plan.participants[0]!.who.page;
      await addCanvasNote(first, harms, 'Readings near homes show when people are out');
      const options = await openNoteOptions(first, harms, 'Readings near homes');
      await options.getByRole('button', { name: 'Make an action', exact: true }).click();
      const form = note(first, harms, 'Readings near homes').getByRole('group', { name: /^Make an action from/ });
      await form.getByLabel('Action', { exact: true }).fill('Publish readings per street, not per house');
      await form.getByRole('button', { name: 'Make action', exact: true }).click();
    },
    (p) =>
      p === plan.participants[0]?.who
        ? { locator: note(p.page, harms, 'Readings near homes'), what: 'the note made an action' }
        : { locator: section(p.page, sources).getByRole('heading').first(), what: 'the first section’s title' },
  );
}

export async function reflection(day: Day, plan: Plan): Promise<void> {
  await day.step(
    'reflection',
    everyone(plan),
    async () => {
      // A reflection board is its group's and the facilitators' alone: the observer waits at the workshop's home.
      await plan.observer.page.goto(workshopUrl);
      await openBoard(plan.facilitator.page, workshopUrl, boardTitle('Reflection', plan.groups[0]));
      for (const { who, group } of plan.participants) await openBoard(who.page, workshopUrl, boardTitle('Reflection', group));
      await plan.facilitator.page.getByRole('button', { name: 'Start a private round', exact: true }).click();
      // The round is on the first group's board: the other group's notes are in the open at once.
      for (const { who, group } of plan.participants)
        await day.attempt(who, async () => {
          const text = `${who.name}: keep the site visit`;
          const keep = who.page.getByRole('region', { name: /^Keep/ });
          await keep.getByLabel('New note for Keep', { exact: true }).fill(text);
          await keep.getByRole('button', { name: 'Add note to Keep' }).click();
          const shown = group === plan.groups[0] ? who.page.getByRole('list', { name: 'Your private notes' }) : keep;
          await visible(shown.getByText(text));
        });
    },
    (p) =>
      p === plan.observer
        ? null
        : { locator: p.page.getByRole('region', { name: /^Keep/ }).getByRole('heading').first(), what: 'the Keep column' },
  );
}

export async function report(day: Day, plan: Plan): Promise<void> {
  const page = plan.facilitator.page;
  await day.step(
    'report',
    [plan.facilitator],
    async () => {
      await page.goto(workshopUrl);
      const box = page.getByRole('region', { name: 'Report' });
      const pdf = await visible(box.getByRole('link', { name: 'Download report (PDF)' }));
      await pdf.scrollIntoViewIfNeeded();
      const response = await page.request.get(new URL((await pdf.getAttribute('href')) ?? '', plan.base).toString());
      const body = await response.body();
      if (response.status() !== 200 || body.subarray(0, 4).toString('latin1') !== '%PDF')
        throw new Error(`the report did not download as a PDF (${response.status()}, ${body.length} bytes)`);
      console.log(`report: ${body.length} bytes of PDF`);
    },
    (p) => ({ locator: p.page.getByRole('link', { name: 'Download report (PDF)' }), what: 'the report’s download link' }),
  );
}

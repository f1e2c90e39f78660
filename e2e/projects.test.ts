import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '../src/domain/index.js';
import { addActor, addDataset, addFlow } from '../src/doc/map/index.js';
import { createWorkshop, type CreatedWorkshop } from '../src/server/services/createWorkshop.js';
import { acknowledged, api, openSynced } from '../test/support/testServer.js';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { runApp, signInFacilitator, submitJoin, type App } from './support/app.js';
import { browserTestMs, mainHeading, newPerson, pageErrors, visible } from './support/browser.js';
import { section } from './support/canvas.js';
import { participantsOf, waitUntil } from './support/live.js';

const agenda: Activity[] = [
  { id: 'welcome', title: 'Welcome', kind: 'plenary', minutes: 5 },
  { id: 'mapping', title: 'Map the data ecosystem', kind: 'ecosystem-mapping', minutes: 10 },
  { id: 'ethics', title: 'Work through the canvas', kind: 'ethics-canvas', minutes: 10 },
];

function createTwoProjectWorkshop(app: App, title: string): Promise<CreatedWorkshop> {
  return createWorkshop(
    app.server.store,
    {
      title,
      description: 'Two city projects, one day.',
      meetingLink: null,
      ownerId: 'ac_e2e_facilitator',
      groups: ['Group 1', 'Group 2'],
      projects: ['Air quality sensors', 'Smart bins'],
      boardsPerGroup: [],
      agenda,
    },
    new Date(),
  );
}

/** Writes a small map over /collab, as any Yjs client would, with the workshop's facilitator invite. */
async function seedMap(app: App, workshop: CreatedWorkshop, boardId: string): Promise<void> {
  const joined = await api(app.base, 'POST', '/api/join', {
    invite: workshop.invites.facilitator.code,
    name: 'Seeder',
    organisation: 'Test',
  });
  const client = await openSynced(app.server.collabUrl, boardId, joined.json.token as string);
  try {
    for (const [id, name] of [
      ['city', 'City'],
      ['public', 'Public'],
      ['ltd', 'Bins Ltd'],
    ] as const)
      addActor(client.doc, { id, name, roles: [], tags: [] });
    // One dataset whose access only its flows give (and they differ); one with its own.
    addDataset(client.doc, { id: 'ds-fill', name: 'Bin fill levels', heldBy: [] });
    addDataset(client.doc, { id: 'ds-routes', name: 'Collection routes', heldBy: [], access: 'open' });
    addFlow(client.doc, { id: 'f1', from: 'city', to: 'public', kind: 'data', dataset: 'ds-fill', access: 'open' });
    addFlow(client.doc, { id: 'f2', from: 'city', to: 'ltd', kind: 'data', dataset: 'ds-fill', access: 'shared' });
    await acknowledged(client);
  } finally {
    client.destroy();
  }
}

interface Person {
  name: string;
  page: Page;
}

describe.runIf(browserAvailable())(`several projects in one workshop, and regrouping safely (Chromium at ${chromiumPath})`, () => {
  const live = runApp();
  let workshop: CreatedWorkshop;
  const title = 'Two projects day';
  beforeAll(async () => {
    workshop = await createTwoProjectWorkshop(live.app, title);
  });

  it(
    "G2: each group's participant lands on their own project's board; the canvas lists the group's map datasets with the map's access",
    async () => {
      const id = workshop.workshop.id;
      const [g1, g2] = workshop.groups;
      const people: Person[] = [];
      for (const name of ['Amira Haddad', 'Ben Okafor']) {
        const { page } = await newPerson(live.browser);
        await submitJoin(page, `${live.app.base}/join/${workshop.invites.participant.code}`, name, 'City Council');
        await mainHeading(page, title);
        people.push({ name, page });
      }
      const joined = await participantsOf(live.app, id);
      const idOf = (name: string) => joined.find((p) => p.name === name)!.id;
      await live.app.server.store.setParticipantGroup(idOf('Amira Haddad'), g1!.id);
      await live.app.server.store.setParticipantGroup(idOf('Ben Okafor'), g2!.id);
      const smartBinsMap = workshop.boards.find((b) => b.kind === 'ecosystem-map' && b.groupId === g2!.id)!;
      await seedMap(live.app, workshop, smartBinsMap.id);

      const fac = await newPerson(live.browser);
      await signInFacilitator(fac.page, live.app);
      await fac.page.goto(`${live.app.base}/w/${id}`);
      await mainHeading(fac.page, title);
      await fac.page.getByRole('button', { name: 'Start Map the data ecosystem', exact: true }).click();
      await mainHeading(people[0]!.page, 'Map the data ecosystem — Air quality sensors — Group 1');
      await mainHeading(people[1]!.page, 'Map the data ecosystem — Smart bins — Group 2');

      // The canvas links to its group's map for the project by itself, and says what access the map gives.
      await fac.page.getByRole('button', { name: 'Start Work through the canvas', exact: true }).click();
      const ben = people[1]!.page;
      await mainHeading(ben, 'Work through the canvas — Smart bins — Group 2');
      const datasets = section(ben, 'Data sources').getByRole('list', { name: `Datasets on ${smartBinsMap.title}` });
      await visible(
        datasets
          .getByRole('listitem')
          .filter({ hasText: 'Bin fill levels' })
          .getByText('Access: Open (flow City → Public), Shared (flow City → Bins Ltd)', { exact: true }),
      );
      await visible(datasets.getByRole('listitem').filter({ hasText: 'Collection routes' }).getByText('Open access', { exact: true }));
      expect(await section(ben, 'Data sources').getByText('Access not set').count()).toBe(0);
      for (const p of [...people, { name: 'fac', page: fac.page }]) expect(pageErrors(p.page)).toEqual([]);
      for (const p of people) await p.page.context().close();
      await fac.context.close();
    },
    browserTestMs,
  );

  it(
    'projects are named at the field (empty, over-long, twice refused); a group given another project gets its boards',
    async () => {
      const fac = await newPerson(live.browser);
      await signInFacilitator(fac.page, live.app);
      const page = fac.page;
      await page.getByLabel('Title', { exact: true }).fill('Bins and air');
      const projects = page.getByLabel('Projects', { exact: true });
      await projects.fill('Smart bins\nAir quality sensors\nsmart  bins');
      await page.getByRole('button', { name: 'Create workshop', exact: true }).click();
      await visible(page.getByText('“smart bins” is there twice: give each project its own name.', { exact: true }));
      expect(await projects.getAttribute('aria-invalid')).toBe('true');
      await projects.fill(`Smart bins\n${'x'.repeat(121)}`);
      await page.getByRole('button', { name: 'Create workshop', exact: true }).click();
      await visible(page.getByText('Project 2 is longer than 120 characters: shorten it.', { exact: true }));
      await projects.fill('Smart bins\nAir quality sensors');
      await page.getByRole('radio', { name: 'Data ecosystem mapping (2 hours)' }).check();
      await page.getByRole('button', { name: 'Create workshop', exact: true }).click();
      await mainHeading(page, 'Bins and air');
      await visible(page.getByRole('link', { name: 'Map the data ecosystem — Smart bins — Group 1', exact: true }));
      await visible(page.getByRole('link', { name: 'Map the data ecosystem — Air quality sensors — Group 2', exact: true }));

      // On the workshop home: an empty or repeated project name is refused at the field.
      const tools = page.getByRole('region', { name: 'Projects', exact: true });
      await tools.getByRole('button', { name: 'Add project' }).click();
      await visible(tools.getByText('Give the project a name.', { exact: true }));
      await tools.getByLabel('Project name', { exact: true }).fill('AIR quality sensors');
      await tools.getByRole('button', { name: 'Add project' }).click();
      await visible(tools.getByText('“AIR quality sensors” is there twice: give each project its own name.', { exact: true }));
      await tools.getByLabel('Project name', { exact: true }).fill('Fire risk model');
      await tools.getByRole('button', { name: 'Add project' }).click();
      await visible(tools.getByRole('status').filter({ hasText: 'Project added: Fire risk model.' }));

      // Group 1 moves to the new project: it gets its boards for it and keeps the first ones.
      await tools.getByLabel('Project for Group 1', { exact: true }).selectOption({ label: 'Fire risk model' });
      await visible(tools.getByRole('status').filter({ hasText: 'Group 1 now works on Fire risk model' }));
      await visible(page.getByRole('link', { name: 'Map the data ecosystem — Fire risk model — Group 1', exact: true }));
      await visible(page.getByRole('link', { name: 'Map the data ecosystem — Smart bins — Group 1', exact: true }));

      // Sharing the projects out again in turn puts Group 1 back on the first.
      await tools.getByRole('button', { name: 'Share projects out across groups' }).click();
      await visible(tools.getByRole('status').filter({ hasText: 'Projects shared out across the groups in turn' }));
      await waitUntil(
        'Group 1 back on Smart bins',
        () => tools.getByLabel('Project for Group 1', { exact: true }).evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text),
        (text) => text === 'Smart bins',
      );
      expect(pageErrors(page)).toEqual([]);
      await fac.context.close();
    },
    browserTestMs,
  );

  it(
    'G3, G4: automatic grouping shows who would move and moves only on confirmation; the moved participant sees it at once',
    async () => {
      const regroup = await createTwoProjectWorkshop(live.app, 'Regroup day');
      const id = regroup.workshop.id;
      const [g1] = regroup.groups;
      const people: Person[] = [];
      for (const [name, organisation] of [
        ['Chloé Martin', 'City Council'],
        ['Dev Patel', 'Fire and Rescue Service'],
      ] as const) {
        const { page } = await newPerson(live.browser);
        await submitJoin(page, `${live.app.base}/join/${regroup.invites.participant.code}`, name, organisation);
        await mainHeading(page, 'Regroup day');
        people.push({ name, page });
      }
      // Both are in Group 1, building its map.
      for (const p of await participantsOf(live.app, id)) await live.app.server.store.setParticipantGroup(p.id, g1!.id);
      for (const p of people) {
        await p.page.reload();
        await visible(p.page.locator('.your-group').getByText('Group 1', { exact: true }));
        // A mark that a reload would wipe: the change must arrive without one.
        await p.page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
      }

      const fac = await newPerson(live.browser);
      await signInFacilitator(fac.page, live.app);
      await fac.page.goto(`${live.app.base}/w/${id}`);
      await mainHeading(fac.page, 'Regroup day');
      // The facilitator's live connection is up (it tells everyone's screen of the change).
      await visible(fac.page.locator('.facilitator-bar').getByRole('heading', { name: 'Run the workshop' }));
      await fac.page.getByLabel('Number of groups', { exact: true }).fill('2');
      await fac.page.getByRole('button', { name: 'Make groups automatically' }).click();
      const ask = fac.page.getByRole('region', { name: '1 person would move' });
      await visible(ask);
      const row = ask.getByRole('row').filter({ hasText: /Chloé Martin|Dev Patel/ });
      await visible(row.getByRole('cell', { name: 'Group 2', exact: true }));
      await visible(row.getByRole('cell', { name: 'Group 1', exact: true }));
      const moverName = (await row.getByRole('rowheader').textContent())!.includes('Chloé') ? 'Chloé Martin' : 'Dev Patel';
      // Nothing has moved yet.
      expect((await participantsOf(live.app, id)).every((p) => p.groupId === g1!.id)).toBe(true);

      await ask.getByRole('button', { name: 'Move them' }).click();
      await visible(fac.page.getByRole('status').filter({ hasText: 'Groups made: 2 people in 2 groups' }));
      const mover = people.find((p) => p.name === moverName)!;
      const stayer = people.find((p) => p.name !== moverName)!;
      await visible(mover.page.locator('.your-group').getByText('Group 2', { exact: true }));
      await visible(mover.page.getByText('Your group works on Smart bins.', { exact: true }));
      expect(await mover.page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
      await visible(stayer.page.locator('.your-group').getByText('Group 1', { exact: true }));
      const after = await waitUntil(
        'the regroup stored',
        () => participantsOf(live.app, id),
        (ps) => ps.some((p) => p.groupId !== g1!.id),
      );
      expect(after.find((p) => p.name === moverName)!.groupId).toBe(regroup.groups[1]!.id);
      // The boards stayed with their groups.
      const boards = await live.app.server.store.listBoards(id);
      for (const b of regroup.boards) expect(boards.find((x) => x.id === b.id)?.groupId).toBe(b.groupId);
      for (const p of [...people, { name: 'fac', page: fac.page }]) expect(pageErrors(p.page)).toEqual([]);
      for (const p of people) await p.page.context().close();
      await fac.context.close();
    },
    browserTestMs,
  );
});

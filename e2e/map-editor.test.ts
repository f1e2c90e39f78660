import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../test/support/testServer.js';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { boardLive, joinDemo, openMapBoard, runApp } from './support/app.js';
import {
  browserTestMs,
  controlNames,
  mainHeading,
  newPerson,
  pageErrors,
  screenshot,
  seriousAxeViolations,
  visible,
} from './support/browser.js';
import {
  actorNames,
  actorNode,
  addActorByDoubleClick,
  addActorByKeyboard,
  drawFlow,
  flowLabel,
  mapCanvas,
  pinnedNote,
  seesActor,
  sidePanel,
  zoomToFit,
} from './support/map.js';

const dataset = 'Air quality readings';

/** Picks a format in the map's Export menu and waits for the browser's download: its name and bytes. */
async function exported(page: Page, item: RegExp, { openMenu = true } = {}): Promise<{ name: string; bytes: Buffer; text: string }> {
  if (openMenu) await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: item }).click()]);
  const path = await download.path();
  const bytes = readFileSync(path);
  return { name: download.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}
const question = 'Who pays for the sensors after the pilot?';

describe.runIf(browserAvailable())(
  `the ecosystem map editor, live for two and watched by an observer (Chromium at ${chromiumPath})`,
  () => {
    const live = runApp();
    let restarted: TestServer | null = null;
    afterAll(async () => {
      await restarted?.dispose();
    });

    it(
      'two participants build a map together; undo takes back only your own change; an observer watches; the map survives a restart',
      async () => {
        // bypassCSP only so that axe-core can be injected into Amira's page.
        const amira = await newPerson(live.browser, { bypassCSP: true });
        const ben = await newPerson(live.browser);
        await joinDemo(amira.page, live.app, 'participant', 'Amira Haddad', 'City Council data team');
        await joinDemo(ben.page, live.app, 'participant', 'Ben Okafor', 'Fire and Rescue Service');
        await openMapBoard(amira.page, live.app);
        await openMapBoard(ben.page, live.app);
        await visible(mapCanvas(amira.page));
        await visible(mapCanvas(ben.page));

        // Amira adds an actor in two keystrokes: "A", then its name and Enter. Ben sees it.
        await addActorByKeyboard(amira.page, 'City Council');
        await seesActor(ben.page, 'City Council');

        // Ben adds one with a double-click on empty map. Amira sees it.
        await addActorByDoubleClick(ben.page, 'University');
        await seesActor(amira.page, 'University');

        // Each sees where the other points on the map, with their name.
        const pane = (await mapCanvas(amira.page).boundingBox())!;
        // (Mid-height: the tools float over the top of the canvas.)
        await amira.page.mouse.move(pane.x + pane.width * 0.3, pane.y + pane.height * 0.5);
        await amira.page.mouse.move(pane.x + pane.width * 0.3 + 12, pane.y + pane.height * 0.5 + 8);
        await visible(ben.page.locator('.map-cursor').filter({ hasText: 'Amira Haddad' }));

        // Amira gives City Council its type and a role in the side panel.
        await actorNode(amira.page, 'City Council').click();
        const panel = sidePanel(amira.page);
        await visible(panel.getByRole('heading', { name: 'City Council', exact: true }));
        await panel.getByLabel('Organisation type').selectOption({ label: 'Public sector' });
        await panel.getByRole('checkbox', { name: 'Steward' }).check();
        // New actors keep a flow's width apart, so City Council may be off Ben's screen (and not drawn): he looks at the whole map.
        await zoomToFit(ben.page);
        await visible(actorNode(ben.page, 'City Council').getByText('Public sector'));
        await visible(actorNode(ben.page, 'City Council').getByText('Steward'));

        // She draws a flow from City Council to University, and names a new dataset for it.
        await zoomToFit(amira.page);
        await drawFlow(amira.page, 'City Council', 'University');
        await visible(panel.getByRole('heading', { name: 'City Council → University', exact: true }));
        expect(await panel.getByLabel('Kind of flow').inputValue()).toBe('data');
        await panel.getByLabel('Dataset').selectOption({ label: 'New dataset…' });
        await panel.getByLabel('Name of the new dataset').fill(dataset);
        await panel.getByRole('button', { name: 'Create dataset' }).click();
        await visible(flowLabel(amira.page, dataset));
        await visible(flowLabel(ben.page, dataset));

        // Ben pins a question to University.
        await actorNode(ben.page, 'University').click();
        await sidePanel(ben.page).getByRole('button', { name: 'Add a sticky note to this actor' }).click();
        await sidePanel(ben.page).getByRole('radio', { name: 'Question' }).check();
        await sidePanel(ben.page).getByLabel('Note text').fill(question);
        await sidePanel(ben.page).getByRole('button', { name: 'Put the note on the map' }).click();
        await visible(pinnedNote(ben.page, question));
        await visible(pinnedNote(amira.page, question));

        // Both see the same map.
        for (const page of [amira.page, ben.page]) {
          expect(await actorNames(page)).toEqual(['City Council', 'University']);
          expect(await flowLabel(page, dataset).textContent()).toContain('Data');
          expect(await pinnedNote(page, question).textContent()).toContain('Question');
        }

        // Undo is per person: Amira adds an actor, then Ben adds one; Amira's undo takes back hers only.
        await zoomToFit(amira.page);
        await addActorByKeyboard(amira.page, 'Bus operator');
        await seesActor(ben.page, 'Bus operator');
        await addActorByDoubleClick(ben.page, 'Fire and Rescue Service');
        await seesActor(amira.page, 'Fire and Rescue Service');
        await amira.page.getByRole('button', { name: 'Undo', exact: true }).click();
        await actorNode(ben.page, 'Bus operator').waitFor({ state: 'detached' });
        await actorNode(amira.page, 'Bus operator').waitFor({ state: 'detached' });
        for (const page of [amira.page, ben.page]) {
          expect(await actorNames(page)).toEqual(['City Council', 'Fire and Rescue Service', 'University']);
          await visible(flowLabel(page, dataset));
          await visible(pinnedNote(page, question));
        }

        // An observer watches the same map live, and is told why nothing can be changed.
        const olu = await newPerson(live.browser);
        await joinDemo(olu.page, live.app, 'observer', 'Olu Adeyemi', 'Regional Combined Authority');
        await openMapBoard(olu.page, live.app);
        await visible(olu.page.getByText('You are observing this map.'));
        await visible(flowLabel(olu.page, dataset));
        await visible(pinnedNote(olu.page, question));
        expect(await actorNames(olu.page)).toEqual(['City Council', 'Fire and Rescue Service', 'University']);
        expect(await olu.page.getByRole('button', { name: /Actor$/ }).count()).toBe(0);
        expect(await olu.page.getByRole('button', { name: /Sticky note$/ }).count()).toBe(0);
        await olu.page.keyboard.press('a');
        expect(await olu.page.getByLabel('New actor’s name').count()).toBe(0);
        await actorNode(olu.page, 'City Council').click();
        await visible(sidePanel(olu.page).getByRole('heading', { name: 'City Council', exact: true }));
        expect(await sidePanel(olu.page).getByLabel('Name', { exact: true }).isDisabled()).toBe(true);
        // A change made meanwhile reaches the observer live.
        await actorNode(amira.page, 'University').click();
        await panel.getByLabel('Organisation type').selectOption({ label: 'Academia' });
        await visible(actorNode(olu.page, 'University').getByText('Academia'));

        // Deleting an actor that has flows asks first; Cancel keeps everything.
        await actorNode(amira.page, 'City Council').click();
        await amira.page.getByRole('button', { name: 'Delete', exact: true }).click();
        const confirm = await visible(amira.page.getByRole('dialog', { name: 'Delete 1 actor?' }));
        expect(await confirm.textContent()).toContain('also removes 1 flow');
        await confirm.getByRole('button', { name: 'Cancel' }).click();
        await confirm.waitFor({ state: 'hidden' });
        await visible(flowLabel(ben.page, dataset));

        // No serious or critical accessibility problems on the map page; every control is named.
        await actorNode(amira.page, 'University').click();
        const violations = await seriousAxeViolations(amira.page);
        expect(violations, `axe found serious or critical problems on the map:\n${violations.join('\n')}`).toEqual([]);
        const controls = await controlNames(amira.page);
        expect(controls.nameless, `controls without a name:\n${controls.nameless.join('\n')}`).toEqual([]);

        // Amira lays the map out automatically (the server places the actors with ELK); everyone sees it.
        await amira.page.getByRole('button', { name: 'Layout' }).click();
        await amira.page.getByRole('button', { name: /^Lay out everything/ }).click();
        await visible(amira.page.getByText(/^Placed 3 actors\./));
        await zoomToFit(amira.page);
        await zoomToFit(ben.page);
        await visible(flowLabel(ben.page, dataset));
        await amira.page.mouse.click(1, 1); // pointer off the map, nothing hovered
        await screenshot(amira.page, 'map-editor');
        await zoomToFit(olu.page);
        await screenshot(olu.page, 'map-editor-observer');

        // Amira exports the map from the Export menu: every format is offered; the server makes
        // the files, the SVG picture with its legend, named after the board.
        await amira.page.getByRole('button', { name: 'Export', exact: true }).click();
        const menu = amira.page.locator('.map-menu-list:not([hidden])');
        // Each item is its name, then a hint in a span.
        expect(await menu.getByRole('button').evaluateAll((items) => items.map((b) => b.firstChild?.textContent))).toEqual([
          'Map file (JSON)',
          'Kumu workbook (.xlsx)',
          'Kumu CSV files (.zip)',
          'GraphML',
          'Mermaid flowchart',
          'Picture (SVG)',
          'Picture (PNG)',
        ]);
        await screenshot(amira.page, 'map-export-menu');
        const graphml = await exported(amira.page, /^GraphML/, { openMenu: false });
        expect(graphml.name).toBe(`${live.app.mapBoard.title} map.graphml`);
        expect(graphml.text).toMatch(/^<\?xml[\s\S]*<graphml/);
        for (const name of ['City Council', 'Fire and Rescue Service', 'University', dataset]) expect(graphml.text).toContain(name);
        await visible(amira.page.getByRole('status').filter({ hasText: `Downloaded ${live.app.mapBoard.title} map.graphml.` }));
        const svg = await exported(amira.page, /^Picture \(SVG\)/);
        expect(svg.name).toBe(`${live.app.mapBoard.title} map.svg`);
        expect(svg.text).toMatch(/<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
        for (const text of ['>Legend<', '>Organisation type<', '>Role<', 'City Council', 'University']) expect(svg.text).toContain(text);
        // An observer may export what they can read: the PNG picture.
        const png = await exported(olu.page, /^Picture \(PNG\)/);
        expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        expect([...pageErrors(amira.page), ...pageErrors(ben.page), ...pageErrors(olu.page)]).toEqual([]);

        // A new server on the same store holds the same map.
        restarted = await live.app.server.restart();
        const after = await newPerson(live.browser);
        await joinDemo(
          after.page,
          { ...live.app, inviteUrl: (role) => `${restarted!.base}/join/${live.app.demo.invites[role].code}` },
          'participant',
          'Nia Evans',
          'Resident',
        );
        await after.page.goto(`${restarted.base}/b/${live.app.mapBoard.id}`);
        await mainHeading(after.page, live.app.mapBoard.title);
        await boardLive(after.page);
        await visible(flowLabel(after.page, dataset));
        await visible(pinnedNote(after.page, question));
        expect(await actorNames(after.page)).toEqual(['City Council', 'Fire and Rescue Service', 'University']);
        await visible(actorNode(after.page, 'University').getByText('Academia'));

        // Nia copies University and pastes it: the copy travels as a map file's text (what the
        // system clipboard would carry) and is read back on paste. A broken map file pastes
        // nothing; one whose actor she renamed pastes that actor.
        await zoomToFit(after.page);
        await actorNode(after.page, 'University').click();
        const copied = await after.page.evaluate(() => {
          const data = new DataTransfer();
          document.body.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true }));
          return data.getData('text/plain');
        });
        expect(JSON.parse(copied)).toMatchObject({ format: 'opencities/ecosystem-map', actors: [{ name: 'University' }] });
        const paste = (text: string) =>
          after.page.evaluate((pasted) => {
            const data = new DataTransfer();
            data.setData('text/plain', pasted);
            document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
          }, text);
        await paste(copied);
        await paste('{ "format": "opencities/ecosystem-map", "version": 1, "actors": [{ "id": "" }] }');
        await paste(copied.replace('"University"', '"Harbour Trust"'));
        await seesActor(after.page, 'Harbour Trust');
        await zoomToFit(after.page);
        expect(await actorNames(after.page)).toEqual([
          'City Council',
          'Fire and Rescue Service',
          'Harbour Trust',
          'University',
          'University',
        ]);
        expect(pageErrors(after.page)).toEqual([]);

        // Amira's page still points at the server that was stopped: an export says so, and what to do.
        await amira.page.getByRole('button', { name: 'Export', exact: true }).click();
        await amira.page.getByRole('button', { name: /^GraphML/ }).click();
        await visible(
          amira.page
            .getByRole('alert')
            .filter({ hasText: 'Could not export the GraphML file. Cannot reach the Open Cities Studio server.' }),
        );

        for (const person of [amira, ben, olu, after]) await person.context.close();
      },
      browserTestMs * 2,
    );
  },
);

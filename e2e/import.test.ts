import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { boardLive, joinDemo, ownedTitle, signInFacilitator, runApp } from './support/app.js';
import { browserTestMs, mainHeading, newPerson, pageErrors, screenshot, seriousAxeViolations, visible } from './support/browser.js';
import { actorNames, emptyPaneSpot, mapCanvas, seesActor } from './support/map.js';

const goldenText = readFileSync(join(process.cwd(), 'test', 'fixtures', 'ecosystem-map', 'v1-air-quality.json'), 'utf8');
const goldenActors = (JSON.parse(goldenText).actors as { name: string }[]).map((a) => a.name).sort();

/**
 * Drags files over the workshop home and lets go of them on the drop zone, as the browser does
 * with files from the desktop: a DataTransfer holding them, built in the page, on real dragenter,
 * dragover and drop events. `size` makes a file of that many spaces instead of `text`.
 */
async function dragFiles(page: Page, files: { name: string; text?: string; size?: number }[], release = true): Promise<void> {
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list) {
      const body = f.size === undefined ? (f.text ?? '') : new Uint8Array(f.size).fill(0x20);
      transfer.items.add(new File([body], f.name, { type: 'application/json' }));
    }
    return transfer;
  }, files);
  await page.dispatchEvent('.import-drop', 'dragenter', { dataTransfer });
  await page.dispatchEvent('.import-drop', 'dragover', { dataTransfer });
  if (release) await page.dispatchEvent('.import-drop', 'drop', { dataTransfer });
}

describe.runIf(browserAvailable())(`importing a map onto the workshop home (Chromium at ${chromiumPath})`, () => {
  const live = runApp();

  it(
    'A9: a facilitator drops a map file on the workshop home, sees the upload go, and opens the new board with its actors',
    async () => {
      // bypassCSP only so that axe-core can be injected.
      const { page } = await newPerson(live.browser, { bypassCSP: true });
      const errors = pageErrors(page);
      await signInFacilitator(page, live.app);
      await page.getByRole('link', { name: ownedTitle, exact: true }).click();
      await mainHeading(page, ownedTitle);
      const panel = await visible(page.getByRole('region', { name: 'Import a map' }));
      await visible(panel.getByRole('button', { name: 'Import a map…', exact: true }));
      expect(await seriousAxeViolations(page, '.import-panel')).toEqual([]);

      // The zone lights up while files are over the page, and says what letting go does.
      await panel.getByLabel('Board for').selectOption({ label: 'Group B' });
      await dragFiles(page, [{ name: 'air-quality.json', text: goldenText }], false);
      await visible(page.locator('.import-drop.import-drop-active').getByText('Let go to import the file'));
      await screenshot(page, 'import-dragging');

      await dragFiles(page, [{ name: 'air-quality.json', text: goldenText }]);
      const done = await visible(panel.getByRole('status').getByText('Imported “Air quality sensing” as a new ecosystem map board.'));
      expect(await page.locator('.import-drop-active').count()).toBe(0);
      // The board list has it, in the group chosen.
      const groupB = page.locator('.board-section', { has: page.getByRole('heading', { level: 3, name: 'Group B', exact: true }) });
      await visible(groupB.getByRole('link', { name: 'Air quality sensing', exact: true }));
      await screenshot(page, 'import-done');

      await done.getByRole('link', { name: 'Open Air quality sensing', exact: true }).click();
      await mainHeading(page, 'Air quality sensing');
      await boardLive(page);
      await visible(mapCanvas(page));
      await seesActor(page, 'City Council');
      expect(await actorNames(page)).toEqual(goldenActors);
      await screenshot(page, 'import-board');

      // While the view is dragged, flows are drawn solid (their dashes are most of the drawing
      // of a pan); they are dashed again once it stops.
      const dashes = () =>
        page
          .locator('.react-flow__edge-path.map-flow-line')
          .evaluateAll((paths) =>
            paths.filter((p) => (p as SVGPathElement).style.strokeDasharray).map((p) => getComputedStyle(p).strokeDasharray),
          );
      const atRest = await dashes();
      expect(atRest.length).toBeGreaterThan(0);
      expect(atRest).not.toContain('none');
      const spot = await emptyPaneSpot(page);
      await page.mouse.move(spot.x, spot.y);
      await page.mouse.down();
      for (let i = 1; i <= 5; i++) await page.mouse.move(spot.x + i * 10, spot.y + i * 4);
      expect(new Set(await dashes())).toEqual(new Set(['none']));
      await page.mouse.up();
      await expect.poll(dashes).toEqual(atRest);
      expect(errors).toEqual([]);
    },
    browserTestMs,
  );

  it(
    'a bad file, a file over the limit and a name with markup: the server’s words in an alert, the name as text, nothing made',
    async () => {
      const { page } = await newPerson(live.browser);
      const errors = pageErrors(page);
      await signInFacilitator(page, live.app);
      await page.getByRole('link', { name: ownedTitle, exact: true }).click();
      await mainHeading(page, ownedTitle);
      const panel = await visible(page.getByRole('region', { name: 'Import a map' }));
      const boards = async () => (await live.app.server.store.listBoards(live.app.owned.workshop.id)).length;
      const before = await boards();

      // Chosen with the button (keyboard and touch): a map whose flow names an actor that is not there.
      const bad = JSON.parse(goldenText);
      bad.flows[2].to = 'vendr';
      const chooser = page.waitForEvent('filechooser');
      await panel.getByRole('button', { name: 'Import a map…', exact: true }).press('Enter');
      await (
        await chooser
      ).setFiles({ name: 'dangling.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad, null, 2)) });
      const alert = await visible(panel.getByRole('alert'));
      expect(await alert.textContent()).toMatch(
        /^The file was not imported.*dangling\.json: flows\[2\]\.to: no actor with id "vendr" \(line \d+\)\. The file is not valid, so nothing was imported\. Fix the place named and import it again\./,
      );
      await screenshot(page, 'import-error');

      // Over the limit: the live.browser still gets the server's answer, naming the limit.
      await dragFiles(page, [{ name: 'huge.json', size: 21 * 1024 * 1024 }]);
      await visible(panel.getByRole('alert').getByText(/over the import limit of 20 MB/));
      expect(await boards()).toBe(before);

      // A map with no title takes its file's name; markup in it stays text.
      const untitled = JSON.stringify({ format: 'opencities/ecosystem-map', version: 1, title: '', actors: [], flows: [] });
      const name = 'Plan <img src=x onerror=window.hacked=1>';
      await dragFiles(page, [{ name: `${name}.json`, text: untitled }]);
      await visible(panel.getByRole('status').getByText(`Imported “${name}” as a new ecosystem map board.`));
      await visible(page.locator('.board-list').getByRole('link', { name, exact: true }));
      expect(await page.locator('main img[src="x"]').count()).toBe(0);
      expect(await page.evaluate(() => 'hacked' in window)).toBe(false);
      expect(await boards()).toBe(before + 1);
      expect(errors).toEqual([]);
    },
    browserTestMs,
  );

  it(
    'an observer has no import; a participant’s import is their group’s',
    async () => {
      const watcher = await newPerson(live.browser);
      await joinDemo(watcher.page, live.app, 'observer', 'Olu Obi', 'City Hall');
      await visible(watcher.page.getByRole('heading', { level: 2, name: 'Boards' }));
      expect(await watcher.page.getByRole('region', { name: 'Import a map' }).count()).toBe(0);

      const { page } = await newPerson(live.browser);
      await joinDemo(page, live.app, 'participant', 'Pia Lund', 'Clean Air Now');
      const panel = await visible(page.getByRole('region', { name: 'Import a map' }));
      const group = (await page.locator('.your-group').textContent())?.trim() ?? '';
      await visible(panel.getByText(`It becomes a new board of your group, ${group}.`));
      expect(await panel.getByLabel('Board for').count()).toBe(0);
      await dragFiles(page, [{ name: 'ours.json', text: goldenText }]);
      await visible(panel.getByRole('status').getByText('Imported “Air quality sensing” as a new ecosystem map board.'));
      const section = page.locator('.board-section', { has: page.getByRole('heading', { level: 3, name: group }) });
      await visible(section.getByRole('link', { name: 'Air quality sensing', exact: true }));
      expect(pageErrors(page)).toEqual([]);
    },
    browserTestMs,
  );
});

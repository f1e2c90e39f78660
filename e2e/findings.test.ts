import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importBoardFile } from '../src/server/services/boardFiles.js';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { boardLive, ownedTitle, signInFacilitator, runApp } from './support/app.js';
import { browserTestMs, mainHeading, newPerson, pageErrors, screenshot, seriousAxeViolations, visible } from './support/browser.js';
import { addActorByKeyboard, mapCanvas, seesActor, sidePanel } from './support/map.js';

const goldenMap = join(process.cwd(), 'test', 'fixtures', 'ecosystem-map', 'v1-air-quality.json');

describe.runIf(browserAvailable())(`findings on the map and the workshop report (Chromium at ${chromiumPath})`, () => {
  const live = runApp();
  let board: { id: string; title: string };
  beforeAll(async () => {
    board = await importBoardFile(live.app.server.store, {
      workshopId: live.app.owned.workshop.id,
      file: { name: 'v1-air-quality.json', data: readFileSync(goldenMap, 'utf8') },
      now: new Date(),
    });
  });

  it(
    'the findings panel lists what the golden map shows and selects a finding’s subject; the report downloads as PDF',
    async () => {
      // bypassCSP only so that axe-core can be injected.
      const { page } = await newPerson(live.browser, { bypassCSP: true });
      const errors = pageErrors(page);
      await signInFacilitator(page, live.app);

      // The workshop home: the Report box, with Markdown and PDF links that follow the checkbox.
      await page.getByRole('link', { name: ownedTitle, exact: true }).click();
      await mainHeading(page, ownedTitle);
      const report = page.getByRole('region', { name: 'Report' });
      const pdf = await visible(report.getByRole('link', { name: 'Download report (PDF)' }));
      const markdown = report.getByRole('link', { name: 'Download report (Markdown)' });
      expect(await pdf.getAttribute('href')).toContain('includeReflection=false');
      await report.getByRole('checkbox', { name: 'Include the groups’ reflections (without names)' }).check();
      expect(await pdf.getAttribute('href')).toContain('format=pdf&includeReflection=true');
      expect(await markdown.getAttribute('href')).toContain('format=md&includeReflection=true');
      // page.request carries the page's cookies: the facilitator's session.
      const pdfResponse = await page.request.get(new URL((await pdf.getAttribute('href')) ?? '', live.app.base).toString());
      expect(pdfResponse.status()).toBe(200);
      expect((await pdfResponse.body()).subarray(0, 4).toString('latin1')).toBe('%PDF');
      const mdResponse = await page.request.get(new URL((await markdown.getAttribute('href')) ?? '', live.app.base).toString());
      expect(mdResponse.status()).toBe(200);
      // Markdown comes as a .zip: report.md and its map pictures, linked by relative path.
      const files = unzipSync(new Uint8Array(await mdResponse.body()));
      expect(strFromU8(files['report.md']!)).toContain('City Council');
      expect(Object.keys(files).some((name) => /^images\/.+\.svg$/.test(name))).toBe(true);

      // The golden map, imported on the server: the findings panel lists its focal point.
      await page.goto(`${live.app.base}/b/${board.id}`);
      await boardLive(page);
      await visible(mapCanvas(page));
      await seesActor(page, 'City Council');
      const toggle = page.getByRole('tab', { name: 'Findings', exact: true });
      await toggle.click();
      expect(await toggle.getAttribute('aria-selected')).toBe('true');
      const findings = page.getByRole('region', { name: 'Findings', exact: true });
      await visible(findings.getByText('Degree centralisation'));
      await visible(findings.getByText('0.87'));
      const focal = await visible(findings.getByRole('button', { name: /^City Council is on 9 of 11 flows/ }));
      await visible(findings.getByText(/Warning · One actor at the centre/));
      await visible(findings.getByRole('button', { name: /^The data flow "community sensor upload".*follows no standard/ }));

      // Expanding shows why it matters and what to do.
      const more = findings.getByRole('button', { name: /^Why it matters\s*: One actor at the centre$/ });
      await more.press('Enter');
      expect(await more.getAttribute('aria-expanded')).toBe('true');
      await visible(findings.getByText(/Ask what would happen if this actor stopped/));

      // Choosing the finding selects its subject on the map: the Details tab shows City Council.
      await focal.click();
      await visible(sidePanel(page).getByRole('heading', { name: 'City Council', exact: true }));
      await visible(page.locator('.react-flow__node-actor.selected').filter({ hasText: 'City Council' }));

      // Live: a new actor without flows shows up as a finding at once.
      await page.keyboard.press('Escape');
      await toggle.click();
      await addActorByKeyboard(page, 'Lonely Trust');
      // (The new actor is selected, so the panel shows its details: back to the findings.)
      await toggle.click();
      await visible(findings.getByRole('button', { name: /Lonely Trust/ }));

      await screenshot(page, 'findings');
      expect(await seriousAxeViolations(page)).toEqual([]);

      // Closing shows the details again and hands the focus back to the Findings tab.
      await findings.getByRole('button', { name: 'Close findings' }).click();
      await expect.poll(() => toggle.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await toggle.getAttribute('aria-selected')).toBe('false');
      expect(errors).toEqual([]);
    },
    browserTestMs,
  );
});

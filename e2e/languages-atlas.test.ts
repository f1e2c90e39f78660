import { describe, expect, it } from 'vitest';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { signInFacilitator, runApp } from './support/app.js';
import { browserTestMs, mainHeading, screenshot, visible, waitMs } from './support/browser.js';
import { cityWorkshop } from './support/cityAtlas.js';
import { catalogue, englishLeftOver, overflow, personIn } from './support/languages.js';

/**
 * SPEC F3 for the city atlas: a facilitator who chose German (or Welsh) reads the atlas, its
 * filters, tables, city findings, suggestions and an actor's focus in that language, with nothing
 * in English left over and nothing wider than a phone.
 */
describe.runIf(browserAvailable())(`the city atlas in the person's language (Chromium at ${chromiumPath})`, () => {
  const live = runApp();

  it(
    'F3: the atlas in German and in Welsh on a phone, then at 1280 px: findings, suggestions and a focus in the language',
    async () => {
      const maps = [
        ['Luftqualität', 'Sensoren', ['Coventry City Council', 'Sensor Co', 'Clean Air Trust']],
        ['Abfall', 'Intelligente Tonnen', ['coventry city council.', 'Bins Ltd', 'Recycling Network']],
        ['Verkehr', 'Busspuren', ['Coventry City Council', 'Bus Co', 'Coventry City Council Insights']],
        ['Museum', 'Sammlung', ['Herbert Museum', 'Artists', 'Council Insights team']],
      ] as const;
      const content: string[] = maps.flatMap(([title, project, names]) => [title, project, ...names]);
      for (const [title, project, names] of maps) {
        // The boards' titles and groups' names are the workshop's own words (English here), not the interface's.
        const made = await cityWorkshop(live.app, title, project, [...names]);
        content.push(...made.boards.map((b) => b.title), ...made.groups.map((g) => g.name));
      }
      content.push('Coventry', 'coventry city council');

      const person = await personIn(live.browser, 'en-GB');
      const { page } = person;
      await signInFacilitator(page, live.app);
      await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('de');
      await page.goto(`${live.app.base}/atlas?city=Coventry`);
      const de = catalogue('de');
      await mainHeading(page, 'Coventry: Stadtatlas');
      // The first opening builds the atlas on a worker thread that starts then.
      await page
        .getByRole('table')
        .first()
        .waitFor({ timeout: 4 * waitMs });
      await visible(page.getByRole('heading', { name: de['atlas.findings.title'] }));
      await visible(page.getByText(/ist auf den Karten von 3 der 4 Projekte der Stadt/));
      await visible(page.getByRole('heading', { name: de['atlas.suggestions.title'] }));
      await page
        .getByRole('region', { name: 'Akteure' })
        .getByRole('table')
        .getByRole('button', { name: 'Coventry City Council', exact: true })
        .click();
      await visible(page.getByRole('heading', { name: 'Fokus: Coventry City Council' }));
      expect(await englishLeftOver(page, 'de', content, '.atlas-page')).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, 'atlas-german-phone');

      await page.getByRole('combobox', { name: 'Sprache' }).selectOption('cy');
      await mainHeading(page, 'Coventry: atlas y ddinas');
      await visible(page.getByRole('heading', { name: catalogue('cy')['atlas.decisions.title'] }));
      expect(await englishLeftOver(page, 'cy', content, '.atlas-page')).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);

      await page.setViewportSize({ width: 1280, height: 800 });
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, 'atlas-welsh-desktop');
      expect(person.errors).toEqual([]);
      await page.context().close();
    },
    browserTestMs,
  );
});

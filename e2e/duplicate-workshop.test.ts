import { describe, expect, it } from 'vitest';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { ownedTitle, runApp, signInFacilitator } from './support/app.js';
import { browserTestMs, mainHeading, newPerson, pageErrors, screenshot, visible } from './support/browser.js';

describe.runIf(browserAvailable())(`a facilitator duplicates a workshop for the next city (Chromium at ${chromiumPath})`, () => {
  const live = runApp();

  it(
    'duplicates the workshop from its home: the title is checked at the field, the copy has the same boards and opens from the link',
    async () => {
      const { context, page } = await newPerson(live.browser);
      await signInFacilitator(page, live.app);
      await page.getByRole('link', { name: ownedTitle, exact: true }).click();
      await mainHeading(page, ownedTitle);
      const boardsOf = () => page.locator('.board-link').allTextContents();
      await visible(page.locator('.board-link').first());
      const sourceBoards = await boardsOf();
      expect(sourceBoards.length).toBeGreaterThan(0);

      await page.getByRole('button', { name: 'Duplicate workshop…', exact: true }).click();
      const title = page.getByLabel('Title of the new workshop', { exact: true });
      expect(await title.inputValue()).toBe(`${ownedTitle} (copy)`);
      const problem = page.locator('#duplicate-title-problem');
      const submit = page.getByRole('button', { name: 'Duplicate workshop', exact: true });

      // Empty and over-long titles are refused at the field, as when creating a workshop.
      await title.fill('   ');
      await submit.click();
      expect(await visible(problem).then((p) => p.textContent())).toBe('Give the new workshop a title.');
      expect(await title.getAttribute('aria-invalid')).toBe('true');
      await title.fill('t'.repeat(121));
      await submit.click();
      await visible(problem.filter({ hasText: 'longer than 120 characters' }));

      const copyTitle = 'Harbour city data workshop';
      await title.fill(copyTitle);
      const contents = page.getByLabel('Copy what is on the boards (maps, canvases; never reflections)');
      expect(await contents.isChecked()).toBe(false);
      await contents.check();
      await visible(page.getByText('Reflections stay private to this workshop’s groups'));
      await submit.click();
      const link = await visible(page.getByRole('link', { name: 'Open the new workshop', exact: true }));
      expect(await problem.count()).toBe(0);
      await screenshot(page, 'duplicate-workshop');

      await link.click();
      await mainHeading(page, copyTitle);
      await visible(page.locator('.board-link').first());
      expect(await boardsOf()).toEqual(sourceBoards);
      expect(new URL(page.url()).pathname).toMatch(/^\/w\/[^/]+$/);
      // The copy is the facilitator's own: it is in their list, beside the workshop it came from.
      await page.goto(`${live.app.base}/facilitator`);
      await visible(page.getByRole('link', { name: copyTitle, exact: true }));
      await visible(page.getByRole('link', { name: ownedTitle, exact: true }));

      expect(pageErrors(page)).toEqual([]);
      await context.close();
    },
    browserTestMs,
  );
});

import { describe, expect, it } from 'vitest';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { ownedTitle, runApp, signInFacilitator } from './support/app.js';
import { browserTestMs, mainHeading, newPerson, pageErrors, screenshot, seriousAxeViolations, visible, waitMs } from './support/browser.js';
import { seedActors } from './support/seedMap.js';

/** SPEC U1, U2, U7 as people use them: a facilitator previews and publishes; a visitor without JavaScript reads and asks. */
describe.runIf(browserAvailable())(`a project's public page (Chromium at ${chromiumPath})`, () => {
  const live = runApp();

  it(
    'the facilitator previews and publishes from the workshop home; the page opens without JavaScript, on a phone, axe-clean, and takes a comment',
    async () => {
      const mapBoard = live.app.owned.boards.find((b) => b.kind === 'ecosystem-map')!;
      await seedActors(
        live.app,
        mapBoard.id,
        [
          { name: 'Flood Authority', position: { x: 0, y: 0 } },
          { name: 'River Sensors Ltd', position: { x: 320, y: 0 } },
        ],
        [{ from: 1, to: 0, kind: 'data', label: 'River levels' }],
      );

      const fac = await newPerson(live.browser, { bypassCSP: true });
      await signInFacilitator(fac.page, live.app);
      await fac.page.getByRole('link', { name: ownedTitle, exact: true }).click();
      await mainHeading(fac.page, ownedTitle);
      await fac.page.getByRole('button', { name: 'Publish this project…' }).click();
      await visible(fac.page.getByText('Not published.'));
      await fac.page.getByLabel('Map', { exact: true }).selectOption(mapBoard.id);
      const [preview] = await Promise.all([
        fac.context.waitForEvent('page'),
        fac.page.getByRole('link', { name: 'Preview the page (opens in a new tab)' }).click(),
      ]);
      await preview.waitForLoadState();
      await visible(preview.getByRole('heading', { level: 1, name: 'Flood warning' }));
      await visible(preview.getByText('Preview: this is what the public will see'));
      await visible(preview.getByText('River Sensors Ltd').first());
      await preview.close();
      // Nothing is published by a preview.
      expect((await fetch(`${live.app.base}/p/flood-warning`)).status).toBe(404);

      await fac.page.getByRole('button', { name: 'Publish', exact: true }).click();
      await visible(fac.page.getByRole('link', { name: '/p/flood-warning' }));
      expect(await seriousAxeViolations(fac.page, '.publish-panel')).toEqual([]);
      await screenshot(fac.page, 'public-page-publish');

      // A visitor on a phone with JavaScript switched off.
      const context = await live.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
      context.setDefaultTimeout(waitMs);
      const visitor = await context.newPage();
      await visitor.goto(`${live.app.base}/p/flood-warning`);
      await mainHeading(visitor, 'Flood warning');
      await visible(visitor.getByRole('img', { name: /The data ecosystem map: 2 actors and 1 flow,/ }));
      await visible(visitor.getByRole('listitem').filter({ hasText: 'River Sensors Ltd → Flood Authority' }));
      expect(await visitor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await screenshot(visitor, 'public-page-phone');
      await visitor.getByLabel('Question or comment').fill('<b>When</b> are the levels published?');
      await visitor.getByRole('button', { name: 'Send' }).click();
      await visible(visitor.getByText('Your comment will show here once a facilitator has approved it.'));
      await context.close();

      // The same page, checked by axe (which needs JavaScript) at the phone's width.
      const checker = await newPerson(live.browser, { bypassCSP: true });
      await checker.page.setViewportSize({ width: 390, height: 844 });
      await checker.page.goto(`${live.app.base}/p/flood-warning`);
      await mainHeading(checker.page, 'Flood warning');
      expect(await seriousAxeViolations(checker.page)).toEqual([]);
      await checker.context.close();

      // The facilitator approves it: then it shows, its markup as text.
      await fac.page.getByRole('button', { name: 'Publish again' }).waitFor();
      await fac.page.reload();
      // U10: before the form is opened, the project says it is published and that a comment waits.
      await visible(fac.page.getByText('1 comment waiting for approval'));
      await visible(fac.page.locator('.publish-status').getByRole('link', { name: '/p/flood-warning' }));
      await fac.page.getByRole('button', { name: 'Publish this project…' }).click();
      await fac.page.getByRole('button', { name: 'Approve' }).click();
      await visible(fac.page.getByText('shown on the page'));
      await expect.poll(() => fac.page.getByText('1 comment waiting for approval').count()).toBe(0);
      const page = await (await fetch(`${live.app.base}/p/flood-warning`)).text();
      expect(page).toContain('&lt;b&gt;When&lt;/b&gt; are the levels published?');
      expect(pageErrors(fac.page)).toEqual([]);
      await fac.context.close();
    },
    browserTestMs,
  );
});

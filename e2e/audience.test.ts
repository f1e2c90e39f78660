import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { joinDemo, openMapBoard, runApp, submitJoin } from './support/app.js';
import { browserTestMs, mainHeading, newPerson, screenshot, seriousAxeViolations, visible, waitMs } from './support/browser.js';

/** An audience member on a phone: a small touch screen; CSP bypassed for axe-core. */
async function phonePerson(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    bypassCSP: true,
  });
  context.setDefaultTimeout(waitMs);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
  return { page, errors };
}

async function audienceTab(page: Page) {
  const tab = page.getByRole('tab', { name: /^Audience/ });
  if (!(await tab.isVisible())) await page.getByRole('button', { name: /Open (the )?panel/i }).click();
  await tab.click();
}

describe.runIf(browserAvailable())(`the audience takes part (Chromium at ${chromiumPath})`, () => {
  const live = runApp();

  it(
    'W1–W5: a facilitator opens the link, an audience member on a phone suggests an actor, a participant accepts it, and closing the link ends the audience at once',
    async () => {
      const { app, browser } = live;
      // The facilitator opens the audience link in the map's Audience tab.
      const fay = await newPerson(browser);
      await submitJoin(fay.page, app.inviteUrl('facilitator'), 'Fay Okafor', 'Open Cities');
      await mainHeading(fay.page, app.demo.workshop.title);
      await openMapBoard(fay.page, app);
      await audienceTab(fay.page);
      await fay.page.getByRole('button', { name: 'Open audience link', exact: true }).click();
      const link = (await (await visible(fay.page.locator('.audience-link code'))).textContent())!;
      expect(link).toMatch(new RegExp(`^${app.base}/a/[A-Za-z0-9_-]+$`));
      await visible(fay.page.getByRole('img', { name: /QR code of the audience link/ }));

      // Someone in the audience, on a phone, watches the map and suggests an actor with markup in it.
      const aya = await phonePerson(browser);
      await aya.page.goto(link);
      await mainHeading(aya.page, app.mapBoard.title);
      await visible(aya.page.getByText('You are watching this map live.'));
      // The group sees a number, not a person (W4).
      await visible(fay.page.getByText('1 watching', { exact: true }));
      expect(await fay.page.locator('.presence-list').textContent()).not.toMatch(/Audience/);
      const name = '<b>Harbour bus company</b>';
      await aya.page.getByLabel('Actor’s name').fill(name);
      await aya.page.getByRole('button', { name: 'Send suggestion' }).click();
      await visible(aya.page.getByText('Sent. The group will see it and decide.'));
      expect(await seriousAxeViolations(aya.page)).toEqual([]);
      await screenshot(aya.page, 'audience-phone');

      // A participant of the group sees it in the queue, as text, and accepts it.
      const pia = await newPerson(browser);
      await joinDemo(pia.page, app, 'participant', 'Pia Lindqvist', 'University');
      await openMapBoard(pia.page, app);
      await audienceTab(pia.page);
      await visible(pia.page.getByText(`Actor: ${name}`, { exact: true }));
      expect(await pia.page.locator('.audience-queue b').count()).toBe(0);
      await pia.page.getByRole('button', { name: `Accept Actor: ${name}` }).click();
      await visible(pia.page.getByText('No suggestions waiting.'));
      // The new actor reaches the audience's map live.
      await visible(aya.page.locator('.react-flow__node').filter({ hasText: name }));

      // The facilitator closes the link: the audience page says so at once.
      await audienceTab(fay.page).catch(() => {});
      await fay.page.getByRole('button', { name: 'Close audience link', exact: true }).click();
      await visible(aya.page.getByRole('heading', { name: 'This audience link is closed' }));
      await aya.page.reload();
      await visible(aya.page.getByRole('heading', { name: 'This audience link is closed' }));
      expect(aya.errors).toEqual([]);
    },
    browserTestMs * 2,
  );

  it(
    'W5: the Audience tab has the other tabs’ padding, the whole link wraps beside its Copy button, and on a phone nothing floats over the QR code',
    async () => {
      const { app, browser } = live;
      const fay = await newPerson(browser);
      const { page } = fay;
      await page.setViewportSize({ width: 1280, height: 800 });
      await submitJoin(page, app.inviteUrl('facilitator'), 'Fay Okafor', 'Open Cities');
      await mainHeading(page, app.demo.workshop.title);
      await openMapBoard(page, app);
      const body = page.getByRole('tabpanel');
      const inset = async (content: string) => {
        const [outer, inner] = [await body.boundingBox(), await body.locator(content).first().boundingBox()];
        return Math.round(inner!.x - outer!.x);
      };
      await audienceTab(page);
      await page.getByRole('button', { name: 'Open audience link', exact: true }).click();
      await visible(page.getByRole('img', { name: /QR code of the audience link/ }));
      const audienceInset = await inset('h3');
      await page.getByRole('tab', { name: 'Legend' }).click();
      expect(audienceInset).toBeGreaterThan(0);
      expect(audienceInset).toBe(await inset('.map-legend > *'));
      await page.getByRole('tab', { name: /^Audience/ }).click();
      const link = await visible(page.locator('.audience-link code'));
      const [linkBox, bodyBox] = [await link.boundingBox(), await body.boundingBox()];
      expect(linkBox!.x + linkBox!.width).toBeLessThanOrEqual(bodyBox!.x + bodyBox!.width);
      expect(await link.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
      await visible(page.getByRole('button', { name: 'Copy audience link' }));
      await screenshot(page, 'audience-tab-1280');

      await page.setViewportSize({ width: 390, height: 844 });
      const qr = page.getByRole('img', { name: /QR code of the audience link/ });
      await qr.scrollIntoViewIfNeeded();
      // The facilitator's folded "Run the workshop" button is under the sheet, not over it.
      const run = page.getByRole('button', { name: 'Run the workshop' });
      const box = await run.boundingBox();
      if (box) {
        const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('.facilitator-bar') !== null, {
          x: box.x + box.width / 2,
          y: box.y + box.height / 2,
        });
        expect(onTop).toBe(false);
      }
      await page.screenshot({ path: 'test-results/e2e/audience-tab-390.png' });
      await fay.context.close();
    },
    browserTestMs,
  );
});

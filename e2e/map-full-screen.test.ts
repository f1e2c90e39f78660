import { describe, expect, it } from 'vitest';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { joinDemo, openMapBoard, runApp } from './support/app.js';
import { browserTestMs, newPerson, pageErrors, screenshot, visible } from './support/browser.js';
import { mapCanvas } from './support/map.js';

describe.runIf(browserAvailable())(`the map on the whole screen, for a projector (Chromium at ${chromiumPath})`, () => {
  const live = runApp();

  it(
    'Full screen gives the canvas the whole screen under the floating tools, the legend a tab away; pressed again, the page is back',
    async () => {
      const { page } = await newPerson(live.browser);
      await joinDemo(page, live.app, 'participant', 'Amira Haddad', 'City Council data team');
      await openMapBoard(page, live.app);
      const button = page.getByRole('button', { name: 'Full screen', exact: true });
      const canvasBox = async () => (await mapCanvas(page).boundingBox())!;
      const screen = page.viewportSize()!;
      const before = await canvasBox();
      expect(await button.getAttribute('aria-pressed')).toBe('false');

      await button.click();
      await expect.poll(() => page.evaluate(() => document.fullscreenElement?.className ?? null)).toBe('map-editor');
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
      // The canvas starts under the tools and reaches the foot of the screen.
      await expect.poll(async () => Math.round((await canvasBox()).y + (await canvasBox()).height)).toBeGreaterThan(screen.height - 30);
      const full = await canvasBox();
      expect(full.y).toBeLessThan(120);
      expect(full.y + full.height).toBeLessThanOrEqual(screen.height);
      expect(full.height).toBeGreaterThan(before.height);
      await screenshot(page, 'map-full-screen');
      // The legend is still there, a tab of the side panel beside the canvas.
      await page.getByRole('tab', { name: 'Legend' }).click();
      await visible(page.getByRole('complementary', { name: 'Board panel' }).getByRole('heading', { name: 'Legend' }));

      await button.click();
      await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('false');
      await expect.poll(async () => Math.round((await canvasBox()).height)).toBe(Math.round(before.height));
      expect(pageErrors(page)).toEqual([]);
    },
    browserTestMs,
  );
});

import { describe, expect, it } from 'vitest';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { boardLive, joinDemo, openMapBoard, runApp } from './support/app.js';
import { browserTestMs, mainHeading, screenshot, visible } from './support/browser.js';
import { canvasBoard, section } from './support/canvas.js';
import { overflow, personIn } from './support/languages.js';

/**
 * SPEC F8: the style sheets say start and end, so a right-to-left language can be added. No such
 * language ships yet; this turns the page right to left (`<html dir="rtl">`, as such a language
 * would) and checks the pages a participant meets mirror without reaching past a phone's width.
 */
describe.runIf(browserAvailable())(`pages mirrored right to left (Chromium at ${chromiumPath})`, () => {
  const live = runApp();

  it(
    'F8: the join page, the workshop home, a map board and a canvas board fit a 390 px phone right to left, their headings starting at the right',
    async () => {
      const person = await personIn(live.browser, 'en-GB');
      const { page } = person;
      await page.context().addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => (document.documentElement.dir = 'rtl'));
      });
      const mirrored = async (heading: string) => {
        const h1 = page.getByRole('heading', { level: 1, name: heading });
        await visible(h1);
        expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
        // Its words start at the heading's right edge, as right-to-left text does.
        const gap = await h1.evaluate((h) => {
          const range = document.createRange();
          range.selectNodeContents(h);
          return h.getBoundingClientRect().right - range.getBoundingClientRect().right;
        });
        expect(Math.abs(gap)).toBeLessThan(2);
        expect(await overflow(page)).toBeLessThanOrEqual(0);
      };
      await page.goto(live.app.inviteUrl('participant'));
      await mirrored('Join the workshop');
      await joinDemo(page, live.app, 'participant', 'Ines Duarte', 'Library service');
      await mirrored(live.app.demo.workshop.title);
      await openMapBoard(page, live.app);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, 'right-to-left-map-phone');
      const canvas = canvasBoard(live.app);
      await page.goto(`${live.app.base}/b/${canvas.id}`);
      await mainHeading(page, canvas.title);
      await boardLive(page);
      await visible(section(page, 'Data sources'));
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, 'right-to-left-canvas-phone');
      expect(person.errors).toEqual([]);
      await page.context().close();
    },
    browserTestMs,
  );
});

import { describe, expect, it } from 'vitest';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { runApp } from './support/app.js';
import { browserTestMs, mainHeading, screenshot, visible } from './support/browser.js';
import { catalogue, englishLeftOver, overflow, personIn } from './support/languages.js';

/**
 * SPEC F1, F3 on the pages people outside a workshop meet: the start page, the booking form and
 * its answer, and an address that does not exist, on a phone in Welsh and in German.
 */
describe.runIf(browserAvailable())(`the start page, booking and a missing page in Welsh and German (Chromium at ${chromiumPath})`, () => {
  const live = runApp({ bookingRetentionDays: 365 });

  it(
    'F1, F3: a Welsh browser books a workshop on a phone: the start page, the form, its field errors and the answer in Welsh, nothing in English, nothing past 390 px',
    async () => {
      const cy = catalogue('cy');
      const { page, errors } = await personIn(live.browser, 'cy-GB');
      await page.goto(`${live.app.base}/`);
      await visible(page.getByRole('heading', { name: cy['landing.join.title'] }));
      expect(await englishLeftOver(page, 'cy', ['Open Cities Studio'])).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, 'landing-welsh-phone');

      // A pasted link that is not an invite says so in Welsh.
      await page.getByLabel(cy['landing.join.label']!).fill('not a link');
      await page.getByRole('button', { name: cy['landing.join.open'] }).click();
      await visible(page.getByRole('alert').filter({ hasText: cy['landing.join.notALink']! }));

      await page.getByRole('link', { name: cy['landing.book.link'] }).click();
      await mainHeading(page, cy['book.title']!);
      await visible(page.getByText('am 12 mis i drefnu', { exact: false }));
      await page.getByRole('button', { name: cy['book.send'] }).click();
      await visible(page.getByText(cy['book.problem.organisation']!, { exact: true }));
      await visible(page.getByText(cy['book.problem.email']!, { exact: true }));
      expect(await englishLeftOver(page, 'cy', ['Open Cities Studio'])).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, 'booking-welsh-phone-errors');

      await page.getByLabel(cy['book.kind.citiesWorkshop']!).check();
      await page.getByLabel(cy['book.organisation']!, { exact: true }).fill('Cyngor Gwynedd');
      await page.getByLabel(cy['book.name']!, { exact: true }).fill('Gwenllian ap Rhys');
      await page.getByLabel(cy['book.email']!, { exact: true }).fill('gwenllian@example.org');
      await page.getByLabel(cy['book.message']!, { exact: true }).fill('Gweithdy i dîm data’r cyngor.');
      await page.getByRole('button', { name: cy['book.send'] }).click();
      await mainHeading(page, cy['book.sent.title']!);
      await visible(page.getByText('Rydyn ni\u2019n cadw eich cais am 12 mis'.replace('\u2019', "'"), { exact: false }));
      expect(await englishLeftOver(page, 'cy', ['Open Cities Studio', 'gwenllian@example.org'])).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, 'booking-welsh-phone-sent');
      expect(await live.app.server.store.listBookings()).toMatchObject([{ kind: 'cities-workshop', organisation: 'Cyngor Gwynedd' }]);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    browserTestMs,
  );

  it(
    'F1, F3: a German browser at an address that does not exist sees the page say so in German',
    async () => {
      const de = catalogue('de');
      const { page, errors } = await personIn(live.browser, 'de-DE');
      await page.goto(`${live.app.base}/no-such-page`);
      await mainHeading(page, de['notFound.title']!);
      expect(await page.title()).toBe(`${de['notFound.documentTitle']} · Open Cities Studio`);
      expect(await englishLeftOver(page, 'de', ['Open Cities Studio'])).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    browserTestMs,
  );
});

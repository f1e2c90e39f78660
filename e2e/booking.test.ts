import { describe, expect, it } from 'vitest';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { runApp, signInFacilitator } from './support/app.js';
import { browserTestMs, mainHeading, newPerson, pageErrors, screenshot, seriousAxeViolations, visible } from './support/browser.js';

/** SPEC B1–B3 as people use them: someone books a workshop on a phone; a facilitator handles it in the inbox. */
describe.runIf(browserAvailable())(`booking a workshop (Chromium at ${chromiumPath})`, () => {
  const live = runApp({ bookingRetentionDays: 180 });

  it(
    'a request sent from a phone (field errors at their fields, no sideways scroll, no serious axe finding) reaches the inbox, which schedules it and makes a workshop from it',
    async () => {
      const visitor = await newPerson(live.browser, { bypassCSP: true });
      await visitor.page.setViewportSize({ width: 390, height: 844 });
      await visitor.page.goto(`${live.app.base}/`);
      await visitor.page.getByRole('link', { name: 'Book a workshop' }).click();
      await mainHeading(visitor.page, 'Book a workshop');
      await visible(visitor.page.getByText('for 6 months to arrange the workshop'));

      // Sent empty: each problem shows at its field, and the first field takes focus.
      await visitor.page.getByRole('button', { name: 'Send request' }).click();
      const organisation = visitor.page.getByLabel('Organisation', { exact: true });
      await expect.poll(() => organisation.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await organisation.getAttribute('aria-invalid')).toBe('true');
      await visible(visitor.page.getByText('Say which organisation the workshop is for.'));
      expect(await visitor.page.getByLabel('Your e-mail').getAttribute('aria-describedby')).toBe('bk-email-problem');
      expect(await seriousAxeViolations(visitor.page)).toEqual([]);
      await screenshot(visitor.page, 'booking-form-errors-phone');

      await visitor.page.getByLabel('Data ethics training').check();
      await organisation.fill('Coventry City Council');
      await visitor.page.getByLabel('City (optional)').fill('Coventry');
      await visitor.page.getByLabel('Your name').fill('Ana Núñez');
      await visitor.page.getByLabel('Your e-mail').fill('ana@example.org');
      await visitor.page.getByLabel('How many people would take part? (optional)').fill('12');
      await visitor.page.getByLabel('What should the workshop do?').fill('Training for the insight team before the air quality project.');
      const width = await visitor.page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
      await visitor.page.getByRole('button', { name: 'Send request' }).click();
      await mainHeading(visitor.page, 'Thank you: your request is sent');
      await visible(visitor.page.getByText('We keep your request for 6 months'));
      await screenshot(visitor.page, 'booking-sent-phone');

      const fac = await newPerson(live.browser, { bypassCSP: true });
      await signInFacilitator(fac.page, live.app);
      await visible(fac.page.getByText('1 new request')); // told on their home before opening the inbox
      await fac.page.getByRole('link', { name: 'Booking requests' }).click();
      await mainHeading(fac.page, 'Booking requests');
      const card = fac.page.getByRole('listitem', { name: 'Data ethics training: Coventry City Council' });
      await visible(card.getByText('Training for the insight team before the air quality project.'));
      await visible(card.getByRole('link', { name: 'ana@example.org' }));
      await card.getByLabel('Status').selectOption('scheduled');
      await card.getByLabel('Agreed date').fill('2027-03-16');
      await card.getByRole('button', { name: 'Save date' }).click();
      const calendar = fac.page
        .getByRole('listitem', { name: 'Data ethics training: Coventry City Council' })
        .getByRole('link', { name: 'Calendar file (.ics)' });
      await visible(calendar);
      const [download] = await Promise.all([fac.page.waitForEvent('download'), calendar.click()]);
      expect(download.suggestedFilename()).toBe('workshop-2027-03-16.ics');
      const stored = (await live.app.server.store.listBookings())[0]!;
      expect(stored).toMatchObject({ status: 'scheduled', agreedDate: '2027-03-16', teamSize: 12, city: 'Coventry' });

      await fac.page.getByRole('button', { name: 'Make a workshop' }).click();
      await expect
        .poll(() => fac.page.getByLabel('Title', { exact: true }).inputValue())
        .toBe('Coventry City Council: data ethics training');
      expect(await fac.page.locator('#nw-city').inputValue()).toBe('Coventry'); // the request's city, for the atlas
      await screenshot(fac.page, 'booking-inbox');
      expect(await seriousAxeViolations(fac.page)).toEqual([]);
      // B7: the workshop made from it is named on the request, and no second one is offered.
      await fac.page.getByRole('button', { name: 'Create workshop' }).click();
      await mainHeading(fac.page, 'Coventry City Council: data ethics training');
      await fac.page.goBack();
      const request = fac.page.getByRole('listitem', { name: 'Data ethics training: Coventry City Council' });
      await visible(request.getByRole('link', { name: 'Coventry City Council: data ethics training' }));
      expect(await request.getByRole('button', { name: 'Make a workshop' }).count()).toBe(0);
      expect((await live.app.server.store.listBookings())[0]).toMatchObject({ status: 'scheduled', workshopId: expect.any(String) });

      await fac.page.getByRole('button', { name: 'Delete' }).click();
      await fac.page.getByRole('button', { name: 'Yes, delete it' }).click();
      await visible(fac.page.getByText('No requests here.'));
      expect(await live.app.server.store.listBookings()).toEqual([]);
      expect([...pageErrors(visitor.page), ...pageErrors(fac.page)]).toEqual([]);
      await visitor.context.close();
      await fac.context.close();
    },
    browserTestMs,
  );

  it(
    'on a laptop (1280 × 800) the form and its field errors have no serious axe finding and nothing past the window',
    async () => {
      const visitor = await newPerson(live.browser, { bypassCSP: true });
      await visitor.page.setViewportSize({ width: 1280, height: 800 });
      await visitor.page.goto(`${live.app.base}/book`);
      await mainHeading(visitor.page, 'Book a workshop');
      expect(await seriousAxeViolations(visitor.page)).toEqual([]);
      await visitor.page.getByLabel('Your e-mail').fill('not an address');
      await visitor.page.getByRole('button', { name: 'Send request' }).click();
      expect(await visitor.page.getByLabel('Organisation', { exact: true }).getAttribute('aria-invalid')).toBe('true');
      expect(await visitor.page.getByLabel('Your e-mail').getAttribute('aria-invalid')).toBe('true');
      expect(await seriousAxeViolations(visitor.page)).toEqual([]);
      expect(await visitor.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await screenshot(visitor.page, 'booking-form-errors-laptop');
      expect(await live.app.server.store.listBookings()).toEqual([]);
      expect(pageErrors(visitor.page)).toEqual([]);
      await visitor.context.close();
    },
    browserTestMs,
  );
});

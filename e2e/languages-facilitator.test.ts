import { describe, expect, it } from 'vitest';
import { withLanguage } from '../src/domain/index.js';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { runApp, signInFacilitator } from './support/app.js';
import { browserTestMs, mainHeading, screenshot, visible } from './support/browser.js';
import { catalogue, englishLeftOver, overflow, personIn } from './support/languages.js';
import { createLiveWorkshop, liveAgenda } from './support/live.js';

/**
 * SPEC F3, F6 for the facilitator's bar: on the home of a workshop set to Welsh, a facilitator
 * whose browser is English runs the workshop in Welsh (start, timer, voting, the status line).
 */
describe.runIf(browserAvailable())(`the facilitator's bar in the workshop's language (Chromium at ${chromiumPath})`, () => {
  const live = runApp();

  it(
    'F3, F6: start an activity, open a voting round and read the status line in Welsh, nothing in English in the bar, nothing past 1280 px',
    async () => {
      const cy = catalogue('cy');
      const title = 'Gweithdy data Caernarfon';
      const workshop = await createLiveWorkshop(live.app, title);
      await live.app.server.store.updateWorkshop(withLanguage(workshop.workshop, 'cy'));
      const fatima = await personIn(live.browser, 'en-GB');
      await fatima.page.setViewportSize({ width: 1280, height: 800 });
      await signInFacilitator(fatima.page, live.app);
      await fatima.page.goto(`${live.app.base}/w/${workshop.workshop.id}`);
      await mainHeading(fatima.page, title);
      const bar = fatima.page.locator('.facilitator-bar');
      await visible(bar.getByRole('heading', { name: cy['fbar.title'] }));

      const first = liveAgenda[0]!;
      await bar.getByRole('button', { name: `Dechrau ${first.title}`, exact: true }).click();
      await visible(bar.getByRole('group', { name: cy['fbar.timer.group'] }));
      await bar.getByRole('button', { name: cy['fbar.voting.open'], exact: true }).click();
      await visible(bar.locator('.live-status-line').getByText(/^Mae pleidleisio ar agor ar .+ \(3 pleidlais yr un\)/));

      const content = [title, workshop.workshop.description, ...liveAgenda.map((a) => a.title), ...workshop.groups.map((g) => g.name)];
      content.push(...(await live.app.server.store.listBoards(workshop.workshop.id)).map((b) => b.title), 'Fatima Reyes');
      expect(await englishLeftOver(fatima.page, 'cy', content, '.facilitator-bar')).toEqual([]);
      expect(await overflow(fatima.page)).toBeLessThanOrEqual(0);
      await screenshot(fatima.page, 'facilitator-bar-welsh');
      expect(fatima.errors).toEqual([]);
      await fatima.page.context().close();
    },
    browserTestMs,
  );
});

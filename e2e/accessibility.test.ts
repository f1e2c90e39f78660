import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { addNote, boardLive, joinDemo, ownedTitle, presenceBar, signInFacilitator, runApp, type App } from './support/app.js';
import {
  browserTestMs,
  controlNames,
  foreignRequests,
  mainHeading,
  newPerson,
  pageErrors,
  screenshot,
  seriousAxeViolations,
  visible,
} from './support/browser.js';

type Who = 'nobody' | 'participant' | 'facilitator';

interface Visit {
  name: string;
  who: Who;
  /** Opens the page and waits until it has finished loading what it shows. */
  open(page: Page, app: App): Promise<void>;
}

const goto = (path: (app: App) => string, heading: (app: App) => string) => async (page: Page, app: App) => {
  await page.goto(`${app.base}${path(app)}`);
  await mainHeading(page, heading(app));
};

/** Every page of the app, as the person who would see it. */
const visits: Visit[] = [
  {
    name: 'landing',
    who: 'nobody',
    open: goto(
      () => '/',
      () => 'Open Cities Studio',
    ),
  },
  {
    name: 'join',
    who: 'nobody',
    open: goto(
      (app) => `/join/${app.demo.invites.participant.code}`,
      () => 'Join the workshop',
    ),
  },
  {
    name: 'join-with-error',
    who: 'nobody',
    open: async (page, app) => {
      await page.goto(`${app.base}/join/no-such-code`);
      await visible(page.getByRole('alert').filter({ hasText: 'This invite link does not work' }));
    },
  },
  {
    name: 'sign-in',
    who: 'nobody',
    open: goto(
      () => '/signin',
      () => 'Facilitator sign in',
    ),
  },
  {
    name: 'not-found',
    who: 'nobody',
    open: goto(
      () => '/no/such/page',
      () => 'This page does not exist',
    ),
  },
  {
    name: 'workshop-home-participant',
    who: 'participant',
    open: goto(
      (app) => `/w/${app.demo.workshop.id}`,
      (app) => app.demo.workshop.title,
    ),
  },
  {
    name: 'board',
    who: 'participant',
    open: async (page, app) => {
      await goto(
        (a) => `/b/${a.mapBoard.id}`,
        (a) => a.mapBoard.title,
      )(page, app);
      await boardLive(page);
      await visible(presenceBar(page).getByRole('listitem').filter({ hasText: '(you)' }));
      await addNote(page, 'Which sensors are council-owned?');
      await visible(page.getByRole('listitem').filter({ hasText: 'Which sensors are council-owned?' }));
    },
  },
  {
    name: 'facilitator-workshop-list',
    who: 'facilitator',
    open: async (page, app) => {
      await goto(
        () => '/facilitator',
        () => 'Your workshops',
      )(page, app);
      await visible(page.getByRole('link', { name: ownedTitle, exact: true }));
    },
  },
  {
    name: 'workshop-home-facilitator',
    who: 'facilitator',
    open: async (page, app) => {
      await goto(
        (a) => `/w/${a.owned.workshop.id}`,
        () => ownedTitle,
      )(page, app);
      await visible(page.getByRole('button', { name: 'Revoke observer link', exact: true }));
    },
  },
];

describe.runIf(browserAvailable())(`accessibility and what pages load (Chromium at ${chromiumPath})`, () => {
  const live = runApp();
  const pages = new Map<Who, { page: Page; foreign: string[] }>();
  beforeAll(async () => {
    for (const who of ['nobody', 'participant', 'facilitator'] as const) {
      // bypassCSP only so that axe-core can be injected; the app's own requests are unchanged.
      const { page } = await newPerson(live.browser, { bypassCSP: true });
      pages.set(who, { page, foreign: foreignRequests(page, live.app.base) });
    }
    await joinDemo(pages.get('participant')!.page, live.app, 'participant', 'Amira Haddad', 'City Council data team');
    await signInFacilitator(pages.get('facilitator')!.page, live.app);
  }, browserTestMs);

  it.each(visits.map((v) => [v.name, v] as const))(
    '%s: no serious or critical axe violations, every control named, nothing loaded from elsewhere',
    async (name, visit) => {
      const { page, foreign } = pages.get(visit.who)!;
      await visit.open(page, live.app);

      const violations = await seriousAxeViolations(page);
      expect(violations, `axe found serious or critical problems on ${name}:\n${violations.join('\n')}`).toEqual([]);

      const controls = await controlNames(page);
      expect(controls.nameless, `controls without an accessible name on ${name}:\n${controls.nameless.join('\n')}`).toEqual([]);
      expect(controls.named.length, `no controls found on ${name}`).toBeGreaterThan(0);

      expect(foreign, `${name} loaded from somewhere other than ${live.app.base}`).toEqual([]);
      expect(pageErrors(page), `uncaught errors on ${name}`).toEqual([]);
      await screenshot(page, `page-${name}`);
    },
    browserTestMs,
  );
});

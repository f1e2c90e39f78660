import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorkshop, type CreatedWorkshop } from '../src/server/services/createWorkshop.js';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { facilitator, runApp, signInFacilitator, type App } from './support/app.js';
import { browserTestMs, mainHeading, newPerson, pageErrors, screenshot, seriousAxeViolations, visible, waitMs } from './support/browser.js';
import { cityWorkshop } from './support/cityAtlas.js';

async function openAtlas(page: Page, app: App): Promise<void> {
  await signInFacilitator(page, app);
  await page.getByRole('link', { name: 'City atlas: Coventry' }).click();
  await atlasShown(page);
}

/** Coventry's atlas on the page, with its tables. */
async function atlasShown(page: Page): Promise<void> {
  await mainHeading(page, 'Coventry: city atlas');
  // The first opening builds the atlas on a worker thread that starts then: on a busy machine that took over `waitMs`.
  await page
    .getByRole('table')
    .first()
    .waitFor({ timeout: 4 * waitMs });
}

/** A workshop with one group's map board and nothing on it. */
const emptyWorkshop = {
  description: '',
  meetingLink: null,
  groups: ['Group 1'],
  projects: ['Flood warnings'],
  boardsPerGroup: ['ecosystem-map' as const],
};

const actorsTable = (page: Page) => page.getByRole('region', { name: 'Actors' }).getByRole('table');

describe.skipIf(!browserAvailable)(`the city atlas view (Chromium at ${chromiumPath})`, () => {
  const running = runApp();
  let air: CreatedWorkshop;
  beforeAll(async () => {
    air = await cityWorkshop(running.app, 'Air quality day', 'Air quality sensors', [
      'Coventry City Council',
      'Sensor Co',
      'Clean Air Trust',
    ]);
    await cityWorkshop(running.app, 'Bins day', 'Smart bins', ['coventry city council.', 'Bins Ltd', 'Recycling Network']);
  });

  it(
    'opens from the workshop list, merges the shared organisation, filters, searches, focuses and clicks through to a board',
    async () => {
      const { page, context } = await newPerson(running.browser);
      const errors = pageErrors(page);
      try {
        await openAtlas(page, running.app);
        await expect.poll(() => page.getByText('5 actors and 4 flows shown').count()).toBe(1);
        // The council is one actor, on both projects.
        const council = actorsTable(page).getByRole('row').filter({ hasText: 'Coventry City Council' });
        expect(await council.count()).toBe(1);
        expect(await council.getByRole('cell').last().textContent()).toBe('2');

        await page.getByLabel('Project', { exact: true }).selectOption({ label: 'Smart bins' });
        await visible(page.getByText('3 actors and 2 flows shown'));
        await page.getByLabel('Flow kind').selectOption({ label: 'Money' });
        await visible(page.getByText('2 actors and 1 flow shown'));
        expect(await actorsTable(page).getByRole('button', { name: 'Recycling Network' }).count()).toBe(1);
        expect(await actorsTable(page).getByRole('button', { name: 'Bins Ltd' }).count()).toBe(0);
        await page.getByLabel('Project', { exact: true }).selectOption({ label: 'Any' });
        await page.getByLabel('Flow kind').selectOption({ label: 'Any' });

        await page.getByLabel('Search actors').fill('sensor');
        await visible(page.getByText('1 actor matches'));
        expect(await actorsTable(page).getByRole('row').count()).toBe(2);
        await page.getByLabel('Search actors').fill('');

        await actorsTable(page).getByRole('button', { name: 'Coventry City Council' }).click();
        await mainHeading(page, 'Coventry: city atlas');
        await visible(page.getByRole('heading', { name: 'Focus: Coventry City Council' }));
        await visible(page.getByText('5 actors and 4 flows shown'));
        await page.getByRole('button', { name: 'Clear focus' }).click();
        await actorsTable(page).getByRole('button', { name: 'Sensor Co' }).click();
        await visible(page.getByText('2 actors and 1 flow shown'));
        await page.getByLabel('Neighbours up to').selectOption('2');
        await visible(page.getByText('5 actors and 4 flows shown'));
        await screenshot(page, 'atlas-focus');
        const focus = page.getByRole('region', { name: 'Focus: Sensor Co' });
        await focus.getByRole('link', { name: /Ecosystem map/ }).click();
        await page.waitForURL(new RegExp(`/b/${air.boards.find((b) => b.kind === 'ecosystem-map')!.id}$`));
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
    browserTestMs,
  );

  it(
    'has no serious accessibility problems, and fits a phone',
    async () => {
      const { page, context } = await newPerson(running.browser, { bypassCSP: true });
      try {
        await page.setViewportSize({ width: 1280, height: 800 });
        await openAtlas(page, running.app);
        await page.waitForFunction(() => document.body.dataset.atlasLayout === 'done');
        await screenshot(page, 'atlas-1280');
        expect(await seriousAxeViolations(page)).toEqual([]);
        await page.setViewportSize({ width: 390, height: 844 });
        await screenshot(page, 'atlas-390');
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      } finally {
        await context.close();
      }
    },
    browserTestMs,
  );

  it(
    'splits a merge, lists the decision, and takes it back',
    async () => {
      const { page, context } = await newPerson(running.browser);
      const errors = pageErrors(page);
      try {
        await openAtlas(page, running.app);
        await actorsTable(page).getByRole('button', { name: 'Coventry City Council' }).click();
        const focus = page.getByRole('region', { name: 'Focus: Coventry City Council' });
        await focus.getByRole('button', { name: 'Split out' }).first().click();
        const decisions = page.getByRole('region', { name: 'Decisions' });
        await visible(decisions.getByText(/^Split out: coventry city council/i));
        expect(
          await actorsTable(page)
            .getByRole('row')
            .filter({ hasText: /coventry city council/i })
            .count(),
        ).toBe(2);
        await decisions.getByRole('button', { name: 'Undo' }).click();
        await visible(decisions.getByText(/^No decisions yet/));
        await expect
          .poll(() =>
            actorsTable(page)
              .getByRole('row')
              .filter({ hasText: /coventry city council/i })
              .count(),
          )
          .toBe(1);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
    browserTestMs,
  );

  it(
    "opened at its address, asks for the atlas's picture and the session as the app starts, before the page's code, and the rest once the picture is drawn",
    async () => {
      const { page, context } = await newPerson(running.browser);
      const errors = pageErrors(page);
      try {
        await signInFacilitator(page, running.app);
        const asked: string[] = [];
        page.on('request', (request) => {
          const path = new URL(request.url()).pathname;
          if (path === '/api/atlas/picture') asked.push('picture');
          else if (path === '/api/atlas') asked.push('details');
          else if (path === '/api/me') asked.push('session');
          else if (/\/AtlasPage-[^/]+\.js$/.test(path)) asked.push('atlas page code');
        });
        await page.goto(`${running.app.base}/atlas?city=Coventry`);
        await atlasShown(page);
        await visible(page.getByText('5 actors and 4 flows shown'));
        await visible(actorsTable(page));
        expect(asked).toEqual(['picture', 'session', 'atlas page code', 'details']);
        // The details were asked for after the frame that first showed the graph.
        const [drawn, details] = await page.evaluate(() => [
          performance.getEntriesByName('atlas-first-render')[0]!.startTime,
          performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === '/api/atlas')!.startTime,
        ]);
        expect(details).toBeGreaterThan(drawn!);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
    browserTestMs,
  );

  it(
    'opened at its address while signed out, says so; once signed in, the atlas opens (the early read that failed is read again)',
    async () => {
      const { page, context } = await newPerson(running.browser);
      try {
        await page.goto(`${running.app.base}/atlas?city=Coventry`);
        await mainHeading(page, "You're not signed in");
        // Signing in from there, within the page (no reload), as a person does.
        await page.getByRole('main').getByRole('link', { name: 'Facilitator sign in' }).click();
        await mainHeading(page, 'Facilitator sign in');
        await page.getByLabel('Email', { exact: true }).fill(facilitator.email);
        await page.getByLabel('Password', { exact: true }).fill(facilitator.password);
        await page.getByRole('button', { name: 'Sign in', exact: true }).click();
        await mainHeading(page, 'Your workshops');
        await page.getByRole('link', { name: 'City atlas: Coventry' }).click();
        await atlasShown(page);
        expect(await page.getByText('The atlas could not be loaded').count()).toBe(0);
      } finally {
        await context.close();
      }
    },
    browserTestMs,
  );
  it(
    'says when the rest of the atlas could not be loaded, keeps the picture, and tries again',
    async () => {
      const { page, context } = await newPerson(running.browser);
      const errors = pageErrors(page);
      try {
        await signInFacilitator(page, running.app);
        let refused = 0;
        await page.route(
          (url) => url.pathname === '/api/atlas',
          async (route) => {
            if (refused++ > 0) return route.continue();
            await route.fulfill({
              status: 503,
              contentType: 'application/json',
              body: JSON.stringify({ error: { code: 'STORE_UNAVAILABLE', message: 'The store is not answering. Try again in a minute.' } }),
            });
          },
        );
        await page.goto(`${running.app.base}/atlas?city=Coventry`);
        const failed = page
          .getByRole('alert')
          .filter({ hasText: "The atlas's filters, tables, suggestions and decisions could not be loaded" });
        await visible(failed);
        await visible(page.getByText('5 actors and 4 flows shown'));
        expect(await page.getByLabel('Project', { exact: true }).isDisabled()).toBe(true);
        await failed.getByRole('button', { name: 'Try again' }).click();
        await visible(actorsTable(page));
        expect(await failed.count()).toBe(0);
        expect(await page.getByLabel('Project', { exact: true }).isDisabled()).toBe(false);
        expect(refused).toBe(2);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
    browserTestMs,
  );

  it(
    'a city whose map boards are still empty says so, without a lead of "0 actors from 0 maps" beside it',
    async () => {
      await createWorkshop(
        running.app.server.store,
        { ...emptyWorkshop, title: 'Leeds day', city: 'Leeds', ownerId: 'ac_e2e_facilitator' },
        new Date(),
      );
      const { page, context } = await newPerson(running.browser);
      const errors = pageErrors(page);
      try {
        await signInFacilitator(page, running.app);
        await page.goto(`${running.app.base}/atlas?city=Leeds`);
        await mainHeading(page, 'Leeds: city atlas');
        await visible(page.getByText(/^Leeds has 1 workshop with 1 map board, but no actors on it yet\./));
        expect(await page.getByText(/merged:/).count()).toBe(0);
        expect(await page.getByTestId('atlas-graph').count()).toBe(0);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
    browserTestMs,
  );

  // Last: it adds a workshop to Coventry, which the tests above do not count on.
  it(
    'draws the picture before the rest arrives (the filters wait and say so, a search works); details from a map changed in between redraw the picture from them',
    async () => {
      const { page, context } = await newPerson(running.browser);
      const errors = pageErrors(page);
      try {
        await signInFacilitator(page, running.app);
        let release: () => void = () => undefined;
        const held = new Promise<void>((r) => (release = r));
        const details: string[] = [];
        let pictures = 0;
        page.on('request', (request) => {
          if (new URL(request.url()).pathname === '/api/atlas/picture') pictures++;
        });
        await page.route(
          (url) => url.pathname === '/api/atlas',
          async (route) => {
            details.push(route.request().url());
            if (details.length === 1) await held;
            await route.continue();
          },
        );
        await page.goto(`${running.app.base}/atlas?city=Coventry`);
        await mainHeading(page, 'Coventry: city atlas');
        await page.waitForFunction(() => performance.getEntriesByName('atlas-first-render').length > 0, null, { timeout: 4 * waitMs });
        await visible(page.getByRole('status').filter({ hasText: 'Loading the filters, the tables, the suggestions and the decisions…' }));
        expect(await page.getByLabel('Project', { exact: true }).isDisabled()).toBe(true);
        await screenshot(page, 'atlas-details-loading');
        await page.getByLabel('Search actors').fill('sensor');
        await visible(page.getByText('1 actor matches'));
        await page.getByLabel('Search actors').fill('');
        await visible(page.getByText('5 actors and 4 flows shown'));
        expect(await page.getByRole('table').count()).toBe(0);

        // A new map of the city while the rest is on its way: the answers' versions differ.
        await cityWorkshop(running.app, 'Late day', 'Late project', ['Late Arrival'], []);
        release();
        await visible(actorsTable(page).getByRole('button', { name: 'Late Arrival' }));
        await visible(page.getByText('6 actors and 4 flows shown'));
        // The rest came from the newer maps: the picture is made from it, with no request more.
        expect(pictures).toBe(1);
        expect(details).toHaveLength(1);
        await visible(page.getByText(/merged: 6 actors, 4 flows/));
        expect(await page.getByLabel('Project', { exact: true }).isDisabled()).toBe(false);
        expect(await page.getByRole('status').filter({ hasText: 'Loading the filters' }).count()).toBe(0);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
    browserTestMs,
  );
});

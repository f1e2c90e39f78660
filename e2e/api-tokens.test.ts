import { describe, expect, it } from 'vitest';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { runApp, signInFacilitator } from './support/app.js';
import { browserTestMs, foreignRequests, newPerson, pageErrors, seriousAxeViolations, visible } from './support/browser.js';

describe.runIf(browserAvailable())(`a facilitator's API tokens and the API reference (Chromium at ${chromiumPath})`, () => {
  const live = runApp();

  it(
    'N3: creates a read token on their page, sees it once, a script reads with it and cannot write, and revoking it ends it',
    async () => {
      const { context, page } = await newPerson(live.browser, { bypassCSP: true }); // axe is injected inline
      const errors = pageErrors(page);
      await signInFacilitator(page, live.app);
      await visible(page.getByRole('heading', { name: 'API tokens', exact: true }));
      await page.getByLabel('What it is for', { exact: true }).fill('nightly export');
      await page.getByRole('radio', { name: 'read only' }).check();
      await page.getByLabel('Expires after (days)', { exact: true }).fill('7');
      await page.getByRole('button', { name: 'Create token', exact: true }).click();
      const shown = await visible(page.getByText('Copy your token now: it is not shown again.'));
      expect(await shown.isVisible()).toBe(true);
      const secret = ((await page.locator('.notice code').textContent()) ?? '').trim();
      expect(secret).toMatch(/^ocs_[A-Za-z0-9_-]{43}$/);
      await visible(page.locator('.card', { hasText: 'nightly export' }).getByText(/Read only · expires/));
      expect(await seriousAxeViolations(page, '[aria-labelledby="api-tokens-title"]')).toEqual([]);

      const script = (method: string, body?: unknown) =>
        fetch(`${live.app.base}/api/workshops`, {
          method,
          headers: { authorization: `Bearer ${secret}`, ...(body ? { 'content-type': 'application/json' } : {}) },
          body: body ? JSON.stringify(body) : undefined,
        });
      expect((await script('GET')).status).toBe(200);
      expect((await script('POST', { title: 'From a script', groups: [] })).status).toBe(403);

      await page.getByRole('button', { name: 'Revoke the token nightly export', exact: true }).click();
      await visible(page.locator('.card', { hasText: 'nightly export' }).getByText(/revoked/));
      // After a reload the token is listed without its secret.
      await page.reload();
      await visible(page.locator('.card', { hasText: 'nightly export' }));
      expect(await page.content()).not.toContain(secret);
      const after = await script('GET');
      expect(after.status).toBe(401);
      expect(((await after.json()) as { error: { code: string } }).error.code).toBe('API_TOKEN_REVOKED');
      expect(errors).toEqual([]);
      await context.close();
    },
    browserTestMs,
  );

  it(
    'N4: the reference page reads without JavaScript, loads nothing from elsewhere and has no serious axe violation',
    async () => {
      const context = await live.browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const foreign = foreignRequests(page, live.app.base);
      await page.goto(`${live.app.base}/api/docs`);
      await visible(page.getByRole('heading', { level: 1, name: /Open Cities Studio API/ }));
      await visible(page.getByRole('heading', { level: 2, name: 'API tokens', exact: true }));
      await visible(page.getByRole('heading', { level: 3, name: 'POST /api/workshops', exact: true }));
      expect(foreign).toEqual([]);
      await context.close();
      const { context: withJs, page: checked } = await newPerson(live.browser, { bypassCSP: true });
      await checked.goto(`${live.app.base}/api/docs`);
      expect(await seriousAxeViolations(checked)).toEqual([]);
      await withJs.close();
    },
    browserTestMs,
  );
});

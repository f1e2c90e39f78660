import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorRegistry } from '../src/shared/index.js';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { startTestProvider, type TestProvider } from '../test/support/oidcProvider.js';
import { facilitator, ownedTitle, startApp, type App } from './support/app.js';
import { browserTestMs, launchBrowser, mainHeading, newPerson, pageErrors, seriousAxeViolations, visible } from './support/browser.js';

/** SPEC I1–I3 in a browser: the button, the provider's own login page, and back signed in (or told why not). */
describe.runIf(browserAvailable())(`single sign-on through an OpenID provider (Chromium at ${chromiumPath})`, () => {
  let provider: TestProvider;
  let app: App;
  let browser: Browser;

  beforeAll(async () => {
    provider = await startTestProvider({
      fatima: { email: facilitator.email, email_verified: true, name: 'Fatima R.' },
      olly: { email: 'olly@elsewhere.org', email_verified: true, name: 'Olly' },
    });
    app = await startApp({
      oidc: {
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
        allowedDomains: ['example.org'],
        name: 'Example Council',
      },
    });
    provider.register(`${app.base}/api/session/oidc/callback`);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.dispose();
    await provider?.close();
  });

  /** `bypassCSP`: for axe-core, which the page's CSP would refuse (as in the accessibility tests). */
  async function signInAtProvider(login: string, bypassCSP = false) {
    const { context, page } = await newPerson(browser, { bypassCSP });
    const errors = pageErrors(page);
    await page.goto(`${app.base}/signin`);
    await mainHeading(page, 'Facilitator sign in');
    await page.getByRole('link', { name: 'Sign in with Example Council', exact: true }).click();
    // The provider's own (development) login form.
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    return { context, page, errors };
  }

  it(
    'I1–I3: "Sign in with Example Council" → the provider’s login → back on the workshop list, as the account with that e-mail',
    async () => {
      const { context, page, errors } = await signInAtProvider('fatima');
      await mainHeading(page, 'Your workshops');
      expect(new URL(page.url()).pathname).toBe('/facilitator');
      await visible(page.getByRole('link', { name: ownedTitle, exact: true }));
      expect(errors).toEqual([]);
      await context.close();
    },
    browserTestMs,
  );

  it(
    'I3: a domain not allowed comes back to the sign-in page, not signed in, saying what to do',
    async () => {
      const { context, page } = await signInAtProvider('olly', true);
      await mainHeading(page, 'Facilitator sign in');
      await visible(page.getByRole('alert').filter({ hasText: errorRegistry.SSO_DOMAIN_NOT_ALLOWED.message }));
      expect(new URL(page.url()).searchParams.get('error')).toBe('SSO_DOMAIN_NOT_ALLOWED');
      expect(await seriousAxeViolations(page)).toEqual([]);
      // Nobody is signed in in this browser.
      expect(await page.evaluate(() => fetch('/api/me').then((r) => r.json()))).toEqual({ signedIn: false });
      await context.close();
    },
    browserTestMs,
  );
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/server/auth/password.js';
import { errorRegistry } from '../../src/shared/index.js';
import { startTestProvider, type TestProvider } from '../support/oidcProvider.js';
import { storeKinds } from '../support/stores.js';
import { api, startTestServer, type TestServer } from '../support/testServer.js';

/**
 * SPEC I1–I5: single sign-on against a real OpenID provider (oidc-provider) through the real
 * server. Each refusal signs nobody in, says what to do, and changes no account or link.
 */

const people = {
  alice: { email: 'alice@coventry.gov.uk', email_verified: true, name: 'Alice Adams' },
  bob: { email: 'Bob@Coventry.gov.uk', email_verified: true, name: 'Bob Brown' },
  // Another identity at the provider with Bob's address (an address given to someone new).
  bob2: { email: 'bob@coventry.gov.uk', email_verified: true, name: 'Robert New' },
  unverified: { email: 'una@coventry.gov.uk', email_verified: false, name: 'Una' },
  outsider: { email: 'olly@example.com', email_verified: true, name: 'Olly' },
  // As Microsoft Entra ID sends a work account: no email_verified, the tenant's domain verified (xms_edov).
  entra: { email: 'eve@coventry.gov.uk', xms_edov: true, name: 'Eve Entra' },
  entraUnverified: { email: 'ed@coventry.gov.uk', xms_edov: false, name: 'Ed' },
};
const bobPassword = 'bob’s long password';

/** A browser: the studio's cookies, sent back on each request. */
class Browser {
  cookies = new Map<string, string>();
  constructor(private readonly base: string) {}

  async get(path: string): Promise<{ status: number; location: string | null; setCookies: string[] }> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(new URL(path, this.base), { redirect: 'manual', headers: cookie ? { cookie } : {} });
    const setCookies = response.headers.getSetCookie();
    for (const line of setCookies) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const value = pair.slice(eq + 1);
      if (value) this.cookies.set(pair.slice(0, eq), value);
      else this.cookies.delete(pair.slice(0, eq));
    }
    return { status: response.status, location: response.headers.get('location'), setCookies };
  }

  /** Clicks "Sign in with …": the provider's authorization URL. */
  async start(): Promise<string> {
    const started = await this.get('/api/session/oidc');
    expect(started.status).toBe(303);
    return started.location ?? '';
  }

  me(): Promise<{ json: { signedIn: boolean; account?: { id: string; email: string; name: string } } }> {
    const session = this.cookies.get('ocs_session');
    return api(this.base, 'GET', '/api/me', undefined, session ? `ocs_session=${session}` : undefined);
  }
}

describe.each(storeKinds)('single sign-on with OpenID Connect (%s)', (kind) => {
  let provider: TestProvider;
  let t: TestServer;

  beforeAll(async () => {
    provider = await startTestProvider(people);
    t = await startTestServer(kind, {
      oidc: {
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
        allowedDomains: ['coventry.gov.uk'],
        name: 'Coventry City Council',
      },
    });
    provider.register(`${t.base}/api/session/oidc/callback`);
    await t.store.createAccount({
      id: 'ac_bob',
      email: 'bob@coventry.gov.uk',
      name: 'Bob',
      passwordHash: await hashPassword(bobPassword),
      isAdmin: false,
      createdAt: new Date().toISOString(),
    });
  });
  afterAll(async () => {
    await t?.dispose();
    await provider?.close();
  });

  /** Starts in a fresh browser, signs in at the provider as `login`: the browser and the callback it is sent to. */
  async function atProvider(login: string, tamper: (url: URL) => void = () => {}) {
    const browser = new Browser(t.base);
    const authorization = new URL(await browser.start());
    tamper(authorization);
    return { browser, callback: await provider.signIn(authorization.href, login) };
  }

  /** I2: nobody is signed in, the sign-in page is told why, and no account or link changed. */
  async function expectRefused(browser: Browser, path: string, code: keyof typeof errorRegistry) {
    const accountsBefore = await t.store.listAccounts();
    const back = await browser.get(path);
    expect(back).toMatchObject({ status: 303, location: `/signin?error=${code}` });
    expect(back.setCookies.join('\n')).not.toMatch(/ocs_session=[^;]/);
    expect((await browser.me()).json.signedIn).toBe(false);
    expect(await t.store.listAccounts()).toEqual(accountsBefore);
    expect(errorRegistry[code].message).toMatch(/nobody was signed in|Start again/);
  }

  it('I1: the sign-in page is offered "Sign in with" the provider, beside passwords', async () => {
    expect((await api(t.base, 'GET', '/api/session/methods')).json).toEqual({
      password: true,
      sso: { name: 'Coventry City Council', path: '/api/session/oidc' },
    });
  });

  it('I2, I4: a good sign-in makes a facilitator account and a session; the next one finds it', async () => {
    const authorization = new URL(await new Browser(t.base).start());
    expect(authorization.origin).toBe(provider.issuer);
    const sent = Object.fromEntries(authorization.searchParams);
    expect(sent).toMatchObject({ response_type: 'code', code_challenge_method: 'S256', scope: 'openid email profile' });
    expect(sent.state && sent.nonce && sent.code_challenge).toBeTruthy();

    const { browser, callback } = await atProvider('alice');
    expect(await browser.get(callback.pathname + callback.search)).toMatchObject({ status: 303, location: '/facilitator' });
    const me = (await browser.me()).json;
    expect(me).toMatchObject({ signedIn: true, account: { email: 'alice@coventry.gov.uk', name: 'Alice Adams' } });
    expect(t.logs.join('\n')).not.toContain('alice@');

    const again = await atProvider('alice');
    await again.browser.get(again.callback.pathname + again.callback.search);
    expect((await again.browser.me()).json.account?.id).toBe(me.account?.id);
    const stored = await t.store.getAccountByIdentity(provider.issuer, 'alice');
    expect(stored?.id).toBe(me.account?.id);
    // I4: the new account has no password: password sign-in does not open it.
    expect(
      (await api(t.base, 'POST', '/api/session', { email: 'alice@coventry.gov.uk', password: 'anything at all' })).json.error.code,
    ).toBe('SIGN_IN_FAILED');
  });

  it('I3: an existing account with the verified e-mail is the same person; its password keeps working', async () => {
    const { browser, callback } = await atProvider('bob');
    expect((await browser.get(callback.pathname + callback.search)).location).toBe('/facilitator');
    expect((await browser.me()).json.account).toMatchObject({ id: 'ac_bob', name: 'Bob' });
    expect((await api(t.base, 'POST', '/api/session', { email: 'bob@coventry.gov.uk', password: bobPassword })).status).toBe(200);
  });

  it('I3: another identity with the e-mail of an account already linked is refused', async () => {
    const first = await atProvider('bob');
    await first.browser.get(first.callback.pathname + first.callback.search);
    const { browser, callback } = await atProvider('bob2');
    await expectRefused(browser, callback.pathname + callback.search, 'SSO_ACCOUNT_LINKED');
    expect(await t.store.getAccountByIdentity(provider.issuer, 'bob2')).toBeNull();
  });

  it('I2: a wrong state, or a callback in a browser that did not start it, signs nobody in', async () => {
    const { browser, callback } = await atProvider('alice');
    const wrong = new URL(callback);
    wrong.searchParams.set('state', 'not-the-state-sent');
    await expectRefused(browser, wrong.pathname + wrong.search, 'SSO_ATTEMPT_UNKNOWN');

    const other = await atProvider('alice');
    await expectRefused(new Browser(t.base), other.callback.pathname + other.callback.search, 'SSO_ATTEMPT_UNKNOWN');
  });

  it('I2: a replayed code signs nobody in', async () => {
    const { browser, callback } = await atProvider('alice');
    const cookies = new Map(browser.cookies);
    expect((await browser.get(callback.pathname + callback.search)).location).toBe('/facilitator');

    // The same answer again, with the attempt's cookie kept (a copied request): the provider refuses the used code.
    const replay = new Browser(t.base);
    replay.cookies = new Map([...cookies].filter(([name]) => name !== 'ocs_session'));
    await expectRefused(replay, callback.pathname + callback.search, 'SSO_REFUSED');

    // The used code under a fresh attempt's state: refused too (used, and not this attempt's PKCE).
    const fresh = new Browser(t.base);
    const state = new URL(await fresh.start()).searchParams.get('state') ?? '';
    const reused = new URL(callback);
    reused.searchParams.set('state', state);
    await expectRefused(fresh, reused.pathname + reused.search, 'SSO_REFUSED');
  });

  it('I2: a bad issuer or a bad nonce in the answer signs nobody in', async () => {
    const { browser, callback } = await atProvider('alice');
    const forged = new URL(callback);
    forged.searchParams.set('iss', 'https://attacker.example.org');
    await expectRefused(browser, forged.pathname + forged.search, 'SSO_REFUSED');

    // The request reached the provider with another nonce: its ID token does not carry ours.
    const swapped = await atProvider('alice', (url) => url.searchParams.set('nonce', 'an-injected-nonce'));
    await expectRefused(swapped.browser, swapped.callback.pathname + swapped.callback.search, 'SSO_REFUSED');
    expect(t.logs.join('\n')).toMatch(/single sign-on refused: .*"iss"[^\n]*\n(.*\n)*single sign-on refused: .*"nonce"/);
  });

  it('I3: an e-mail the provider has not verified signs nobody in', async () => {
    const { browser, callback } = await atProvider('unverified');
    await expectRefused(browser, callback.pathname + callback.search, 'SSO_EMAIL_UNVERIFIED');
    expect(await t.store.getAccountByEmail('una@coventry.gov.uk')).toBeNull();
  });

  it('I3: Microsoft Entra ID’s verified domain (xms_edov) counts as verified when email_verified is not sent', async () => {
    const { browser, callback } = await atProvider('entra');
    expect((await browser.get(callback.pathname + callback.search)).location).toBe('/facilitator');
    expect((await browser.me()).json.account).toMatchObject({ email: 'eve@coventry.gov.uk', name: 'Eve Entra' });
    const refused = await atProvider('entraUnverified');
    await expectRefused(refused.browser, refused.callback.pathname + refused.callback.search, 'SSO_EMAIL_UNVERIFIED');
  });

  it('I3: an e-mail outside the allowed domains signs nobody in', async () => {
    const { browser, callback } = await atProvider('outsider');
    await expectRefused(browser, callback.pathname + callback.search, 'SSO_DOMAIN_NOT_ALLOWED');
    expect(await t.store.getAccountByEmail('olly@example.com')).toBeNull();
  });
});

describe('single sign-on settings on a server', () => {
  const servers: TestServer[] = [];
  afterAll(() => Promise.all(servers.map((s) => s.dispose())));

  it('I5: with password sign-in off, only single sign-on is offered and POST /api/session is refused', async () => {
    const t = await startTestServer('sqlite', {
      passwordSignIn: false,
      oidc: { issuer: 'http://127.0.0.1:9', clientId: 'c', clientSecret: 's', allowedDomains: ['coventry.gov.uk'], name: 'Coventry' },
    });
    servers.push(t);
    expect((await api(t.base, 'GET', '/api/session/methods')).json).toMatchObject({ password: false, sso: { name: 'Coventry' } });
    const refused = await api(t.base, 'POST', '/api/session', { email: 'a@coventry.gov.uk', password: 'whatever it is' });
    expect(refused).toMatchObject({ status: 403, json: { error: { code: 'PASSWORD_SIGN_IN_OFF' } } });
    // I2: a provider that does not answer: nobody signed in, the page says to try later.
    const start = await fetch(`${t.base}/api/session/oidc`, { redirect: 'manual' });
    expect(start.headers.get('location')).toBe('/signin?error=SSO_UNAVAILABLE');
    expect(t.logs.join('\n')).toMatch(/could not be discovered/);
  });

  it('I1: without OIDC settings there is no single sign-on', async () => {
    const t = await startTestServer('sqlite');
    servers.push(t);
    expect((await api(t.base, 'GET', '/api/session/methods')).json).toEqual({ password: true, sso: null });
    expect((await api(t.base, 'GET', '/api/session/oidc')).json.error.code).toBe('SSO_NOT_CONFIGURED');
    expect((await api(t.base, 'GET', '/api/session/oidc/callback?code=x&state=y')).json.error.code).toBe('SSO_NOT_CONFIGURED');
  });
});

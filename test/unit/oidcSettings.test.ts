import { describe, expect, it } from 'vitest';
import { emailDomain, signInSettingsFromEnv } from '../../src/server/auth/oidcSettings.js';

const good = {
  OIDC_ISSUER: 'https://login.example.org/realms/staff',
  OIDC_CLIENT_ID: 'studio',
  OIDC_CLIENT_SECRET: 'secret',
  OIDC_ALLOWED_DOMAINS: 'coventry.gov.uk, @Warwickshire.gov.uk',
};

/** SPEC I6: the sign-in settings from the environment; a wrong one stops the start, naming it and what to do. */
describe('I6: sign-in settings (OIDC_*, LOCAL_SIGN_IN)', () => {
  it('none set: passwords only', () => {
    expect(signInSettingsFromEnv({})).toEqual({ oidc: null, passwordSignIn: true });
  });

  it('reads the provider, the domains (lower case, without @) and the name', () => {
    expect(signInSettingsFromEnv({ ...good, OIDC_NAME: 'Coventry City Council', LOCAL_SIGN_IN: 'off' })).toEqual({
      oidc: {
        issuer: 'https://login.example.org/realms/staff',
        clientId: 'studio',
        clientSecret: 'secret',
        allowedDomains: ['coventry.gov.uk', 'warwickshire.gov.uk'],
        name: 'Coventry City Council',
      },
      passwordSignIn: false,
    });
    expect(signInSettingsFromEnv(good).oidc?.name).toBe('your organisation’s account');
    // A provider on this machine may speak plain http.
    expect(signInSettingsFromEnv({ ...good, OIDC_ISSUER: 'http://127.0.0.1:8081' }).oidc?.issuer).toBe('http://127.0.0.1:8081');
  });

  it.each([
    [{ ...good, OIDC_ISSUER: 'login.example.org' }, /OIDC_ISSUER must be the identity provider's issuer address/],
    [{ ...good, OIDC_ISSUER: 'http://login.example.org' }, /OIDC_ISSUER must start with https:\/\//],
    [{ ...good, OIDC_ISSUER: 'https://login.example.org/?tenant=1' }, /OIDC_ISSUER must have no \?query/],
    [{ ...good, OIDC_CLIENT_ID: '' }, /OIDC_CLIENT_ID must be set with OIDC_ISSUER/],
    [{ ...good, OIDC_CLIENT_SECRET: undefined }, /OIDC_CLIENT_SECRET must be set with OIDC_ISSUER/],
    [{ ...good, OIDC_ALLOWED_DOMAINS: ' , ' }, /OIDC_ALLOWED_DOMAINS must name the e-mail domains/],
    [{ ...good, OIDC_ALLOWED_DOMAINS: 'coventry.gov.uk,*' }, /OIDC_ALLOWED_DOMAINS: "\*" is not a domain/],
    [{ OIDC_CLIENT_ID: 'studio', OIDC_ALLOWED_DOMAINS: 'a.org' }, /OIDC_CLIENT_ID, OIDC_ALLOWED_DOMAINS are set but OIDC_ISSUER is not/],
    [{ LOCAL_SIGN_IN: 'off' }, /LOCAL_SIGN_IN=off needs single sign-on/],
    [{ ...good, LOCAL_SIGN_IN: 'maybe' }, /LOCAL_SIGN_IN must be on or off, not "maybe"/],
  ])('refuses %j', (env, message) => {
    expect(() => signInSettingsFromEnv(env)).toThrow(message);
  });

  it('an e-mail domain is its part after the last @, lower case', () => {
    expect(emailDomain('Ann@Coventry.GOV.uk')).toBe('coventry.gov.uk');
    expect(emailDomain('"a@b"@coventry.gov.uk')).toBe('coventry.gov.uk');
    expect(emailDomain('nobody')).toBe('');
  });
});

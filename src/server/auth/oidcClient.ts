import * as oidc from 'openid-client';
import { AppError } from '../../shared/index.js';
import { attemptSeconds, type OidcAttempt } from './oidcAttempt.js';
import type { OidcSettings } from './oidcSettings.js';

/** Who the provider says signed in, after every check openid-client makes (SPEC I2). */
export interface VerifiedIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
}

const scope = 'openid email profile';

/**
 * Whether the provider vouches for the e-mail address: `email_verified` (OpenID Connect), else
 * Microsoft Entra ID's `xms_edov` (the address's domain is verified by the tenant that owns it;
 * Entra sends no `email_verified` for work accounts). Only ever true when the provider says so.
 */
function emailVerified(profile: Record<string, unknown>): boolean {
  const said = profile.email_verified;
  if (said !== undefined) return said === true || said === 'true';
  return profile.xms_edov === true || profile.xms_edov === 'true' || profile.xms_edov === 1;
}

/**
 * The authorization code flow with PKCE, state and nonce, through openid-client (SPEC I2).
 * The provider's metadata is discovered on first use, not at start, so the studio starts (and
 * password sign-in works) while the provider is away; a failed discovery is tried again next time.
 */
export class OidcClient {
  private configuration: Promise<oidc.Configuration> | null = null;

  constructor(
    private readonly settings: OidcSettings,
    private readonly log: (line: string) => void,
  ) {}

  private discovered(): Promise<oidc.Configuration> {
    if (!this.configuration) {
      const { issuer, clientId, clientSecret } = this.settings;
      // Plain http only for a provider on this machine (oidcSettings refuses it elsewhere).
      const execute = new URL(issuer).protocol === 'http:' ? [oidc.allowInsecureRequests] : [];
      this.configuration = oidc
        .discovery(new URL(issuer), clientId, clientSecret, undefined, { execute, timeout: 10 })
        .catch((e: Error) => {
          this.configuration = null;
          this.log(`single sign-on: the identity provider ${issuer} could not be discovered: ${e.message}`);
          throw new AppError('SSO_UNAVAILABLE');
        });
    }
    return this.configuration;
  }

  /** Where to send the browser, and the attempt its cookie keeps until the provider sends it back. */
  async start(redirectUri: string, nowSeconds: number): Promise<{ url: string; attempt: OidcAttempt }> {
    const config = await this.discovered();
    const attempt: OidcAttempt = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
      exp: nowSeconds + attemptSeconds,
    };
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope,
      state: attempt.state,
      nonce: attempt.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(attempt.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url: url.href, attempt };
  }

  /**
   * Checks the provider's answer (the callback's URL) against the attempt — state, issuer, the
   * code redeemed with the PKCE verifier, the ID token's signature, audience, expiry and nonce —
   * and reads the person's e-mail (from the ID token, else from the userinfo endpoint).
   */
  async finish(callbackUrl: URL, attempt: OidcAttempt): Promise<VerifiedIdentity> {
    const config = await this.discovered();
    try {
      const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: attempt.codeVerifier,
        expectedState: attempt.state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error('no ID token');
      let profile: Record<string, unknown> = claims;
      // Many providers put the e-mail in the ID token; others only at the userinfo endpoint.
      if (typeof claims.email !== 'string') profile = { ...(await oidc.fetchUserInfo(config, tokens.access_token, claims.sub)), ...claims };
      return {
        issuer: claims.iss,
        subject: claims.sub,
        email: typeof profile.email === 'string' ? profile.email.trim() : null,
        emailVerified: emailVerified(profile),
        name: typeof profile.name === 'string' ? profile.name.trim() : null,
      };
    } catch (e) {
      // What the provider or the check said goes to the log, for the administrator; the person gets what to do.
      // openid-client wraps the check that failed (oauth4webapi's) in `cause`: its message names the claim or parameter.
      const error = e as Error & { code?: string; error?: string; error_description?: string; cause?: { message?: unknown } };
      const detail = error.error_description ?? (typeof error.cause?.message === 'string' ? error.cause.message : '');
      this.log(`single sign-on refused: ${error.error ?? error.code ?? 'error'}: ${error.message}${detail ? ` (${detail})` : ''}`);
      throw new AppError('SSO_REFUSED');
    }
  }
}

import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A single sign-on in progress (SPEC I2): what the callback must find to accept the provider's
 * answer — the state and nonce sent, and the PKCE verifier whose challenge was sent. It lives
 * in a cookie on the browser that started it (so the callback in another browser, or another
 * person's, fails), signed with the store's token secret (so every instance can check it), for
 * 10 minutes; the callback clears it, and the provider takes each code once.
 * Format: base64url(JSON) + "." + base64url(HMAC-SHA256(secret, "oidc-attempt." + JSON part)).
 */
export interface OidcAttempt {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

export const attemptCookieName = 'ocs_sso';
export const attemptSeconds = 10 * 60;

function mac(secret: string, body: string): string {
  // The prefix keeps an attempt from ever passing as a /collab token, which the same secret signs.
  return createHmac('sha256', secret).update(`oidc-attempt.${body}`).digest('base64url');
}

export function sealAttempt(secret: string, attempt: OidcAttempt): string {
  const body = Buffer.from(JSON.stringify(attempt)).toString('base64url');
  return `${body}.${mac(secret, body)}`;
}

/** The attempt in a cookie, when it is ours and unexpired; null otherwise. */
export function openAttempt(secret: string, value: string | undefined, nowSeconds: number): OidcAttempt | null {
  const [body, given] = (value ?? '').split('.');
  if (!body || !given) return null;
  const expected = Buffer.from(mac(secret, body));
  if (expected.length !== Buffer.byteLength(given) || !timingSafeEqual(expected, Buffer.from(given))) return null;
  let attempt: Partial<OidcAttempt>;
  try {
    attempt = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<OidcAttempt>;
  } catch {
    return null;
  }
  const { state, nonce, codeVerifier, exp } = attempt;
  if (typeof state !== 'string' || typeof nonce !== 'string' || typeof codeVerifier !== 'string') return null;
  if (typeof exp !== 'number' || exp < nowSeconds) return null;
  return { state, nonce, codeVerifier, exp };
}

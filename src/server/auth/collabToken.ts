import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Role } from '../../domain/index.js';

/**
 * The short-lived token a client presents on /collab. It is bound to one person in one
 * workshop: `sub` is the participant id (or `account:<id>` for a facilitator account).
 * Format: base64url(JSON claims) + "." + base64url(HMAC-SHA256(secret, claims part)).
 * Stateless on purpose: every server instance that shares the store's secret can check it.
 */
export interface CollabClaims {
  sub: string;
  workshopId: string;
  role: Role;
  groupId: string | null;
  name: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
  /**
   * Set on an audience member's token (SPEC W2): the audience link's code. Such a token
   * belongs to nobody (`sub` is "audience") and reads one board while that link is open.
   */
  audience?: string;
}

function sign(secret: string, body: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url');
}

export function issueCollabToken(secret: string, claims: CollabClaims): string {
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${body}.${sign(secret, body)}`;
}

/** The claims of a valid, unexpired token; null otherwise (the caller says why to the user). */
export function verifyCollabToken(secret: string, token: string, nowSeconds: number): CollabClaims | null {
  const [body, mac] = token.split('.');
  if (!body || !mac) return null;
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  let claims: CollabClaims;
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as CollabClaims;
  } catch {
    return null;
  }
  if (typeof claims.exp !== 'number' || claims.exp < nowSeconds) return null;
  return claims;
}

import { z } from 'zod';

/**
 * A facilitator's personal API token (SPEC N3): a name to tell it by, a scope, and an expiry.
 * `read` may only read (GET); `read-write` acts as the account does.
 */
export const apiTokenScopes = ['read', 'read-write'] as const;
export type ApiTokenScope = (typeof apiTokenScopes)[number];

/** How long a token may live, in days: it always expires (SPEC N3). */
export const apiTokenDays = { min: 1, max: 365 } as const;

export interface ApiToken {
  id: string;
  accountId: string;
  name: string;
  scope: ApiTokenScope;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

export const createApiTokenRequest = z.strictObject({
  name: z.string().trim().min(1, 'is required: say what the token is for, e.g. "nightly export"').max(80, 'is longer than 80 characters'),
  scope: z.enum(apiTokenScopes, { error: 'is not "read" or "read-write"' }),
  expiresInDays: z
    .number({ error: `is not a number of days (${apiTokenDays.min}–${apiTokenDays.max})` })
    .int('is not a whole number of days')
    .min(apiTokenDays.min, `is under ${apiTokenDays.min} day`)
    .max(apiTokenDays.max, `is over ${apiTokenDays.max} days: make a new token when this one expires`),
});
export type CreateApiTokenRequest = z.infer<typeof createApiTokenRequest>;

/** Why a token no longer opens the API, or null while it does. */
export function apiTokenState(token: Pick<ApiToken, 'expiresAt' | 'revokedAt'>, now: Date): 'revoked' | 'expired' | null {
  if (token.revokedAt) return 'revoked';
  return token.expiresAt <= now.toISOString() ? 'expired' : null;
}

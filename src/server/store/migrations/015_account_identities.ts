import type { Migration } from './Migration.js';

/**
 * Single sign-on links (SPEC I3): which identity at which OpenID provider is which facilitator
 * account. Only what the link needs: the provider's issuer and its subject (an opaque id it
 * gives the person); the e-mail stays on the account. One identity per account at a provider,
 * so a provider that gives an address to someone new cannot hand them the old holder's account.
 */
const shared = `CREATE TABLE account_identities (
  issuer TEXT NOT NULL,
  subject TEXT NOT NULL,
  account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  linked_at TEXT NOT NULL,
  PRIMARY KEY (issuer, subject),
  UNIQUE (issuer, account_id)
);`;

export const migration015: Migration = {
  version: 15,
  name: 'account-identities',
  sqlite: shared,
  postgres: shared,
};

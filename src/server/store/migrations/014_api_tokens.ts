import type { Migration } from './Migration.js';

/**
 * Facilitators' personal API tokens (SPEC N3). Only the token's SHA-256 is kept, never the
 * token; a revoked token's row stays (revoked_at set) so using it says "revoked", not "unknown".
 * Deleting the account deletes its tokens.
 */
const shared = `CREATE TABLE api_tokens (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  scope TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX api_tokens_account ON api_tokens (account_id);`;

export const migration014: Migration = {
  version: 14,
  name: 'api-tokens',
  sqlite: shared,
  postgres: shared,
};

import type { Migration } from './Migration.js';

/**
 * The facilitator's controls: the accounts a workshop's owner shares it with (co-facilitators),
 * and a board's lock (read-only for everyone while set; the time it was locked).
 */
const shared = `CREATE TABLE workshop_facilitators (
  workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
  account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  added_at TEXT NOT NULL,
  PRIMARY KEY (workshop_id, account_id)
);
CREATE INDEX workshop_facilitators_account ON workshop_facilitators (account_id);
ALTER TABLE boards ADD COLUMN locked_at TEXT;`;

export const migration006: Migration = {
  version: 6,
  name: 'facilitator-controls',
  sqlite: shared,
  postgres: shared,
};

import type { Migration } from './Migration.js';

/**
 * A workshop's retention (SPEC K): `last_activity_at` (the latest board edit stored, settings
 * change or join, written at most hourly; null reads as `created_at`), `retention_months` (the
 * facilitator's choice; null is the installation's default), `retention_warned_at` (when the
 * owner was warned for the current last activity; activity clears it) and
 * `retention_claimed_at` (the sweep's compare-and-set before it deletes, so of several
 * instances one deletes; a claim left by an instance that died is taken over once stale).
 * Plain columns: times and a count, nothing a person wrote.
 */
const shared = `ALTER TABLE workshops ADD COLUMN last_activity_at TEXT;
ALTER TABLE workshops ADD COLUMN retention_months INTEGER;
ALTER TABLE workshops ADD COLUMN retention_warned_at TEXT;
ALTER TABLE workshops ADD COLUMN retention_claimed_at TEXT;`;

export const migration012: Migration = {
  version: 12,
  name: 'workshop-retention',
  sqlite: shared,
  postgres: shared,
};

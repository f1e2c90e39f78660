import type { Migration } from './Migration.js';

/**
 * A participant a facilitator removed keeps their row, marked `removed_at`, with their name and
 * organisation blanked (docs/SPEC.md P5): their id stays known as removed, and nothing personal
 * is kept that nothing needs. `joined_with` is the invite code they joined with, so revoking an
 * invite can also remove everyone who came in through it.
 */
export const migration005: Migration = {
  version: 5,
  name: 'participant-removal',
  sqlite: 'ALTER TABLE participants ADD COLUMN removed_at TEXT;\nALTER TABLE participants ADD COLUMN joined_with TEXT;',
  postgres: 'ALTER TABLE participants ADD COLUMN removed_at TEXT;\nALTER TABLE participants ADD COLUMN joined_with TEXT;',
};

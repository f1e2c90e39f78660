import type { Migration } from './Migration.js';

/** Links a board to the agenda activity it was made for, so "start the mapping" knows where to send each group. */
export const migration002: Migration = {
  version: 2,
  name: 'board-activity',
  sqlite: 'ALTER TABLE boards ADD COLUMN activity_id TEXT;',
  postgres: 'ALTER TABLE boards ADD COLUMN activity_id TEXT;',
};

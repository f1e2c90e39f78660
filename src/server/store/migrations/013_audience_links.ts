import type { Migration } from './Migration.js';

/**
 * A map board's audience link (SPEC U1): a row while the link is open, none once it is closed.
 * The code is the only thing an audience member holds; nothing about them is kept.
 */
const shared = `CREATE TABLE audience_links (
  board_id TEXT PRIMARY KEY REFERENCES boards (id) ON DELETE CASCADE,
  code TEXT NOT NULL UNIQUE,
  opened_at TEXT NOT NULL
);`;

export const migration013: Migration = {
  version: 13,
  name: 'audience-links',
  sqlite: shared,
  postgres: shared,
};

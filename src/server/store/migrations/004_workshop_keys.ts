import type { Migration } from './Migration.js';

/**
 * PostgreSQL keeps one data key per workshop, wrapped with the server's master key (kept
 * outside the database); what people wrote is stored encrypted with it, and deleting the
 * workshop deletes the key (crypto-shredding, docs/SPEC.md P4). No foreign key: the key is
 * written before the workshop row that is sealed with it, and deleted with it in one
 * transaction. Rows written before this migration are encrypted on the first start after it.
 * SQLite overwrites deleted bytes itself (P1) and needs no keys.
 */
export const migration004: Migration = {
  version: 4,
  name: 'workshop-keys',
  sqlite: '-- SQLite scrubs deleted bytes itself (secure_delete, WAL truncation): no keys table.',
  postgres: 'CREATE TABLE workshop_keys (workshop_id TEXT PRIMARY KEY, wrapped BYTEA NOT NULL);',
};

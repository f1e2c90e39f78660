import type { Migration } from './Migration.js';

/**
 * A workshop's language (SPEC F6): the language code the facilitator set (en, cy, de, fr, es),
 * what its pages open in for people who have not chosen one; null: not set. A plain column:
 * a code from a fixed list, nothing a person wrote.
 */
const shared = `ALTER TABLE workshops ADD COLUMN language TEXT;`;

export const migration016: Migration = {
  version: 16,
  name: 'workshop-language',
  sqlite: shared,
  postgres: shared,
};

import type { Migration } from './Migration.js';

/**
 * A private round's reveal, claimed in the row (SPEC R4): `revealing_since` is null while the
 * round is open and takes notes, and the time a reveal claimed it after that. The claim is one
 * compare-and-set (`UPDATE … WHERE revealing_since IS NULL`), so of two reveals of one round, on
 * one instance or two, exactly one writes the notes; a claim left by an instance that died is
 * taken over once it is stale.
 */
const shared = `ALTER TABLE private_rounds ADD COLUMN revealing_since TEXT;`;

export const migration009: Migration = {
  version: 9,
  name: 'private-round-reveal',
  sqlite: shared,
  postgres: shared,
};

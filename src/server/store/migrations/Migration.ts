/**
 * A numbered schema change, written once per dialect. A migration is never edited once
 * shipped (test/unit/storeMigrations.test.ts pins each one's text); change the schema by
 * adding the next number.
 */
export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

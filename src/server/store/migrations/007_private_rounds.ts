import type { Migration } from './Migration.js';

/**
 * Private rounds (SPEC R): a round open on a board, and the notes its participants hold back
 * until a facilitator reveals them. Both go with their board (and so with their workshop);
 * a note goes with its round. `body` is a JSON object `{ text, column, anonymous, authorName }`,
 * sealed with the workshop's key on PostgreSQL (P4) as every field people write is.
 */
const shared = `CREATE TABLE private_rounds (
  board_id TEXT PRIMARY KEY REFERENCES boards (id) ON DELETE CASCADE,
  workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
  opened_by TEXT NOT NULL,
  opened_at TEXT NOT NULL
);
CREATE INDEX private_rounds_workshop ON private_rounds (workshop_id);
CREATE TABLE private_notes (
  id TEXT PRIMARY KEY,
  board_id TEXT NOT NULL REFERENCES private_rounds (board_id) ON DELETE CASCADE,
  participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX private_notes_board ON private_notes (board_id, participant_id, created_at);
CREATE INDEX private_notes_participant ON private_notes (participant_id);`;

export const migration007: Migration = {
  version: 7,
  name: 'private-rounds',
  sqlite: shared,
  postgres: shared,
};

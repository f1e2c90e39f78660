import type { Migration } from './Migration.js';

/**
 * Requests to book a workshop (SPEC B). What the requester wrote (organisation, city, name,
 * e-mail, dates, message) and the facilitators' notes are one JSON `body`; on PostgreSQL it is
 * sealed with a key of the request's own, kept in `workshop_keys` under the request's id and
 * deleted with it (crypto-shredding, as a workshop's, P4). SQLite overwrites deleted bytes (P1).
 * Status, kind, team size and times stay plain: the inbox sorts and the retention sweep
 * deletes by them.
 */
const shared = `CREATE TABLE bookings (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  status TEXT NOT NULL,
  team_size INTEGER,
  agreed_date TEXT,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX bookings_created ON bookings (created_at);`;

export const migration008: Migration = {
  version: 8,
  name: 'bookings',
  sqlite: shared,
  postgres: shared,
};

import type { Migration } from './Migration.js';

// Times are TEXT in both dialects: they are ISO 8601 strings made by the caller's clock, so
// they round-trip exactly and compare in time order as strings (sessions expiry, orderings).
// `email_key` is the lower-cased email, so one person cannot hold two accounts by case.
// `boards.last_seq` hands out update numbers: bumping it locks the board row, which keeps
// each board's update log in append order on PostgreSQL and survives compaction.

const sqlite = `
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE accounts (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL,
  email_key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  is_admin INTEGER NOT NULL CHECK (is_admin IN (0, 1)),
  created_at TEXT NOT NULL
);

CREATE TABLE workshops (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  meeting_link TEXT,
  owner_id TEXT REFERENCES accounts (id) ON DELETE SET NULL,
  agenda TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX workshops_created ON workshops (created_at);
CREATE INDEX workshops_owner ON workshops (owner_id, created_at);

CREATE TABLE projects (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  position INTEGER NOT NULL
);
CREATE INDEX projects_workshop ON projects (workshop_id, position);

CREATE TABLE groups (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  position INTEGER NOT NULL
);
CREATE INDEX groups_workshop ON groups (workshop_id, position);

CREATE TABLE participants (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  organisation TEXT NOT NULL,
  role TEXT NOT NULL,
  group_id TEXT REFERENCES groups (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX participants_workshop ON participants (workshop_id, created_at);
CREATE INDEX participants_group ON participants (group_id);

CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY,
  account_id TEXT REFERENCES accounts (id) ON DELETE CASCADE,
  participant_id TEXT REFERENCES participants (id) ON DELETE CASCADE,
  expires_at TEXT NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);
CREATE INDEX sessions_participant ON sessions (participant_id);
CREATE INDEX sessions_expires ON sessions (expires_at);

CREATE TABLE invites (
  code TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  group_id TEXT REFERENCES groups (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX invites_workshop ON invites (workshop_id, created_at);
CREATE INDEX invites_group ON invites (group_id);

CREATE TABLE boards (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  group_id TEXT REFERENCES groups (id) ON DELETE SET NULL,
  project_id TEXT REFERENCES projects (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  last_seq INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX boards_workshop ON boards (workshop_id, created_at, id);
CREATE INDEX boards_group ON boards (group_id);
CREATE INDEX boards_project ON boards (project_id);

CREATE TABLE board_updates (
  board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  "update" BLOB NOT NULL,
  PRIMARY KEY (board_id, seq)
);

CREATE TABLE board_compacted (
  board_id TEXT PRIMARY KEY REFERENCES boards (id) ON DELETE CASCADE,
  state BLOB NOT NULL,
  upto_seq INTEGER NOT NULL
);

CREATE TABLE board_snapshots (
  board_id TEXT PRIMARY KEY REFERENCES boards (id) ON DELETE CASCADE,
  json TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
`;

const postgres = `
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE accounts (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL,
  email_key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  is_admin BOOLEAN NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE workshops (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  meeting_link TEXT,
  owner_id TEXT REFERENCES accounts (id) ON DELETE SET NULL,
  agenda TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX workshops_created ON workshops (created_at);
CREATE INDEX workshops_owner ON workshops (owner_id, created_at);

CREATE TABLE projects (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  position INTEGER NOT NULL
);
CREATE INDEX projects_workshop ON projects (workshop_id, position);

CREATE TABLE groups (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  position INTEGER NOT NULL
);
CREATE INDEX groups_workshop ON groups (workshop_id, position);

CREATE TABLE participants (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  organisation TEXT NOT NULL,
  role TEXT NOT NULL,
  group_id TEXT REFERENCES groups (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX participants_workshop ON participants (workshop_id, created_at);
CREATE INDEX participants_group ON participants (group_id);

CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY,
  account_id TEXT REFERENCES accounts (id) ON DELETE CASCADE,
  participant_id TEXT REFERENCES participants (id) ON DELETE CASCADE,
  expires_at TEXT NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);
CREATE INDEX sessions_participant ON sessions (participant_id);
CREATE INDEX sessions_expires ON sessions (expires_at);

CREATE TABLE invites (
  code TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  group_id TEXT REFERENCES groups (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX invites_workshop ON invites (workshop_id, created_at);
CREATE INDEX invites_group ON invites (group_id);

CREATE TABLE boards (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  group_id TEXT REFERENCES groups (id) ON DELETE SET NULL,
  project_id TEXT REFERENCES projects (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  last_seq BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX boards_workshop ON boards (workshop_id, created_at, id);
CREATE INDEX boards_group ON boards (group_id);
CREATE INDEX boards_project ON boards (project_id);

CREATE TABLE board_updates (
  board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  seq BIGINT NOT NULL,
  "update" BYTEA NOT NULL,
  PRIMARY KEY (board_id, seq)
);

CREATE TABLE board_compacted (
  board_id TEXT PRIMARY KEY REFERENCES boards (id) ON DELETE CASCADE,
  state BYTEA NOT NULL,
  upto_seq BIGINT NOT NULL
);

CREATE TABLE board_snapshots (
  board_id TEXT PRIMARY KEY REFERENCES boards (id) ON DELETE CASCADE,
  json TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
`;

export const migration001: Migration = { version: 1, name: 'initial', sqlite, postgres };

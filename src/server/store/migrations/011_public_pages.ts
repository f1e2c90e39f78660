import type { Migration } from './Migration.js';

/**
 * Published project pages (SPEC U): one per project, a snapshot made at publishing time, and
 * the visitors' comments on it. The snapshot and the comments are JSON `body`s, sealed with
 * the workshop's key on PostgreSQL (P4) and deleted with the workshop (P1). A page is found by
 * `slug_key`, the SHA-256 of its slug, so the slug (made from the project's name) is not kept
 * as text outside the sealed body.
 */
const shared = `CREATE TABLE public_pages (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
  project_id TEXT NOT NULL UNIQUE REFERENCES projects (id) ON DELETE CASCADE,
  slug_key TEXT NOT NULL UNIQUE,
  body TEXT NOT NULL,
  published_at TEXT NOT NULL
);
CREATE TABLE public_comments (
  id TEXT PRIMARY KEY,
  page_id TEXT NOT NULL REFERENCES public_pages (id) ON DELETE CASCADE,
  workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  approved_at TEXT
);
CREATE INDEX public_comments_page ON public_comments (page_id, created_at);`;

export const migration011: Migration = {
  version: 11,
  name: 'public-pages',
  sqlite: shared,
  postgres: shared,
};

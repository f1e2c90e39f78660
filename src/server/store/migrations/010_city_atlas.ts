import type { Migration } from './Migration.js';

/**
 * The city atlas (SPEC T): a workshop's city (as typed; sealed like the title on PostgreSQL,
 * P4), and the facilitators' decisions on the atlas of a city. A decision belongs to the city,
 * not to a workshop, so deleting a workshop keeps it (T5): it turns stale if its elements went
 * with the workshop. `city_key` is the city's key (`cityKey`); `element_a`/`element_b` are atlas
 * element keys (accept, reject: the two actors or datasets; split: the element and the source
 * taken out of it). One decision per pair: a later one replaces it.
 */
const shared = `ALTER TABLE workshops ADD COLUMN city TEXT;
CREATE TABLE atlas_decisions (
  id TEXT PRIMARY KEY,
  city_key TEXT NOT NULL,
  kind TEXT NOT NULL,
  element_a TEXT NOT NULL,
  element_b TEXT NOT NULL,
  decided_by TEXT REFERENCES accounts (id) ON DELETE SET NULL,
  decided_at TEXT NOT NULL,
  UNIQUE (city_key, element_a, element_b)
);`;

export const migration010: Migration = {
  version: 10,
  name: 'city-atlas',
  sqlite: shared,
  postgres: shared,
};

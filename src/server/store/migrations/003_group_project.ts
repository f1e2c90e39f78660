import type { Migration } from './Migration.js';

/**
 * Gives each group the project it works on. Groups made before this worked on the workshop's
 * first project (their boards were made for it), so that is what they get.
 */
const backfill = `UPDATE groups SET project_id = (
  SELECT p.id FROM projects p WHERE p.workshop_id = groups.workshop_id ORDER BY p.position, p.id LIMIT 1
);`;

export const migration003: Migration = {
  version: 3,
  name: 'group-project',
  sqlite: `ALTER TABLE groups ADD COLUMN project_id TEXT REFERENCES projects (id) ON DELETE SET NULL;\n${backfill}`,
  postgres: `ALTER TABLE groups ADD COLUMN project_id TEXT REFERENCES projects (id) ON DELETE SET NULL;\n${backfill}`,
};

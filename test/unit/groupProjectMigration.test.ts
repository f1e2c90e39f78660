import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../src/server/store/migrations/index.js';

describe('migration 3 (group-project)', () => {
  it('gives the groups of an existing workshop its first project, which their boards were made for', () => {
    const db = new Database(':memory:');
    try {
      for (const m of migrations.filter((x) => x.version < 3)) db.exec(m.sqlite);
      db.exec(`
        INSERT INTO workshops (id, title, description, meeting_link, owner_id, agenda, created_at)
          VALUES ('w', 'T', '', NULL, NULL, '[]', 'x'), ('w2', 'T', '', NULL, NULL, '[]', 'x');
        INSERT INTO projects (id, workshop_id, title, position) VALUES ('p-second', 'w', 'B', 2), ('p-first', 'w', 'A', 1);
        INSERT INTO groups (id, workshop_id, name, position) VALUES ('g1', 'w', 'G1', 0), ('g2', 'w', 'G2', 1), ('g3', 'w2', 'G3', 0);`);
      db.exec(migrations.find((m) => m.version === 3)!.sqlite);
      expect(db.prepare('SELECT id, project_id FROM groups ORDER BY id').all()).toEqual([
        { id: 'g1', project_id: 'p-first' },
        { id: 'g2', project_id: 'p-first' },
        { id: 'g3', project_id: null },
      ]);
    } finally {
      db.close();
    }
  });
});

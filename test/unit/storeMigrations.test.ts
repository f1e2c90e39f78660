import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { latestVersion, migrations, pendingMigrations } from '../../src/server/store/migrations/index.js';

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

// Shipped migrations, pinned: a database that ran one must never meet different SQL under the
// same number. To change the schema, add the next migration; do not edit these or the hashes.
const shipped: Record<number, { sqlite: string; postgres: string }> = {
  1: {
    sqlite: '4192fc8aa971d824bebfa46129bf6274f4134d88af70fa08961609619a79511e',
    postgres: '6baaef94cad79782a6553de98b66841a8eb9a6486e67b1ddf6a84bf1235c2630',
  },
};

describe('store migrations', () => {
  it('are numbered 1, 2, 3… with SQL for both dialects', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(latestVersion).toBe(migrations.length);
    for (const m of migrations) {
      expect(m.name).toMatch(/^[a-z0-9-]+$/);
      expect(m.sqlite.trim()).not.toBe('');
      expect(m.postgres.trim()).not.toBe('');
    }
  });

  it('shipped migrations are never edited', () => {
    for (const m of migrations) {
      const pinned = shipped[m.version];
      if (!pinned) continue; // not shipped yet: pin it in the release that ships it
      expect({ version: m.version, sqlite: sha256(m.sqlite), postgres: sha256(m.postgres) }).toEqual({ version: m.version, ...pinned });
    }
  });

  it('runs only what a database has not applied', () => {
    expect(pendingMigrations([]).map((m) => m.version)).toEqual(migrations.map((m) => m.version));
    expect(pendingMigrations(migrations.map((m) => m.version))).toEqual([]);
  });

  it('refuses a database migrated by a newer release, saying what to do', () => {
    expect(() => pendingMigrations([latestVersion + 1])).toThrow(/newer than this release.*upgrade/);
    try {
      pendingMigrations([latestVersion + 1]);
    } catch (e) {
      expect(e).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    }
  });
});

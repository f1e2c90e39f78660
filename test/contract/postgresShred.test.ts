import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/server/store/index.js';
import { migrations } from '../../src/server/store/migrations/index.js';
import { withDefaultUser } from '../../src/server/store/postgres/connection.js';
import { databaseUrl, e2eRequired } from '../setup/optional.js';
import { openPgDisk, occurrences, type PgDisk } from './pgDisk.js';
import { postgresHarness, type StoreHarness } from './storeHarness.js';
import { account, board, group, participant, project, utf8, workshop } from './storeFixtures.js';

const url = databaseUrl();
// A CHECKPOINT flushes the whole server's dirty pages: slow on a shared, loaded machine.
const diskTimeout = 180_000;

/**
 * P4 (crypto-shredding) on the machine's real PostgreSQL: after a workshop is deleted, its
 * text is nowhere in the table files or the write-ahead log, and its key is gone from the
 * keys table's file. Reads the server's files, so it needs to run where they are readable
 * (CI runs as root beside the server); elsewhere it is skipped, loudly, unless CI asks for it.
 */
describe.skipIf(!url)('postgres store on disk (P4)', () => {
  let disk: PgDisk;
  const harnesses: StoreHarness[] = [];

  beforeAll(async () => {
    disk = await openPgDisk(url ?? '');
    if (disk.unreadableBecause) {
      if (e2eRequired()) throw new Error(`CI needs the PostgreSQL deletion tests, but ${disk.unreadableBecause}`);
      console.warn(
        `\n${'!'.repeat(78)}\nSKIPPED — P4 deletion tests on PostgreSQL's files: ${disk.unreadableBecause}\n${'!'.repeat(78)}\n`,
      );
    }
  });
  afterAll(() => disk.close());
  afterEach(async () => {
    await Promise.all(harnesses.splice(0).map((h) => h.dispose()));
  });

  const readable = () => disk.dataDir !== null;

  it(
    'P4: a deleted workshop leaves none of its text in the table files or the WAL, and no key in the keys file',
    async (ctx) => {
      if (!readable()) ctx.skip();
      const h = postgresHarness(url ?? '');
      harnesses.push(h);
      const store = await h.open();
      const marker = `MARKER-${randomBytes(8).toString('hex')}`;
      const markerRaw = randomBytes(48);
      const control = `CONTROL-${randomBytes(8).toString('hex')}`;

      // Accounts are not a workshop's: stored as they are, so the scan can be seen to find text.
      await store.createAccount(account('acc', { name: control }));
      await store.createWorkshop(workshop('keep-w', { title: 'Kept workshop' }));
      await store.createWorkshop(
        workshop('gone-w', {
          title: `Title ${marker}`,
          description: `About ${marker}`,
          meetingLink: `https://meet.example.org/${marker}`,
          agenda: [{ id: 'a1', title: `Agenda ${marker}`, kind: 'plenary', minutes: 15 }],
        }),
      );
      await store.updateWorkshop(workshop('gone-w', { title: `Renamed ${marker}` }));
      await store.createProject(project('gone-pr', 'gone-w', `Project ${marker}`));
      await store.createGroup({ ...group('gone-g', 'gone-w', 1), name: `Group ${marker}` });
      await store.createParticipant(participant('gone-p', 'gone-w', { name: `Person ${marker}`, organisation: `Org ${marker}` }));
      await store.createBoard(board('gone-b', 'gone-w', { title: `Board ${marker}` }));
      for (let i = 0; i < 10; i++) await store.appendUpdates('gone-b', [utf8(`note ${i} ${marker}`), markerRaw]);
      await store.appendUpdates('gone-b', [utf8(`${marker} `.repeat(2000))]); // large enough for TOAST
      await store.compactBoard('gone-b', Buffer.concat([markerRaw, utf8(`state ${marker}`)]), 10);
      await store.putBoardSnapshot('gone-b', JSON.stringify({ notes: [`Snapshot note ${marker}`] }), '2025-01-01T09:00:00.000Z');
      // A note held back in a private round (SPEC R2) is sealed as every note is.
      await store.openPrivateRound({
        boardId: 'gone-b',
        workshopId: 'gone-w',
        openedBy: 'account:x',
        openedAt: '2025-01-01T09:00:00.000Z',
      });
      await store.addPrivateNote({
        id: 'gone-note',
        boardId: 'gone-b',
        participantId: 'gone-p',
        text: `Held back ${marker}`,
        column: null,
        anonymous: false,
        authorName: `Person ${marker}`,
        createdAt: '2025-01-01T09:00:00.000Z',
      });

      // A published page and a visitor's comment (SPEC U9) are sealed as the workshop's text is.
      await store.putPublicPage({
        id: 'gone-page',
        workshopId: 'gone-w',
        projectId: 'gone-pr',
        mapBoardId: 'gone-b',
        canvasBoardId: null,
        sectionIds: [],
        actionIds: [],
        snapshot: {
          slug: 'gone-page',
          title: `Page ${marker}`,
          map: {
            title: `Page ${marker}`,
            actors: [{ id: 'a', name: `Actor ${marker}`, roles: [], tags: [] }],
            datasets: [],
            flows: [],
            notes: [],
          },
          canvas: null,
          publishedAt: '2025-01-01T09:00:00.000Z',
        },
      });
      await store.addPublicComment({
        id: 'gone-comment',
        pageId: 'gone-page',
        workshopId: 'gone-w',
        name: `Visitor ${marker}`,
        text: `Comment ${marker}`,
        createdAt: '2025-01-01T09:00:00.000Z',
        approvedAt: null,
      });
      expect((await store.getPublicPageBySlug('gone-page'))?.snapshot.title).toBe(`Page ${marker}`);
      expect((await store.listPublicComments('gone-page', false))[0]?.text).toBe(`Comment ${marker}`);

      // What the store gives back is the plaintext.
      expect((await store.getWorkshop('gone-w'))?.title).toBe(`Renamed ${marker}`);
      expect((await store.listParticipants('gone-w'))[0]?.organisation).toBe(`Org ${marker}`);
      expect(Buffer.from((await store.loadBoardState('gone-b')).compacted ?? []).includes(`state ${marker}`)).toBe(true);
      expect((await store.getBoardSnapshot('gone-b'))?.json).toContain(`Snapshot note ${marker}`);
      expect((await store.listPrivateNotes('gone-b'))[0]?.text).toBe(`Held back ${marker}`);

      const [key] = await disk.query<{ wrapped: Buffer }>(`SELECT wrapped FROM ${h.pgSchema}.workshop_keys WHERE workshop_id = 'gone-w'`);
      expect(key?.wrapped.byteLength).toBeGreaterThan(32);
      await disk.checkpoint();
      expect(occurrences(await disk.schemaFiles(h.pgSchema), control)).toBeGreaterThan(0);
      const keyFilesBefore = await disk.schemaPaths(h.pgSchema, ['workshop_keys']);
      expect(occurrences(disk.read(keyFilesBefore), key?.wrapped ?? '')).toBeGreaterThan(0);

      expect(await store.deleteWorkshop('gone-w')).toBe(true);
      await disk.checkpoint();
      // The files the keys table had before (rewritten since) no longer hold the key either.
      expect(occurrences(disk.read(keyFilesBefore), key?.wrapped ?? '')).toBe(0);

      const tables = await disk.schemaFiles(h.pgSchema);
      const wal = disk.walFiles();
      expect(occurrences(tables, control)).toBeGreaterThan(0);
      expect(occurrences(wal, control)).toBeGreaterThan(0);
      expect({ tables: occurrences(tables, marker), wal: occurrences(wal, marker) }).toEqual({ tables: 0, wal: 0 });
      expect({ tables: occurrences(tables, markerRaw), wal: occurrences(wal, markerRaw) }).toEqual({ tables: 0, wal: 0 });
      expect(occurrences(await disk.schemaFiles(h.pgSchema, ['workshop_keys']), key?.wrapped ?? '')).toBe(0);
      expect(await store.getWorkshop('gone-w')).toBeNull();
      expect((await store.getWorkshop('keep-w'))?.title).toBe('Kept workshop');
    },
    diskTimeout,
  );

  it(
    'P4: a delete while another session holds an older snapshot waits for it, so the key still leaves the file',
    async (ctx) => {
      if (!readable()) ctx.skip();
      const h = postgresHarness(url ?? '');
      harnesses.push(h);
      const store = await h.open();
      await store.createWorkshop(workshop('held-w', { title: 'Held workshop' }));
      const [key] = await disk.query<{ wrapped: Buffer }>(`SELECT wrapped FROM ${h.pgSchema}.workshop_keys WHERE workshop_id = 'held-w'`);
      expect(key?.wrapped.byteLength).toBeGreaterThan(32);

      // Another session (a slow report, another instance) with a snapshot from before the delete:
      // VACUUM FULL would copy the deleted key row while that snapshot may still see it.
      const other = new pg.Client({ connectionString: withDefaultUser(url ?? '') });
      await other.connect();
      try {
        await other.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
        await other.query('SELECT count(*) FROM pg_class'); // its snapshot, without a lock on the keys table
        const deleting = store.deleteWorkshop('held-w');
        await new Promise((resolve) => setTimeout(resolve, 300));
        await other.query('COMMIT');
        expect(await deleting).toBe(true);
      } finally {
        await other.end();
      }
      await disk.checkpoint();
      expect(occurrences(await disk.schemaFiles(h.pgSchema, ['workshop_keys']), key?.wrapped ?? '')).toBe(0);
    },
    diskTimeout,
  );

  it(
    'P4: rows written before workshop keys are sealed on the first start, and their table files rewritten',
    async (ctx) => {
      if (!readable()) ctx.skip();
      const h = postgresHarness(url ?? '');
      harnesses.push(h);
      const marker = `LEGACY-${randomBytes(8).toString('hex')}`;
      const raw = randomBytes(48);
      await writeBeforeKeys(h.pgSchema, marker, raw);
      await disk.checkpoint();
      const filesBefore = await disk.schemaPaths(h.pgSchema);
      expect(occurrences(disk.read(filesBefore), marker)).toBeGreaterThan(0);

      const store = await h.open();
      expect((await store.getWorkshop('old-w'))?.title).toBe(`Old ${marker}`);
      expect((await store.listProjects('old-w')).map((p) => p.title)).toEqual([`Project ${marker}`]);
      expect((await store.listGroups('old-w')).map((g) => g.name)).toEqual([`Group ${marker}`]);
      expect((await store.listParticipants('old-w')).map((p) => [p.name, p.organisation])).toEqual([[`Person ${marker}`, `Org ${marker}`]]);
      expect((await store.getBoard('old-b'))?.title).toBe(`Board ${marker}`);
      const state = await store.loadBoardState('old-b');
      expect(Buffer.from(state.compacted ?? []).toString()).toBe(`state ${marker}`);
      expect(state.updates.map((u) => Buffer.from(u.update).equals(raw))).toEqual([true]);
      expect((await store.getBoardSnapshot('old-b'))?.json).toBe(`{"n":"${marker}"}`);
      expect(await store.boardSize('old-b')).toBe(`state ${marker}`.length + raw.length);

      await disk.checkpoint();
      const tables = await disk.schemaFiles(h.pgSchema);
      expect(occurrences(tables, marker)).toBe(0);
      expect(occurrences(tables, raw)).toBe(0);
      expect(occurrences(disk.read(filesBefore), marker)).toBe(0);
      // A second start finds nothing left to seal and changes nothing.
      const again = await h.open();
      expect((await again.getWorkshop('old-w'))?.title).toBe(`Old ${marker}`);
    },
    diskTimeout,
  );

  it(
    'P4: a rewrite owed by a start that stopped before it is done on the next start',
    async (ctx) => {
      if (!readable()) ctx.skip();
      const h = postgresHarness(url ?? '');
      harnesses.push(h);
      await (await h.open()).createWorkshop(workshop('w1'));
      const marker = `OWED-${randomBytes(8).toString('hex')}`;
      // What a start that sealed rows in place and then stopped leaves: dead plaintext row
      // versions in a table's file, and the rewrite recorded as owed.
      await disk.query(`INSERT INTO ${h.pgSchema}.projects (id, workshop_id, title, position) VALUES ('pr', 'w1', $1, 1)`, [marker]);
      await disk.query(`DELETE FROM ${h.pgSchema}.projects WHERE id = 'pr'`);
      await disk.query(`INSERT INTO ${h.pgSchema}.settings (key, value) VALUES ('store.plaintext-rewrite', 'owed')`);
      await disk.checkpoint();
      expect(occurrences(await disk.schemaFiles(h.pgSchema, ['projects']), marker)).toBeGreaterThan(0);

      await h.open();
      await disk.checkpoint();
      expect(occurrences(await disk.schemaFiles(h.pgSchema, ['projects']), marker)).toBe(0);
      expect(await disk.query(`SELECT key FROM ${h.pgSchema}.settings WHERE key = 'store.plaintext-rewrite'`)).toEqual([]);
    },
    diskTimeout,
  );

  it('a start with another master key is refused, saying what to do', async () => {
    const h = postgresHarness(url ?? '');
    harnesses.push(h);
    const store = await h.open();
    await store.createWorkshop(workshop('w1'));
    const before = process.env.OPENCITIES_MASTER_KEY;
    process.env.OPENCITIES_MASTER_KEY = 'ab'.repeat(32);
    try {
      await expect(openStore({ databaseUrl: url ?? '', pgSchema: h.pgSchema })).rejects.toMatchObject({
        code: 'STORE_UNAVAILABLE',
        message: expect.stringMatching(/not the one this database's workshops are encrypted with/) as unknown,
      });
    } finally {
      restoreEnv(before);
    }
    expect((await store.getWorkshop('w1'))?.title).toBe('Workshop w1');
  });

  it('a start without the master key of a database that has one is refused, and makes no new key', async () => {
    const h = postgresHarness(url ?? '');
    harnesses.push(h);
    await (await h.open()).createWorkshop(workshop('w1'));
    const dataDir = mkdtempSync(join(tmpdir(), 'ocs-nokey-'));
    const before = process.env.OPENCITIES_MASTER_KEY;
    delete process.env.OPENCITIES_MASTER_KEY;
    try {
      await expect(openStore({ databaseUrl: url ?? '', pgSchema: h.pgSchema, dataDir })).rejects.toMatchObject({
        code: 'STORE_UNAVAILABLE',
        message: expect.stringMatching(/master key that is not here .*OPENCITIES_MASTER_KEY/) as unknown,
      });
      expect(existsSync(join(dataDir, 'master.key'))).toBe(false);
    } finally {
      restoreEnv(before);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

/** A schema as the release before workshop keys left it: migrations 1 and 2, plaintext rows. */
async function writeBeforeKeys(schema: string, marker: string, raw: Buffer): Promise<void> {
  const c = new pg.Client({ connectionString: withDefaultUser(url ?? '') });
  await c.connect();
  try {
    await c.query(`CREATE SCHEMA ${schema}; SET search_path = ${schema}`);
    await c.query(
      'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT now())',
    );
    for (const m of migrations.filter((x) => x.version <= 2)) {
      await c.query(m.postgres);
      await c.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
    }
    await c.query(
      `INSERT INTO workshops (id, title, description, meeting_link, owner_id, agenda, created_at)
                   VALUES ('old-w', $1, $2, NULL, NULL, '[]', '2025-01-01T09:00:00.000Z')`,
      [`Old ${marker}`, `About ${marker}`],
    );
    await c.query(`INSERT INTO projects (id, workshop_id, title, position) VALUES ('old-pr', 'old-w', $1, 1)`, [`Project ${marker}`]);
    await c.query(`INSERT INTO groups (id, workshop_id, name, position) VALUES ('old-g', 'old-w', $1, 1)`, [`Group ${marker}`]);
    await c.query(
      `INSERT INTO participants (id, workshop_id, name, organisation, role, group_id, created_at)
       VALUES ('old-p', 'old-w', $1, $2, 'participant', NULL, '2025-01-01T09:00:00.000Z')`,
      [`Person ${marker}`, `Org ${marker}`],
    );
    await c.query(
      `INSERT INTO boards (id, workshop_id, kind, title, group_id, project_id, created_at, last_seq)
       VALUES ('old-b', 'old-w', 'ecosystem-map', $1, NULL, NULL, '2025-01-01T09:00:00.000Z', 2)`,
      [`Board ${marker}`],
    );
    await c.query(`INSERT INTO board_compacted (board_id, state, upto_seq) VALUES ('old-b', $1, 1)`, [Buffer.from(`state ${marker}`)]);
    await c.query(`INSERT INTO board_updates (board_id, seq, "update") VALUES ('old-b', 2, $1)`, [raw]);
    await c.query(`INSERT INTO board_snapshots (board_id, json, updated_at) VALUES ('old-b', $1, '2025-01-01T09:00:00.000Z')`, [
      `{"n":"${marker}"}`,
    ]);
  } finally {
    await c.end();
  }
}

function restoreEnv(value: string | undefined): void {
  if (value === undefined) delete process.env.OPENCITIES_MASTER_KEY;
  else process.env.OPENCITIES_MASTER_KEY = value;
}

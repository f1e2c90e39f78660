import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { hashPassword } from '../../src/server/auth/password.js';
import { account, at, board, invite, participant, workshop } from '../contract/storeFixtures.js';
import { openPgDisk, occurrences } from '../contract/pgDisk.js';
import { storeKinds, testStore } from '../support/stores.js';
import { acknowledged, api, openSynced, startTestServer, type TestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';

/** SPEC K1–K4: workshops kept for a period after their last activity, the owner warned, then deleted down to the bytes. */

const day = 86_400_000;
const start = Date.parse('2027-01-01T09:00:00.000Z');

/** Every SQLite database file of a test store's data folder. */
function sqliteFiles(dataDir: string): Buffer[] {
  return ['opencities.db', 'opencities.db-wal', 'opencities.db-shm']
    .map((n) => join(dataDir, n))
    .filter((p) => existsSync(p))
    .map((p) => readFileSync(p));
}

/** A Yjs update carrying `text` as a quick note, as a board's log holds it. */
function noteUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  const m = new Y.Map<string>();
  doc.getArray('notes').push([m]);
  m.set('id', 'n1');
  m.set('text', text);
  m.set('author', text);
  return Y.encodeStateAsUpdate(doc);
}

async function ownerCookie(t: TestServer, id = 'ac_owner'): Promise<string> {
  await t.store.createAccount({ ...account(id), email: `${id}@example.org`, passwordHash: await hashPassword('correct horse battery') });
  const r = await api(t.base, 'POST', '/api/session', { email: `${id}@example.org`, password: 'correct horse battery' });
  expect(r.status).toBe(200);
  return r.cookie ?? '';
}

describe.each(storeKinds)('workshop retention on %s', (kind) => {
  it('K3–K4: the sweep warns, activity after the warning moves the date, and a workshop past it is deleted leaving no trace', async () => {
    let now = new Date(start);
    const handle = testStore(kind);
    const marker = `MARKER-${randomBytes(8).toString('hex')}`;
    const control = `CONTROL-${randomBytes(8).toString('hex')}`;
    {
      const store = await handle.open();
      await store.createAccount(account('ac_owner', { name: control }));
      for (const id of ['gone', 'kept']) {
        await store.createWorkshop(workshop(id, { ownerId: 'ac_owner', title: id === 'gone' ? `Title ${marker}` : 'Kept' }));
        await store.createParticipant(participant(`${id}-p`, id, { name: id === 'gone' ? `Person ${marker}` : 'Kim' }));
        await store.createBoard(board(`${id}-b`, id));
        await store.appendUpdates(`${id}-b`, [noteUpdate(id === 'gone' ? `Note ${marker}` : 'Kept note')]);
      }
      await store.createInvite(invite('kept-invite', 'kept'));
      await store.close();
    }
    // Both were last active in 2025 (created then, nothing since): past 12 months, so warned first, never deleted at once.
    let t = await startTestServer(kind, { now: () => now }, handle);
    try {
      await waitFor('both warnings', () => t.logs.filter((l) => /will be deleted on/.test(l)).length === 2);
      expect(await t.store.getWorkshop('gone')).not.toBeNull();
      const warned = await t.store.getWorkshopRetention('gone');
      expect(warned?.warnedAt).toBe(now.toISOString());

      // A join after the warning is activity: the date moves a year on, the warning is withdrawn.
      now = new Date(start + 2 * day);
      expect((await api(t.base, 'POST', '/api/join', { invite: 'kept-invite', name: 'Lee', organisation: '' })).status).toBe(200);
      expect(await t.store.getWorkshopRetention('kept')).toMatchObject({ lastActivityAt: now.toISOString(), warnedAt: null });
      await t.stop();

      // Fifteen days after the warning: the one without activity goes, exactly as delete-workshop deletes.
      now = new Date(start + 15 * day);
      t = await startTestServer(kind, { now: () => now }, handle);
      await waitFor('the deletion', () => t.logs.some((l) => l.includes('workshop retention: deleted gone')));
      expect(await t.store.getWorkshop('gone')).toBeNull();
      expect((await t.store.loadBoardState('gone-b')).updates).toEqual([]);
      expect(await t.store.getParticipant('gone-p')).toBeNull();
      expect((await t.store.getWorkshop('kept'))?.title).toBe('Kept');
      expect(t.logs.some((l) => l.includes('deleted kept'))).toBe(false);
      await t.stop();

      if (kind === 'sqlite') {
        const files = sqliteFiles(handle.cliArgs[1] ?? '');
        expect(occurrences(files, control)).toBeGreaterThan(0);
        expect(occurrences(files, marker)).toBe(0);
      } else {
        const disk = await openPgDisk(process.env.DATABASE_URL ?? '');
        try {
          if (disk.dataDir !== null) {
            await disk.checkpoint();
            const schema = new URL(handle.cliArgs[1] ?? '').searchParams.get('options')?.split('=')[1] ?? '';
            expect(occurrences([...(await disk.schemaFiles(schema)), ...disk.walFiles()], marker)).toBe(0);
          } else console.warn(`SKIPPED the file scan on PostgreSQL: ${disk.unreadableBecause ?? ''}`);
        } finally {
          await disk.close();
        }
      }
    } finally {
      await t.stop().catch(() => {});
      await handle.dispose();
    }
  }, 240_000);
});

describe('retention period over HTTP (SPEC K1)', () => {
  let t: TestServer;
  let cookie: string;
  beforeAll(async () => {
    t = await startTestServer('sqlite', { now: () => new Date(start), retention: { minMonths: 3, maxMonths: 24, defaultMonths: 12 } });
    cookie = await ownerCookie(t);
    await t.store.createWorkshop(workshop('w1', { ownerId: 'ac_owner' }));
  });
  afterAll(() => t.dispose());

  it.each([0, 2, 25, 1.5, 'twelve'])('a period of %s is refused at the field, naming it, and nothing changes', async (months) => {
    const r = await api(t.base, 'PATCH', '/api/workshops/w1', { title: 'Changed', retentionMonths: months }, cookie);
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('VALIDATION_FAILED');
    expect(r.json.error.message).toMatch(/^retentionMonths: /);
    if (typeof months === 'number' && Number.isInteger(months)) expect(r.json.error.message).toContain('from 3 to 24');
    expect((await t.store.getWorkshop('w1'))?.title).toBe('Workshop w1');
    expect((await t.store.getWorkshopRetention('w1'))?.retentionMonths).toBeNull();
  });

  it('a period within the limits is kept; the home and the list show the date, and the change counts as activity', async () => {
    const r = await api(t.base, 'PATCH', '/api/workshops/w1', { retentionMonths: 24 }, cookie);
    expect(r.status).toBe(200);
    expect(r.json.retention).toMatchObject({
      months: 24,
      minMonths: 3,
      maxMonths: 24,
      lastActivityAt: new Date(start).toISOString(),
      deleteOn: '2029-01-01T09:00:00.000Z',
      deletionSoon: false,
    });
    const list = await api(t.base, 'GET', '/api/workshops', undefined, cookie);
    expect(list.json.workshops[0]).toMatchObject({ id: 'w1', deleteOn: '2029-01-01T09:00:00.000Z', deletionSoon: false });
    expect((await api(t.base, 'GET', '/api/retention-policy')).json).toEqual({ minMonths: 3, maxMonths: 24, defaultMonths: 12 });
  });
});

describe.each(storeKinds)('retention records on %s (SPEC K2, K4)', (kind) => {
  it('activity is written at most hourly and withdraws a warning; each claim succeeds once, and not after activity', async () => {
    const handle = testStore(kind);
    const store = await handle.open();
    try {
      await store.createWorkshop(workshop('w'));
      const created = at(0);
      expect(await store.getWorkshopRetention('w')).toMatchObject({ lastActivityAt: created, retentionMonths: null, warnedAt: null });
      // Two instances warn at once: one does.
      const claims = await Promise.all([
        store.claimRetentionWarning('w', at(10), created),
        store.claimRetentionWarning('w', at(10), created),
      ]);
      expect(claims.filter(Boolean)).toHaveLength(1);
      const deletions = await Promise.all([
        store.claimRetentionDeletion('w', at(20), at(-60), created),
        store.claimRetentionDeletion('w', at(20), at(-60), created),
      ]);
      expect(deletions.filter(Boolean)).toHaveLength(1);
      // A claim left by an instance that died is taken over once stale.
      expect(await store.claimRetentionDeletion('w', at(90), at(30), created)).toBe(true);
      // Activity: written when the last is over an hour old, withdrawing the warning; then not again within the hour.
      expect(await store.touchWorkshopActivity('w', at(200), at(140))).toBe(true);
      expect(await store.getWorkshopRetention('w')).toMatchObject({ lastActivityAt: at(200), warnedAt: null });
      expect(await store.touchWorkshopActivity('w', at(230), at(170))).toBe(false);
      // What was read before the activity no longer claims anything.
      expect(await store.claimRetentionWarning('w', at(240), created)).toBe(false);
      expect(await store.claimRetentionDeletion('w', at(240), at(239), at(200))).toBe(false); // not warned
      await store.setRetentionMonths('w', 6);
      expect((await store.getWorkshopRetention('w'))?.retentionMonths).toBe(6);
    } finally {
      await store.close();
      await handle.dispose();
    }
  });
});

describe('a board edit is activity (SPEC K2)', () => {
  it('an edit from a connection records the workshop’s last activity', async () => {
    const now = new Date(start);
    const t = await startTestServer('sqlite', { now: () => now });
    try {
      const cookie = await ownerCookie(t);
      await t.store.createWorkshop(workshop('w2', { ownerId: 'ac_owner' }));
      await t.store.createBoard(board('w2-b', 'w2'));
      const { token } = (await api(t.base, 'POST', '/api/token', { workshopId: 'w2' }, cookie)).json as { token: string };
      const client = await openSynced(t.collabUrl, 'w2-b', token);
      try {
        expect((await t.store.getWorkshopRetention('w2'))?.lastActivityAt).toBe(at(0));
        client.doc.getArray('notes').push(['an edit']);
        await acknowledged(client);
        await waitFor('the activity', async () => (await t.store.getWorkshopRetention('w2'))?.lastActivityAt === now.toISOString());
      } finally {
        client.destroy();
      }
    } finally {
      await t.dispose();
    }
  });
});

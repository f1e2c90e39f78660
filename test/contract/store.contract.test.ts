import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openStore } from '../../src/server/store/index.js';
import type { BoardState, Store } from '../../src/server/store/index.js';
import { databaseUrl } from '../setup/optional.js';
import { postgresHarness, sqliteHarness, type StoreHarness } from './storeHarness.js';
import {
  account,
  at,
  board,
  bytes,
  group,
  invite,
  participant,
  populate,
  project,
  readWorkshop,
  session,
  utf8,
  workshop,
} from './storeFixtures.js';

/** The keys of map `m` in a board rebuilt from its stored state, sorted. */
function keysOf(state: BoardState): string[] {
  const doc = new Y.Doc();
  if (state.compacted) Y.applyUpdate(doc, state.compacted);
  for (const u of state.updates) Y.applyUpdate(doc, u.update);
  return [...doc.getMap('m').keys()].sort();
}

/** The storage contract (STYLE.md habit 3): every store must pass every case here. */
function storeContract(makeHarness: () => StoreHarness): void {
  let harness: StoreHarness;
  let store: Store;

  beforeEach(async () => {
    harness = makeHarness();
    store = await harness.open();
  });
  afterEach(() => harness.dispose());

  it('reports its kind and answers ping', async () => {
    expect(store.kind).toBe(harness.kind);
    await store.ping();
  });

  it('migrations are idempotent: migrating again and opening twice keep the data', async () => {
    await store.setSetting('k', 'v');
    await store.migrate();
    await store.migrate();
    const [again, alsoAgain] = await Promise.all([harness.open(), harness.open()]);
    expect(await again.getSetting('k')).toBe('v');
    expect(await alsoAgain.getSetting('k')).toBe('v');
  });

  it('several first opens at once migrate once', async () => {
    const fresh = makeHarness();
    try {
      const opened = await Promise.all([fresh.open(), fresh.open(), fresh.open()]);
      await opened[0]?.setSetting('k', 'v');
      expect(await opened[2]?.getSetting('k')).toBe('v');
    } finally {
      await fresh.dispose();
    }
  });

  it('settings: missing is null, set then overwrite', async () => {
    expect(await store.getSetting('secret')).toBeNull();
    await store.setSetting('secret', 'one');
    await store.setSetting('secret', 'two');
    expect(await store.getSetting('secret')).toBe('two');
  });

  it('M3: settingOnce keeps the first value stored, however many propose one at once', async () => {
    const fresh = makeHarness();
    try {
      const opened = await Promise.all([fresh.open(), fresh.open(), fresh.open()]);
      const agreed = await Promise.all(opened.map((s, i) => s.settingOnce('first', `value ${i}`)));
      expect(new Set(agreed).size).toBe(1);
      expect(await opened[0]!.getSetting('first')).toBe(agreed[0]);
      expect(await opened[1]!.settingOnce('first', 'later')).toBe(agreed[0]);
    } finally {
      await fresh.dispose();
    }
  });

  it('accounts: create, get by id and email, list oldest first', async () => {
    const admin = account('acc2', { isAdmin: true, createdAt: at(1), email: 'Ann@Example.org' });
    await store.createAccount(admin);
    await store.createAccount(account('acc1'));
    expect(await store.getAccount('acc2')).toEqual(admin);
    expect(await store.getAccountByEmail('Ann@Example.org')).toEqual(admin);
    expect(await store.getAccountByEmail('ann@example.org')).toEqual(admin);
    expect(await store.getAccount('nope')).toBeNull();
    expect(await store.getAccountByEmail('nobody@example.org')).toBeNull();
    expect((await store.listAccounts()).map((a) => [a.id, a.isAdmin])).toEqual([
      ['acc1', false],
      ['acc2', true],
    ]);
  });

  it('accounts: a taken email throws ACCOUNT_EXISTS, whatever its case', async () => {
    await store.createAccount(account('acc1', { email: 'ann@example.org' }));
    await expect(store.createAccount(account('acc2', { email: 'ann@example.org' }))).rejects.toMatchObject({ code: 'ACCOUNT_EXISTS' });
    await expect(store.createAccount(account('acc3', { email: 'ANN@example.org' }))).rejects.toMatchObject({ code: 'ACCOUNT_EXISTS' });
    expect(await store.listAccounts()).toHaveLength(1);
  });

  it('sessions: create, get, delete, and expiry deletes only those before now', async () => {
    await store.createAccount(account('acc1'));
    await store.createSession(session('old', { accountId: 'acc1', expiresAt: at(10) }));
    await store.createSession(session('edge', { accountId: 'acc1', expiresAt: at(20) }));
    await store.createSession(session('new', { accountId: 'acc1', expiresAt: at(30) }));
    expect(await store.getSession('old')).toEqual(session('old', { accountId: 'acc1', expiresAt: at(10) }));
    expect(await store.deleteExpiredSessions(at(20))).toBe(1);
    expect(await store.getSession('old')).toBeNull();
    expect(await store.getSession('edge')).not.toBeNull();
    await store.deleteSession('new');
    expect(await store.getSession('new')).toBeNull();
    expect(await store.deleteExpiredSessions(at(100))).toBe(1);
  });

  it('workshops: create, get, update, list newest first and by owner', async () => {
    await store.createAccount(account('acc1'));
    const w1 = workshop('w1', { createdAt: at(1), ownerId: 'acc1', meetingLink: 'https://meet.example.org/x' });
    await store.createWorkshop(w1);
    await store.createWorkshop(workshop('w2', { createdAt: at(2) }));
    await store.createWorkshop(workshop('w3', { createdAt: at(3), ownerId: 'acc1' }));
    expect(await store.getWorkshop('w1')).toEqual(w1);
    expect(await store.getWorkshop('nope')).toBeNull();
    const changed = {
      ...w1,
      title: 'Renamed',
      agenda: [{ id: 'b', title: 'Break', kind: 'break' as const, minutes: 5 }],
      meetingLink: null,
    };
    await store.updateWorkshop(changed);
    expect(await store.getWorkshop('w1')).toEqual(changed);
    expect((await store.listWorkshops()).map((w) => w.id)).toEqual(['w3', 'w2', 'w1']);
    expect((await store.listWorkshops('acc1')).map((w) => w.id)).toEqual(['w3', 'w1']);
    expect(await store.listWorkshops('nobody')).toEqual([]);
  });

  it('projects list in creation order; groups by position', async () => {
    await store.createWorkshop(workshop('w1'));
    await store.createWorkshop(workshop('w2'));
    for (const [id, title] of [
      ['p-z', 'Zebra crossings'],
      ['p-a', 'Air quality'],
      ['p-m', 'Mobility'],
    ]) {
      await store.createProject(project(id ?? '', 'w1', title));
    }
    await store.createProject(project('p-other', 'w2'));
    expect((await store.listProjects('w1')).map((p) => p.id)).toEqual(['p-z', 'p-a', 'p-m']);
    expect(await store.listProjects('w1')).toContainEqual(project('p-a', 'w1', 'Air quality'));
    await store.createGroup(group('g-b', 'w1', 2));
    await store.createGroup(group('g-a', 'w1', 1));
    await store.createGroup(group('g-c', 'w1', 3));
    expect((await store.listGroups('w1')).map((g) => g.id)).toEqual(['g-a', 'g-b', 'g-c']);
    expect(await store.getGroup('g-b')).toEqual(group('g-b', 'w1', 2));
    expect(await store.getGroup('nope')).toBeNull();
    expect(await store.listGroups('w2')).toEqual([]);
  });

  it('participants: create, get, list by join time, move between groups', async () => {
    await store.createWorkshop(workshop('w1'));
    await store.createGroup(group('g1', 'w1', 1));
    const late = participant('p1', 'w1', { createdAt: at(9), role: 'observer', name: 'Zoë Ødegård' });
    await store.createParticipant(late);
    await store.createParticipant(participant('p2', 'w1', { createdAt: at(5), groupId: 'g1' }));
    expect(await store.getParticipant('p1')).toEqual(late);
    expect(await store.getParticipant('nope')).toBeNull();
    expect((await store.listParticipants('w1')).map((p) => p.id)).toEqual(['p2', 'p1']);
    await store.setParticipantGroup('p1', 'g1');
    expect((await store.getParticipant('p1'))?.groupId).toBe('g1');
    await store.setParticipantGroup('p1', null);
    expect((await store.getParticipant('p1'))?.groupId).toBeNull();
  });

  it('A10: a removed participant is left out of every read, loses their sessions, and is listed by the invite they joined with until then', async () => {
    await store.createWorkshop(workshop('w1'));
    await store.createInvite(invite('code-a', 'w1'));
    await store.createParticipant(participant('p1', 'w1', { createdAt: at(1) }), 'code-a');
    await store.createParticipant(participant('p2', 'w1', { createdAt: at(2) }), 'code-a');
    await store.createParticipant(participant('p3', 'w1', { createdAt: at(3) }));
    await store.createSession(session('s1', { participantId: 'p1', expiresAt: at(100) }));
    await store.createSession(session('s2', { participantId: 'p2', expiresAt: at(100) }));
    expect((await store.listParticipantsJoinedWith('code-a')).map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(await store.removeParticipant('p1', at(10))).toBe(true);
    expect(await store.removeParticipant('p1', at(11))).toBe(false);
    expect(await store.removeParticipant('nope', at(11))).toBe(false);
    expect(await store.getParticipant('p1')).toBeNull();
    expect((await store.listParticipants('w1')).map((p) => p.id)).toEqual(['p2', 'p3']);
    expect((await store.listParticipantsJoinedWith('code-a')).map((p) => p.id)).toEqual(['p2']);
    expect(await store.getSession('s1')).toBeNull();
    expect(await store.getSession('s2')).not.toBeNull();
    expect(await store.deleteWorkshop('w1')).toBe(true);
  });

  it('invites: create, get, list by creation, revoke once', async () => {
    await store.createWorkshop(workshop('w1'));
    await store.createInvite(invite('code-b', 'w1', { role: 'facilitator', createdAt: at(2) }));
    await store.createInvite(invite('code-a', 'w1', { createdAt: at(3) }));
    expect((await store.listInvites('w1')).map((i) => i.code)).toEqual(['code-b', 'code-a']);
    expect(await store.getInvite('code-b')).toEqual(invite('code-b', 'w1', { role: 'facilitator', createdAt: at(2) }));
    expect(await store.revokeInvite('code-b', at(10))).toBe(true);
    expect(await store.revokeInvite('code-b', at(20))).toBe(true);
    expect((await store.getInvite('code-b'))?.revokedAt).toBe(at(10));
    expect((await store.getInvite('code-a'))?.revokedAt).toBeNull();
    expect(await store.revokeInvite('nope', at(10))).toBe(false);
    expect(await store.getInvite('nope')).toBeNull();
  });

  it('boards: create, get, list by creation time then id', async () => {
    await store.createWorkshop(workshop('w1'));
    await store.createGroup(group('g1', 'w1', 1));
    await store.createProject(project('pr1', 'w1'));
    const canvas = board('b-c', 'w1', { kind: 'ethics-canvas', groupId: 'g1', projectId: 'pr1', createdAt: at(1), activityId: 'ethics' });
    await store.createBoard(board('b-b', 'w1', { createdAt: at(2) }));
    await store.createBoard(board('b-a', 'w1', { createdAt: at(2), kind: 'reflection' }));
    await store.createBoard(canvas);
    expect(await store.getBoard('b-c')).toEqual(canvas);
    expect(await store.getBoard('nope')).toBeNull();
    expect((await store.listBoards('w1')).map((b) => b.id)).toEqual(['b-c', 'b-a', 'b-b']);
  });

  it('boards: rename, lock and unlock, delete one with its log and snapshot but nothing else', async () => {
    await store.createWorkshop(workshop('w1'));
    await store.createBoard(board('b1', 'w1', { createdAt: at(1) }));
    await store.createBoard(board('b2', 'w1', { createdAt: at(2) }));
    await store.renameBoard('b1', 'Renamed');
    await store.setBoardLock('b1', at(5));
    expect(await store.getBoard('b1')).toMatchObject({ title: 'Renamed', lockedAt: at(5) });
    await store.setBoardLock('b1', null);
    expect((await store.getBoard('b1'))?.lockedAt).toBeUndefined();
    for (const id of ['b1', 'b2']) {
      await store.appendUpdates(id, [utf8(`update ${id}`)]);
      await store.putBoardSnapshot(id, `{"id":"${id}"}`, at(3));
    }
    expect(await store.deleteBoard('b1')).toBe(true);
    expect(await store.getBoard('b1')).toBeNull();
    expect(await store.getBoardSnapshot('b1')).toBeNull();
    expect(await store.boardSize('b1')).toBe(0);
    expect((await store.listBoards('w1')).map((b) => b.id)).toEqual(['b2']);
    expect((await store.loadBoardState('b2')).updates).toHaveLength(1);
    expect(await store.deleteBoard('b1')).toBe(false);
  });

  it('co-facilitators: add once, list in order, find workshops shared with an account, remove', async () => {
    await store.createAccount(account('owner'));
    await store.createAccount(account('co1', { createdAt: at(1) }));
    await store.createAccount(account('co2', { createdAt: at(2) }));
    await store.createWorkshop(workshop('w1', { ownerId: 'owner', createdAt: at(1) }));
    await store.createWorkshop(workshop('w2', { ownerId: 'co1', createdAt: at(2) }));
    await store.createWorkshop(workshop('w3', { ownerId: 'owner', createdAt: at(3) }));
    await store.addWorkshopFacilitator('w1', 'co2', at(5));
    await store.addWorkshopFacilitator('w1', 'co1', at(6));
    await store.addWorkshopFacilitator('w1', 'co1', at(7));
    expect((await store.listWorkshopFacilitators('w1')).map((a) => a.id)).toEqual(['co2', 'co1']);
    expect(await store.isWorkshopFacilitator('w1', 'co1')).toBe(true);
    expect(await store.isWorkshopFacilitator('w3', 'co1')).toBe(false);
    expect((await store.listWorkshopsFor('co1')).map((w) => w.id)).toEqual(['w2', 'w1']);
    expect((await store.listWorkshopsFor('owner')).map((w) => w.id)).toEqual(['w3', 'w1']);
    // Whole workshops, their titles and agenda readable as getWorkshop gives them (PostgreSQL seals them).
    expect(await store.listWorkshopsFor('owner')).toEqual([await store.getWorkshop('w3'), await store.getWorkshop('w1')]);
    expect(await store.removeWorkshopFacilitator('w1', 'co1')).toBe(true);
    expect(await store.removeWorkshopFacilitator('w1', 'co1')).toBe(false);
    expect((await store.listWorkshopsFor('co1')).map((w) => w.id)).toEqual(['w2']);
    await store.deleteWorkshop('w1');
    expect((await store.listWorkshopsFor('co2')).map((w) => w.id)).toEqual([]);
  });

  describe('board documents', () => {
    beforeEach(async () => {
      await store.createWorkshop(workshop('w1'));
      await store.createBoard(board('b1', 'w1'));
      await store.createBoard(board('b2', 'w1'));
    });

    it('a board never written loads empty', async () => {
      expect(await store.loadBoardState('b1')).toEqual({ compacted: null, compactedSeq: 0, updates: [] });
      expect(await store.boardSize('b1')).toBe(0);
    });

    it('appendUpdates keeps append order per board across calls and returns the last seq', async () => {
      expect(await store.appendUpdates('b1', [bytes(1), bytes(2)])).toBe(2);
      expect(await store.appendUpdates('b2', [bytes(9)])).toBe(1);
      expect(await store.appendUpdates('b1', [bytes(3)])).toBe(3);
      expect(await store.appendUpdates('b1', [])).toBe(3);
      expect(await store.appendUpdates('b1', [bytes(4), bytes(5), bytes(6)])).toBe(6);
      const state = await store.loadBoardState('b1');
      expect(state.compacted).toBeNull();
      expect(state.updates.map((u) => [u.seq, Array.from(u.update)])).toEqual([1, 2, 3, 4, 5, 6].map((n) => [n, [n]]));
      expect((await store.loadBoardState('b2')).updates.map((u) => Array.from(u.update))).toEqual([[9]]);
    });

    it('concurrent appends to one board get distinct, gapless seqs', async () => {
      const lasts = await Promise.all(Array.from({ length: 20 }, (_, i) => store.appendUpdates('b1', [bytes(i), bytes(i)])));
      expect(new Set(lasts).size).toBe(20);
      const seqs = (await store.loadBoardState('b1')).updates.map((u) => u.seq);
      expect(seqs).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    });

    it('appending to an unknown board throws BOARD_NOT_FOUND', async () => {
      await expect(store.appendUpdates('nope', [bytes(1)])).rejects.toMatchObject({ code: 'BOARD_NOT_FOUND' });
    });

    it('compactBoard, then more appends: load gives the compacted state and only later updates', async () => {
      await store.appendUpdates('b1', [bytes(1), bytes(2)]);
      await store.appendUpdates('b1', [bytes(3)]);
      await store.compactBoard('b1', bytes(10, 20, 30), 2);
      expect(await store.appendUpdates('b1', [bytes(4)])).toBe(4);
      const state = await store.loadBoardState('b1');
      expect(state.compacted && Array.from(state.compacted)).toEqual([10, 20, 30]);
      expect(state.compactedSeq).toBe(2);
      expect(state.updates.map((u) => [u.seq, Array.from(u.update)])).toEqual([
        [3, [3]],
        [4, [4]],
      ]);
      await store.compactBoard('b1', bytes(7), 4);
      expect(await store.loadBoardState('b1')).toEqual({ compacted: bytes(7), compactedSeq: 4, updates: [] });
      expect(await store.appendUpdates('b1', [bytes(5)])).toBe(5);
    });

    it('an older compaction never replaces a newer one; one past the log is refused', async () => {
      await store.appendUpdates('b1', [bytes(1), bytes(2), bytes(3)]);
      await store.compactBoard('b1', bytes(3, 3), 3);
      await store.compactBoard('b1', bytes(2, 2), 2);
      expect(await store.loadBoardState('b1')).toEqual({ compacted: bytes(3, 3), compactedSeq: 3, updates: [] });
      await expect(store.compactBoard('b1', bytes(9), 4)).rejects.toThrow(RangeError);
    });

    it("D10: a compaction keeps the updates it replaces that the caller's state lacks (another instance's edit)", async () => {
      // Two server instances on one store: each has the board in memory and appends its own edits.
      const one = new Y.Doc();
      const two = new Y.Doc();
      const edit = (doc: Y.Doc, key: string) => {
        let update: Uint8Array | null = null;
        doc.once('update', (u: Uint8Array) => (update = u));
        doc.getMap('m').set(key, key);
        return update!;
      };
      await store.appendUpdates('b1', [edit(one, 'a1')]);
      await store.appendUpdates('b1', [edit(two, 'b1')]);
      const upto = await store.appendUpdates('b1', [edit(one, 'a2')]);
      // Instance one compacts up to its latest append, which is past b1's seq.
      await store.compactBoard('b1', Y.encodeStateAsUpdate(one), upto);
      const afterOne = await store.loadBoardState('b1');
      expect(afterOne.updates).toEqual([]);
      expect(keysOf(afterOne)).toEqual(['a1', 'a2', 'b1']);
      // Then instance two, which never saw a1 or a2, compacts over it.
      const last = await store.appendUpdates('b1', [edit(two, 'b2')]);
      await store.compactBoard('b1', Y.encodeStateAsUpdate(two), last);
      expect(keysOf(await store.loadBoardState('b1'))).toEqual(['a1', 'a2', 'b1', 'b2']);
    });

    it('D11: a compaction past its own latest append keeps later appends in the log', async () => {
      const doc = new Y.Doc();
      doc.getMap('m').set('x', 1);
      await store.appendUpdates('b1', [Y.encodeStateAsUpdate(doc)]);
      const other = new Y.Doc();
      other.getMap('m').set('y', 2);
      const late = Y.encodeStateAsUpdate(other);
      await store.appendUpdates('b1', [late]);
      await store.compactBoard('b1', Y.encodeStateAsUpdate(doc), 1);
      const state = await store.loadBoardState('b1');
      expect(state.updates).toEqual([{ seq: 2, update: late }]);
      expect(keysOf(state)).toEqual(['x', 'y']);
    });

    it('boardSize counts the compacted state and pending updates in bytes', async () => {
      // Bytes Yjs cannot read (0xff never ends a number), so compaction stores the state as given (D10).
      const opaque = (n: number) => new Uint8Array(n).fill(0xff);
      await store.appendUpdates('b1', [opaque(100), opaque(50)]);
      await store.appendUpdates('b2', [opaque(1000)]);
      expect(await store.boardSize('b1')).toBe(150);
      await store.compactBoard('b1', opaque(120), 1);
      await store.appendUpdates('b1', [opaque(7)]);
      expect(await store.boardSize('b1')).toBe(120 + 50 + 7);
      expect(await store.boardSize('nope')).toBe(0);
    });

    it('snapshots: missing is null, put then overwrite', async () => {
      expect(await store.getBoardSnapshot('b1')).toBeNull();
      await store.putBoardSnapshot('b1', '{"actors":[]}', at(1));
      await store.putBoardSnapshot('b1', '{"actors":[1]}', at(2));
      expect(await store.getBoardSnapshot('b1')).toEqual({ json: '{"actors":[1]}', updatedAt: at(2) });
      expect(await store.getBoardSnapshot('b2')).toBeNull();
    });

    it('D2: appended updates are on disk when appendUpdates resolves', async () => {
      await store.appendUpdates('b1', [utf8('first'), utf8('second')]);
      await store.compactBoard('b1', utf8('state'), 1);
      await store.appendUpdates('b1', [utf8('third')]);
      const afterCrash = await harness.openAfterCrash();
      expect(await afterCrash.loadBoardState('b1')).toEqual({
        compacted: utf8('state'),
        compactedSeq: 1,
        updates: [
          { seq: 2, update: utf8('second') },
          { seq: 3, update: utf8('third') },
        ],
      });
    });
  });

  it('deleteWorkshop removes everything of that workshop and nothing of another', async () => {
    await store.createAccount(account('acc1'));
    await store.createSession(session('acc-session', { accountId: 'acc1' }));
    await populate(store, 'a', 'acc1');
    await populate(store, 'b', 'acc1');
    const other = await readWorkshop(store, 'b-w', 'b');
    expect(await store.deleteWorkshop('a-w')).toBe(true);
    expect(await readWorkshop(store, 'a-w', 'a')).toEqual({
      workshop: null,
      projects: [],
      groups: [],
      group: null,
      participants: [],
      participant: null,
      session: null,
      invites: [],
      invite: null,
      boards: [],
      board: null,
      state: { compacted: null, compactedSeq: 0, updates: [] },
      size: 0,
      snapshot: null,
    });
    expect(await readWorkshop(store, 'b-w', 'b')).toEqual(other);
    expect(await store.getAccount('acc1')).not.toBeNull();
    expect(await store.getSession('acc-session')).not.toBeNull();
    expect((await store.listWorkshops()).map((w) => w.id)).toEqual(['b-w']);
    expect(await store.deleteWorkshop('a-w')).toBe(false);
  });
}

describe('store contract: sqlite', () => storeContract(sqliteHarness));

const url = databaseUrl();
describe.runIf(url !== null)('store contract: postgres', () => {
  storeContract(() => postgresHarness(url ?? ''));

  it('a schema chosen in the URL (the CLI has only --database-url) is created and used', async () => {
    const harness = postgresHarness(url ?? '');
    try {
      const viaUrl = new URL(url ?? '');
      viaUrl.searchParams.set('options', `-c search_path=${harness.pgSchema}`);
      const first = await openStore({ databaseUrl: viaUrl.toString() });
      await first.setSetting('k', 'from the URL');
      await first.close();
      expect(await (await harness.open()).getSetting('k')).toBe('from the URL');
    } finally {
      await harness.dispose();
    }
  });
});

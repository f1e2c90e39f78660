import { afterEach, beforeEach, expect, it } from 'vitest';
import type { AtlasDecision } from '../../src/domain/atlas/index.js';
import type { Store } from '../../src/server/store/index.js';
import { forEachStore, type StoreHarness } from './storeHarness.js';
import {
  account,
  at,
  board,
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

/**
 * The workshop records (WorkshopRecords): settings, accounts, sessions, workshops and what is
 * in them, boards' records. Every store passes every case. Deleting a board or a workshop
 * deletes its log too, so those cases write a little of the board log (BoardLog) to check it.
 */
forEachStore('workshop records', (makeHarness) => {
  let harness: StoreHarness;
  let store: Store;

  beforeEach(async () => {
    harness = makeHarness();
    store = await harness.open();
  });
  afterEach(() => harness.dispose());

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

  it('I3: identity links: an identity is one account, an account has one identity at an issuer, and a refused link changes nothing', async () => {
    const issuer = 'https://login.example.org';
    await store.createAccount(account('acc1', { email: 'ann@example.org' }));
    await store.createAccount(account('acc2', { email: 'bo@example.org' }));
    expect(await store.getAccountByIdentity(issuer, 'sub-ann')).toBeNull();
    expect(await store.linkIdentity({ issuer, subject: 'sub-ann', accountId: 'acc1', linkedAt: at(1) })).toBe(true);
    expect(await store.getAccountByIdentity(issuer, 'sub-ann')).toEqual(await store.getAccount('acc1'));
    // The same identity to another account, or another identity at the same issuer to acc1: refused.
    expect(await store.linkIdentity({ issuer, subject: 'sub-ann', accountId: 'acc2', linkedAt: at(2) })).toBe(false);
    expect(await store.linkIdentity({ issuer, subject: 'sub-new', accountId: 'acc1', linkedAt: at(2) })).toBe(false);
    expect(await store.getAccountByIdentity(issuer, 'sub-ann')).toMatchObject({ id: 'acc1' });
    expect(await store.getAccountByIdentity(issuer, 'sub-new')).toBeNull();
    // Another issuer is another namespace of subjects.
    expect(await store.linkIdentity({ issuer: 'https://other.example.org', subject: 'sub-ann', accountId: 'acc2', linkedAt: at(3) })).toBe(
      true,
    );
    expect(await store.getAccountByIdentity('https://other.example.org', 'sub-ann')).toMatchObject({ id: 'acc2' });
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

  it('T1: a workshop keeps its city as typed, changes it, and reads back without one once it is removed', async () => {
    const w = workshop('w1', { city: 'Coventry  upon Avon' });
    await store.createWorkshop(w);
    await store.createWorkshop(workshop('w2'));
    expect(await store.getWorkshop('w1')).toEqual(w);
    expect(await store.getWorkshop('w2')).not.toHaveProperty('city');
    await store.updateWorkshop({ ...w, city: 'Leeds' });
    expect((await store.getWorkshop('w1'))?.city).toBe('Leeds');
    const { city: _gone, ...without } = w;
    await store.updateWorkshop(without);
    expect(await store.getWorkshop('w1')).toEqual(without);
    expect((await store.listWorkshops()).find((x) => x.id === 'w1')).toEqual(without);
  });

  it('F6: a workshop keeps its language, changes it, and reads back without one once it is removed (migration 016)', async () => {
    const w = workshop('w1', { language: 'cy' });
    await store.createWorkshop(w);
    await store.createWorkshop(workshop('w2'));
    expect(await store.getWorkshop('w1')).toEqual(w);
    expect(await store.getWorkshop('w2')).not.toHaveProperty('language');
    await store.updateWorkshop({ ...w, language: 'de' });
    expect((await store.getWorkshop('w1'))?.language).toBe('de');
    expect((await store.listWorkshops()).find((x) => x.id === 'w1')?.language).toBe('de');
    const { language: _gone, ...without } = w;
    await store.updateWorkshop(without);
    expect(await store.getWorkshop('w1')).toEqual(without);
  });

  it('T4, T5: atlas decisions belong to a city: one per pair (the later replaces it), listed oldest first, deleted one by one, kept when a workshop goes', async () => {
    await store.createAccount(account('acc1'));
    await populate(store, 'a', 'acc1');
    const decision = (id: string, over: Partial<AtlasDecision> = {}): AtlasDecision => ({
      id,
      cityKey: 'coventry',
      kind: 'accept',
      a: 'actor:council insights team',
      b: 'actor:coventry city council insights',
      decidedBy: 'acc1',
      decidedAt: at(1),
      ...over,
    });
    const first = await store.putAtlasDecision(decision('d1'));
    expect(first).toEqual(decision('d1'));
    // The same pair the other way round, rejected later: replaces the first, keeping its id.
    const second = await store.putAtlasDecision(
      decision('d2', { kind: 'reject', a: 'actor:coventry city council insights', b: 'actor:council insights team', decidedAt: at(2) }),
    );
    expect(second).toEqual(decision('d1', { kind: 'reject', decidedAt: at(2) }));
    const split = decision('d3', { kind: 'split', a: 'actor:fire service', b: 'bd1/a7', decidedAt: at(3), decidedBy: null });
    await store.putAtlasDecision(split);
    await store.putAtlasDecision(decision('d4', { cityKey: 'leeds' }));
    expect(await store.listAtlasDecisions('coventry')).toEqual([second, split]);
    expect(await store.deleteWorkshop('a-w')).toBe(true);
    expect(await store.listAtlasDecisions('coventry')).toEqual([second, split]);
    expect(await store.deleteAtlasDecision('leeds', 'd1')).toBe(false);
    expect(await store.deleteAtlasDecision('coventry', 'd1')).toBe(true);
    expect(await store.listAtlasDecisions('coventry')).toEqual([split]);
    expect(await store.listAtlasDecisions('nowhere')).toEqual([]);
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

  it('R1–R6: private rounds: open once, notes only into an open round, listed per person, ended with their notes, deleted with a writer or the board', async () => {
    await store.createWorkshop(workshop('w'));
    await store.createBoard(board('b', 'w'));
    await store.createBoard(board('b2', 'w'));
    for (const id of ['ann', 'ben']) await store.createParticipant(participant(id, 'w'));
    const note = (id: string, boardId: string, participantId: string, minute: number) => ({
      id,
      boardId,
      participantId,
      text: `Note ${id} «ü»`,
      column: id.startsWith('r') ? ('keep' as const) : null,
      anonymous: id.startsWith('r'),
      authorName: participantId === 'ann' ? 'Ann' : 'Ben',
      createdAt: at(minute),
    });
    await expect(store.addPrivateNote(note('n0', 'b', 'ann', 0))).rejects.toMatchObject({ code: 'NO_PRIVATE_ROUND' });
    const first = await store.openPrivateRound({ boardId: 'b', workshopId: 'w', openedBy: 'account:a', openedAt: at(1) });
    expect(await store.openPrivateRound({ boardId: 'b', workshopId: 'w', openedBy: 'account:z', openedAt: at(2) })).toEqual(first);
    expect(await store.getPrivateRound('b')).toEqual({ boardId: 'b', workshopId: 'w', openedBy: 'account:a', openedAt: at(1) });
    expect(await store.getPrivateRound('b2')).toBeNull();
    await store.addPrivateNote(note('n2', 'b', 'ben', 3));
    await store.addPrivateNote(note('r1', 'b', 'ann', 2));
    await store.addPrivateNote(note('n3', 'b', 'ann', 4));
    expect((await store.listPrivateNotes('b')).map((n) => n.id)).toEqual(['r1', 'n2', 'n3']);
    expect(await store.listPrivateNotes('b', 'ann')).toEqual([note('r1', 'b', 'ann', 2), note('n3', 'b', 'ann', 4)]);
    expect(await store.deletePrivateNote('b', 'ben', 'n3')).toBe(false); // Ann's: Ben cannot take it back
    await store.addPrivateNote(note('n9', 'b', 'ben', 9));
    expect(await store.deletePrivateNote('b', 'ben', 'n9')).toBe(true);
    expect(await store.deletePrivateNotesOf('ben')).toBe(1);
    expect((await store.listPrivateNotes('b')).map((n) => n.id)).toEqual(['r1', 'n3']);
    expect(await store.endPrivateRound('b')).toBe(true);
    expect(await store.endPrivateRound('b')).toBe(false);
    expect(await store.listPrivateNotes('b')).toEqual([]);
    // A board's deletion takes its round and notes with it.
    await store.openPrivateRound({ boardId: 'b2', workshopId: 'w', openedBy: 'ann', openedAt: at(5) });
    await store.addPrivateNote(note('n4', 'b2', 'ann', 6));
    expect(await store.deleteBoard('b2')).toBe(true);
    expect(await store.getPrivateRound('b2')).toBeNull();
    expect(await store.listPrivateNotes('b2')).toEqual([]);
  });

  it('R4: a reveal is claimed once (compare-and-set on the round); after the claim no note goes in or comes back; a stale claim is taken over', async () => {
    await store.createWorkshop(workshop('w'));
    await store.createBoard(board('b', 'w'));
    await store.createParticipant(participant('ann', 'w'));
    const note = (id: string) => ({
      id,
      boardId: 'b',
      participantId: 'ann',
      text: `Note ${id}`,
      column: null,
      anonymous: false,
      authorName: 'Ann',
      createdAt: at(1),
    });
    expect(await store.claimPrivateRoundReveal('b', at(2), at(0))).toBe(false); // no round
    await store.openPrivateRound({ boardId: 'b', workshopId: 'w', openedBy: 'account:a', openedAt: at(1) });
    await store.addPrivateNote(note('n1'));
    await store.addPrivateNote(note('n2'));
    // Eight claims at once: exactly one wins.
    const claims = await Promise.all(Array.from({ length: 8 }, () => store.claimPrivateRoundReveal('b', at(3), at(0))));
    expect(claims.filter(Boolean)).toHaveLength(1);
    await expect(store.addPrivateNote(note('n3'))).rejects.toMatchObject({ code: 'NO_PRIVATE_ROUND' });
    expect(await store.deletePrivateNote('b', 'ann', 'n1')).toBe(false);
    expect((await store.listPrivateNotes('b')).map((n) => n.id)).toEqual(['n1', 'n2']);
    expect(await store.getPrivateRound('b')).not.toBeNull();
    // The claim (at minute 3) is stale once "stale" means made before minute 4: another reveal takes over.
    expect(await store.claimPrivateRoundReveal('b', at(9), at(3))).toBe(false);
    expect(await store.claimPrivateRoundReveal('b', at(9), at(4))).toBe(true);
    expect(await store.endPrivateRound('b')).toBe(true);
    expect(await store.claimPrivateRoundReveal('b', at(10), at(20))).toBe(false);
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
});

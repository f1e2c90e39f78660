import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { castVote, closeVoting, openVoting, voteKey, votesMap } from '../../src/doc/control/index.js';
import type { VotingRound } from '../../src/domain/facilitation/index.js';
import type { Board } from '../../src/domain/index.js';
import { ensureControlDocument } from '../../src/server/services/agendaBoards.js';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import { acknowledged, api, openSynced, startTestServer, type BoardClient, type TestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';

/**
 * SPEC V3 over /collab: the server undoes a client's vote change it would refuse (another
 * person's dots, another group's board, a closed round, over the budget), so every replica
 * and the store end without it; a change it accepts stays.
 */
describe('V3: the server keeps only the votes a client may cast', () => {
  let t: TestServer;
  let map: Board;
  let controlId: string;
  const round: VotingRound = { id: 'round1', boardId: '', votesPerPerson: 2, reveal: 'live', status: 'open' };
  const clients: BoardClient[] = [];
  const people: Record<'ann' | 'zoe', { id: string; token: string }> = {} as never;

  async function appendControl(write: (doc: Y.Doc) => void): Promise<void> {
    const state = await t.store.loadBoardState(controlId);
    const doc = new Y.Doc();
    if (state.compacted) Y.applyUpdate(doc, state.compacted);
    for (const u of state.updates) Y.applyUpdate(doc, u.update);
    const before = Y.encodeStateVector(doc);
    write(doc);
    await t.store.appendUpdates(controlId, [Y.encodeStateAsUpdate(doc, before)]);
  }

  beforeAll(async () => {
    t = await startTestServer('sqlite');
    const now = new Date();
    const demo = await createDemoWorkshop(t.store, now);
    const [group1, group2] = demo.groups;
    map = demo.boards.find((b) => b.kind === 'ecosystem-map' && b.groupId === group1!.id)!;
    round.boardId = map.id;
    for (const [name, group] of [
      ['ann', group1!],
      ['zoe', group2!],
    ] as const) {
      const code = `vote-guard-${name}-invite-code-000000`;
      await t.store.createInvite({
        code,
        workshopId: demo.workshop.id,
        role: 'participant',
        groupId: group.id,
        createdAt: now.toISOString(),
        revokedAt: null,
      });
      const joined = await api(t.base, 'POST', '/api/join', { invite: code, name, organisation: 'Test' });
      people[name] = { id: joined.json.participant.id as string, token: joined.json.token as string };
    }
    controlId = (await ensureControlDocument(t.store, demo.workshop.id, now)).id;
    await appendControl((doc) => openVoting(doc, round));
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await t.dispose();
  });

  async function client(who: 'ann' | 'zoe'): Promise<BoardClient> {
    const c = await openSynced(t.collabUrl, map.id, people[who].token);
    clients.push(c);
    return c;
  }

  /** Waits until the server undid `key` on this replica (no value, or `before`). */
  const undone = (c: BoardClient, key: string, before?: unknown) =>
    waitFor(`${key} undone`, () => JSON.stringify(votesMap(c.doc).get(key)) === JSON.stringify(before));

  it('keeps a participant’s own dots within the budget, and undoes dots written for someone else', async () => {
    const ann = await client('ann');
    expect(castVote(ann.doc, round, people.ann.id, 'n1')).toBe(true);
    await acknowledged(ann);
    votesMap(ann.doc).set(voteKey('round1', 'pt_someone_else'), ['n1', 'n1']);
    await acknowledged(ann);
    await undone(ann, voteKey('round1', 'pt_someone_else'));
    // Over the budget, written by hand: put back to what it was.
    votesMap(ann.doc).set(voteKey('round1', people.ann.id), ['n1', 'n1', 'n1']);
    await undone(ann, voteKey('round1', people.ann.id), ['n1']);
    expect(votesMap(ann.doc).get(voteKey('round1', people.ann.id))).toEqual(['n1']);
  });

  it('undoes a dot from another group’s member, and any dot once the round is closed; the store ends without them', async () => {
    const zoe = await client('zoe');
    votesMap(zoe.doc).set(voteKey('round1', people.zoe.id), ['n1']);
    await undone(zoe, voteKey('round1', people.zoe.id));

    await appendControl((doc) => closeVoting(doc, 'round1'));
    const ann = clients[0]!;
    votesMap(ann.doc).set(voteKey('round1', people.ann.id), ['n1', 'n2']);
    await undone(ann, voteKey('round1', people.ann.id), ['n1']);

    // A fresh reader (the store, after the server compacts) sees only the dot that was allowed.
    const reader = await client('ann');
    await waitFor('the reader to see the kept dot', () => votesMap(reader.doc).get(voteKey('round1', people.ann.id)));
    expect(Object.fromEntries(votesMap(reader.doc).entries())).toEqual({ [voteKey('round1', people.ann.id)]: ['n1'] });
  });
});

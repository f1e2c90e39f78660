import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardTally, castVote, readBoardVotes, readVoterDots, retractVote, voteKey, votesMap } from '../../../src/doc/control/index.js';
import type { VotingRound } from '../../../src/domain/facilitation/index.js';

const round: VotingRound = { id: 'r1', boardId: 'b1', votesPerPerson: 2, reveal: 'live', status: 'open' };

describe('votes on a board', () => {
  it('casts dots into the voter’s own key, up to the budget', () => {
    const board = new Y.Doc();
    expect(castVote(board, round, 'ann', 'n1')).toBe(true);
    expect(castVote(board, round, 'ann', 'n1')).toBe(true);
    expect(castVote(board, round, 'ann', 'n2')).toBe(false);
    expect(votesMap(board).get(voteKey('r1', 'ann'))).toEqual(['n1', 'n1']);
    expect(castVote(board, round, 'bob', 'n2')).toBe(true);
    expect(boardTally(board, round)).toEqual([
      { targetId: 'n1', votes: 2 },
      { targetId: 'n2', votes: 1 },
    ]);
  });

  it('a closed round takes no dots and gives none back', () => {
    const board = new Y.Doc();
    castVote(board, round, 'ann', 'n1');
    const closed = { ...round, status: 'closed' as const };
    expect(castVote(board, closed, 'ann', 'n2')).toBe(false);
    expect(retractVote(board, closed, 'ann', 'n1')).toBe(false);
    expect(boardTally(board, closed)).toEqual([{ targetId: 'n1', votes: 1 }]);
  });

  it('retracts the last dot on a target', () => {
    const board = new Y.Doc();
    castVote(board, round, 'ann', 'n1');
    castVote(board, round, 'ann', 'n2');
    expect(retractVote(board, round, 'ann', 'n1')).toBe(true);
    expect(retractVote(board, round, 'ann', 'n1')).toBe(false);
    expect(readVoterDots(board, round, 'ann')).toEqual(['n2']);
  });

  it('ignores, deterministically, dots a peer wrote beyond the budget: the first placed count', () => {
    const board = new Y.Doc();
    votesMap(board).set(voteKey('r1', 'mallory'), ['n1', 'n1', 'n1', 'n1', 'n2']);
    expect(readBoardVotes(board, round)).toEqual([
      { roundId: 'r1', voterId: 'mallory', targetId: 'n1' },
      { roundId: 'r1', voterId: 'mallory', targetId: 'n1' },
    ]);
    // Casting on top of an overspent key is refused, not added.
    expect(castVote(board, round, 'mallory', 'n3')).toBe(false);
  });

  it('never throws on malformed values and keys; bad entries are skipped', () => {
    const board = new Y.Doc();
    const map = votesMap(board);
    map.set(voteKey('r1', 'a'), 'n1');
    map.set(voteKey('r1', 'b'), [42, null, 'n1', '', { id: 'n2' }, 'n2']);
    map.set(voteKey('r1', 'c'), new Y.Array());
    map.set('r1:', ['n1']);
    map.set('r10:d', ['n9']);
    map.set('r2:e', ['n9']);
    map.set('garbage', ['n9']);
    expect(readBoardVotes(board, round)).toEqual([
      { roundId: 'r1', voterId: 'b', targetId: 'n1' },
      { roundId: 'r1', voterId: 'b', targetId: 'n2' },
    ]);
  });

  it('lists votes in the same order whatever order keys were inserted in', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    castVote(a, round, 'zed', 'n1');
    castVote(a, round, 'ann', 'n2');
    castVote(b, round, 'ann', 'n2');
    castVote(b, round, 'zed', 'n1');
    expect(readBoardVotes(a, round).map((v) => v.voterId)).toEqual(['ann', 'zed']);
    expect(readBoardVotes(b, round)).toEqual(readBoardVotes(a, round));
  });

  it('dots on a deleted target neither count nor spend the budget', () => {
    const board = new Y.Doc();
    castVote(board, round, 'ann', 'n1');
    castVote(board, round, 'ann', 'gone');
    const exists = (id: string) => id !== 'gone';
    expect(readBoardVotes(board, round, exists)).toHaveLength(1);
    expect(castVote(board, round, 'ann', 'n3', exists)).toBe(true);
    expect(castVote(board, round, 'ann', 'gone', exists)).toBe(false);
    expect(readVoterDots(board, round, 'ann', exists)).toEqual(['n1', 'n3']);
  });

  it('two voters on two replicas merge; two tabs of one voter never overspend', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const one = { ...round, votesPerPerson: 1 };
    castVote(a, one, 'ann', 'n1');
    castVote(b, one, 'bob', 'n2');
    castVote(b, one, 'ann', 'n3'); // ann's second tab, before the first tab's dot arrived
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(readBoardVotes(a, one)).toEqual(readBoardVotes(b, one));
    expect(readBoardVotes(a, one).filter((v) => v.voterId === 'ann')).toHaveLength(1);
    expect(readBoardVotes(a, one).filter((v) => v.voterId === 'bob')).toHaveLength(1);
  });
});

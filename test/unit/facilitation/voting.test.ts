import { describe, expect, it } from 'vitest';
import { canVote, resultsVisible, tally, votesLeft, checkVotingRound, withinBudget } from '../../../src/domain/facilitation/index.js';
import type { Vote, VotingRound } from '../../../src/domain/facilitation/index.js';

const round: VotingRound = { id: 'r1', boardId: 'b1', votesPerPerson: 3, reveal: 'live', status: 'open' };
const vote = (voterId: string, targetId: string, roundId = 'r1'): Vote => ({ roundId, voterId, targetId });

describe('voting', () => {
  it('tallies dots per target, most first, equal counts by id', () => {
    const votes = [vote('ann', 'n2'), vote('ann', 'n1'), vote('bob', 'n2'), vote('bob', 'n3'), vote('cat', 'n1'), vote('cat', 'n2')];
    expect(tally(votes)).toEqual([
      { targetId: 'n2', votes: 3 },
      { targetId: 'n1', votes: 2 },
      { targetId: 'n3', votes: 1 },
    ]);
    expect(tally([])).toEqual([]);
  });

  it('lets a voter stack dots on one target', () => {
    expect(tally([vote('ann', 'n1'), vote('ann', 'n1')])).toEqual([{ targetId: 'n1', votes: 2 }]);
  });

  it('canVote enforces the budget per voter and per round', () => {
    const votes = [vote('ann', 'a'), vote('ann', 'b'), vote('bob', 'a'), vote('ann', 'c', 'r0')];
    expect(votesLeft(round, 'ann', votes)).toBe(1);
    expect(canVote(round, 'ann', votes)).toBe(true);
    expect(canVote(round, 'ann', [...votes, vote('ann', 'c')])).toBe(false);
    expect(votesLeft(round, 'newcomer', votes)).toBe(3);
  });

  it('a closed round takes no more dots', () => {
    expect(canVote({ ...round, status: 'closed' }, 'ann', [])).toBe(false);
    expect(votesLeft({ ...round, status: 'closed' }, 'ann', [])).toBe(0);
  });

  it('withinBudget keeps each voter’s first dots and drops other rounds', () => {
    const votes = [vote('ann', 'a'), vote('bob', 'x'), vote('ann', 'b'), vote('ann', 'c'), vote('ann', 'd'), vote('ann', 'e', 'r2')];
    expect(withinBudget(round, votes).map((v) => `${v.voterId}:${v.targetId}`)).toEqual(['ann:a', 'bob:x', 'ann:b', 'ann:c']);
  });

  it('with reveal at the end, only facilitators see counts while the round is open', () => {
    const atEnd = { ...round, reveal: 'end' as const };
    expect(resultsVisible(atEnd, 'participant')).toBe(false);
    expect(resultsVisible(atEnd, 'observer')).toBe(false);
    expect(resultsVisible(atEnd, 'facilitator')).toBe(true);
    expect(resultsVisible({ ...atEnd, status: 'closed' }, 'participant')).toBe(true);
    expect(resultsVisible(round, 'participant')).toBe(true);
  });

  it('a round id may not hold a colon (it is part of the board’s vote keys); the budget is 1–20', () => {
    expect(checkVotingRound(round)).toEqual({ ok: true, value: round });
    expect(checkVotingRound({ ...round, id: 'a:b' }).ok).toBe(false);
    expect(checkVotingRound({ ...round, votesPerPerson: 0 }).ok).toBe(false);
    expect(checkVotingRound({ ...round, votesPerPerson: 21 }).ok).toBe(false);
    expect(checkVotingRound({ ...round, reveal: 'never' }).ok).toBe(false);
  });
});

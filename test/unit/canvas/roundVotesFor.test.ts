import { describe, expect, it } from 'vitest';
import { addNote } from '../../../src/doc/canvas/index.js';
import { castVote } from '../../../src/doc/control/index.js';
import type { VotingRound } from '../../../src/domain/facilitation/index.js';
import { roundVotesFor } from '../../../src/web/canvas/roundVotesFor.js';
import { must, newCanvasDoc } from './docHelpers.js';

// The canvas page's reading of round votes (SPEC V5, V4); the page itself is in e2e/ethics-canvas.test.ts.
describe('a canvas page’s votes from rounds', () => {
  const closed: VotingRound = { id: 'r1', boardId: 'c', votesPerPerson: 2, reveal: 'end', status: 'closed' };
  const openAtEnd: VotingRound = { id: 'r2', boardId: 'c', votesPerPerson: 2, reveal: 'end', status: 'open' };
  const elsewhere: VotingRound = { id: 'r3', boardId: 'other', votesPerPerson: 2, reveal: 'live', status: 'open' };

  function board() {
    const doc = newCanvasDoc();
    must(addNote(doc, { id: 'a', section: 'purpose', text: 'a', author: 'Ann' }));
    for (const round of [closed, openAtEnd]) expect(castVote(doc, { ...round, status: 'open' }, 'p1', 'a')).toBe(true);
    expect(castVote(doc, elsewhere, 'p1', 'a')).toBe(true);
    return doc;
  }
  const everyone = () => true;

  it('V5: a participant’s screen leaves out an open round whose counts show at the end; an export counts it', () => {
    const votes = roundVotesFor(board(), 'c', [closed, openAtEnd, elsewhere], 'participant', everyone);
    expect(votes.shown.get('a')).toBe(1);
    expect(votes.all.get('a')).toBe(2);
  });

  it('V5: a facilitator sees every round’s dots; rounds on other boards never count', () => {
    const votes = roundVotesFor(board(), 'c', [closed, openAtEnd, elsewhere], 'facilitator', everyone);
    expect(votes.shown.get('a')).toBe(2);
    expect(votes.all.get('a')).toBe(2);
  });

  it('V3: dots from people who may not vote on the canvas do not count', () => {
    const votes = roundVotesFor(board(), 'c', [closed], 'participant', (id) => id !== 'p1');
    expect(votes.all.size).toBe(0);
  });
});

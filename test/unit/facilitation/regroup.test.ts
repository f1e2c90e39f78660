import { describe, expect, it } from 'vitest';
import { matchRegroup, regroupMoves } from '../../../src/domain/facilitation/index.js';

const groups = [
  { id: 'g1', position: 0 },
  { id: 'g2', position: 1 },
];

describe('regrouping a workshop under way', () => {
  it('matches each new set to the group most of its people are in already, so few people move', () => {
    // Group 2 built a map (ann, bob, cat); a new split that keeps them together must keep them in Group 2.
    const current = new Map<string, string | null>([
      ['ann', 'g2'],
      ['bob', 'g2'],
      ['cat', 'g2'],
      ['dan', 'g1'],
      ['eve', 'g1'],
      ['fay', null],
    ]);
    const split = [
      ['ann', 'bob', 'cat'],
      ['dan', 'eve', 'fay'],
    ];
    const targets = matchRegroup(split, groups, current);
    expect(targets).toEqual([
      { groupId: 'g2', participantIds: ['ann', 'bob', 'cat'] },
      { groupId: 'g1', participantIds: ['dan', 'eve', 'fay'] },
    ]);
    expect(regroupMoves(targets, current)).toEqual([{ participantId: 'fay', from: null, to: 'g1' }]);
  });

  it('sets beyond the existing groups become new groups, and everyone in them moves', () => {
    const current = new Map<string, string | null>([
      ['ann', 'g1'],
      ['bob', 'g1'],
      ['cat', 'g2'],
    ]);
    const targets = matchRegroup([['cat'], ['bob'], ['ann']], groups, current);
    expect(targets.map((t) => t.groupId)).toEqual(['g2', 'g1', null]);
    expect(regroupMoves(targets, current)).toEqual([{ participantId: 'ann', from: 'g1', to: null }]);
  });

  it('sets sharing nobody with a group take the free groups in position order', () => {
    const targets = matchRegroup([['x'], ['y']], groups, new Map());
    expect(targets.map((t) => t.groupId)).toEqual(['g1', 'g2']);
    expect(regroupMoves(targets, new Map()).map((m) => [m.participantId, m.to])).toEqual([
      ['x', 'g1'],
      ['y', 'g2'],
    ]);
  });
});

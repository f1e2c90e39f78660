import { describe, expect, it } from 'vitest';
import { notVotingReason } from '../../../src/web/facilitation/notVotingReason.js';

const groupBoard = { groupId: 'g1', groupName: 'Group 1', votesPerPerson: 5 };

describe('why someone does not vote on a board (SPEC V3)', () => {
  it('V3: a facilitator who joined by invite (in no group) is told who votes, not that it is another group’s board', () => {
    const facilitator = { role: 'facilitator' as const, participantId: 'p_f', groupId: null };
    const reason = notVotingReason(facilitator, groupBoard, false);
    expect(reason).toBe('Participants of Group 1 are voting: 5 dots each. You run the vote and see the tallies live.');
    expect(reason).not.toContain('another group');
  });

  it('V3: on a board of the whole workshop the facilitator reads that participants vote, with one dot in the singular', () => {
    const facilitator = { role: 'facilitator' as const, participantId: null, groupId: null };
    expect(notVotingReason(facilitator, { groupId: null, groupName: null, votesPerPerson: 1 }, false)).toBe(
      'Participants are voting: 1 dot each. You run the vote and see the tallies live.',
    );
  });

  it('V3: a participant of another group, an observer, and a participant of the group are told the right thing', () => {
    expect(notVotingReason({ role: 'participant', participantId: 'p2', groupId: 'g2' }, groupBoard, false)).toContain('another group');
    expect(notVotingReason({ role: 'observer', participantId: 'p3', groupId: null }, groupBoard, true)).toContain('Observers watch');
    expect(notVotingReason({ role: 'participant', participantId: 'p1', groupId: 'g1' }, groupBoard, false)).toBeNull();
    expect(notVotingReason({ role: 'participant', participantId: 'p1', groupId: 'g1' }, groupBoard, true)).toContain('only read');
  });
});

import type { Role } from '../../domain/index.js';
import { mayVote } from '../../domain/facilitation/index.js';

/** Who looks at the board during a round, and whose board it is, as the reason needs them. */
export interface VotingViewer {
  role: Role;
  participantId: string | null;
  groupId: string | null;
}

export interface VotingBoardOwner {
  /** The board's group; null for a board of the whole workshop. */
  groupId: string | null;
  /** That group's name, when known. */
  groupName: string | null;
  votesPerPerson: number;
}

/**
 * Why this person places no dots on this board, in words, or null when they vote (SPEC V3):
 * observers watch, facilitators run the round and see the tallies as they come in, a
 * participant of another group votes on their own group's board, and a read-only board takes
 * no dots.
 */
export function notVotingReason(me: VotingViewer | null, board: VotingBoardOwner, readOnly: boolean): string | null {
  if (me?.role === 'observer') return 'Observers watch the vote; they do not vote.';
  if (me?.role === 'facilitator' || !me?.participantId) {
    const who = board.groupId === null ? 'Participants' : `Participants of ${board.groupName ?? 'this group'}`;
    const dots = `${board.votesPerPerson} ${board.votesPerPerson === 1 ? 'dot' : 'dots'} each`;
    return `${who} are voting: ${dots}. You run the vote and see the tallies live.`;
  }
  if (!mayVote({ role: me.role, groupId: me.groupId }, { groupId: board.groupId }))
    return 'This is another group’s board: you vote on your own group’s board.';
  if (readOnly) return 'You can only read this board, so you cannot vote on it.';
  return null;
}

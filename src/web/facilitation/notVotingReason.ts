import votingMessages from 'virtual:messages/en/voting';
import type { Role } from '../../domain/index.js';
import { mayVote } from '../../domain/facilitation/index.js';
import { addEnglish, translate } from '../i18n/index.js';

addEnglish(votingMessages);

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
 * no dots. In the person's language: call while drawing, in a component that uses `useI18n`.
 */
export function notVotingReason(me: VotingViewer | null, board: VotingBoardOwner, readOnly: boolean): string | null {
  if (me?.role === 'observer') return translate('voting.reason.observer');
  if (me?.role === 'facilitator' || !me?.participantId) {
    const count = board.votesPerPerson;
    if (board.groupId === null) return translate('voting.reason.runAll', { count });
    if (board.groupName === null) return translate('voting.reason.runThisGroup', { count });
    return translate('voting.reason.runGroup', { group: board.groupName, count });
  }
  if (!mayVote({ role: me.role, groupId: me.groupId }, { groupId: board.groupId })) return translate('voting.reason.otherGroup');
  if (readOnly) return translate('voting.reason.readOnly');
  return null;
}

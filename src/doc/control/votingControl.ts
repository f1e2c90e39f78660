import type * as Y from 'yjs';
import { restoreChecked } from '../../domain/index.js';
import { AppError } from '../../shared/index.js';
import { checkVotingRound } from '../../domain/facilitation/index.js';
import type { VotingRound } from '../../domain/facilitation/index.js';
import { liveMap, votingRoundsMap, writeControl } from './controlLayout.js';

/**
 * Voting rounds in the control document: their settings and which one is current. The dots
 * themselves are on the board (boardVotes.ts), because participants cast them and cannot
 * write this document.
 */

function readRound(doc: Y.Doc, roundId: string): VotingRound | null {
  const parsed = checkVotingRound(votingRoundsMap(doc).get(roundId));
  // A round stored under another key than its id is not trusted.
  return parsed.ok && parsed.value.id === roundId ? parsed.value : null;
}

/** Every well-formed round of the workshop, by id (the order is the same on every replica). */
export function readVotingRounds(doc: Y.Doc): VotingRound[] {
  return [...votingRoundsMap(doc).keys()]
    .sort()
    .map((id) => readRound(doc, id))
    .filter((r): r is VotingRound => r !== null);
}

/** The current round (open, or the last one closed), or null. */
export function readCurrentVoting(doc: Y.Doc): VotingRound | null {
  const id = liveMap(doc).get('votingRoundId');
  return typeof id === 'string' ? readRound(doc, id) : null;
}

/**
 * Opens a round on a board and makes it current; a round still open is closed first, so one
 * round runs at a time. Reopening a closed round's id is refused: its dots are already counted.
 */
export function openVoting(doc: Y.Doc, round: Omit<VotingRound, 'status'>): VotingRound {
  const opened = restoreChecked(checkVotingRound({ ...round, status: 'open' }));
  if (votingRoundsMap(doc).has(opened.id)) throw new AppError('VALIDATION_FAILED', `id: a voting round ${opened.id} exists already`);
  return writeControl(doc, () => {
    const current = readCurrentVoting(doc);
    if (current && current.status === 'open') votingRoundsMap(doc).set(current.id, { ...current, status: 'closed' });
    votingRoundsMap(doc).set(opened.id, opened);
    liveMap(doc).set('votingRoundId', opened.id);
    return opened;
  });
}

/** Closes a round: no more dots, and `end` rounds show their results. False if not open. */
export function closeVoting(doc: Y.Doc, roundId: string): boolean {
  const round = readRound(doc, roundId);
  if (!round || round.status !== 'open') return false;
  writeControl(doc, () => votingRoundsMap(doc).set(roundId, { ...round, status: 'closed' }));
  return true;
}

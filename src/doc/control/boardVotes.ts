import type * as Y from 'yjs';
import { isLiveId, tally } from '../../domain/facilitation/index.js';
import type { Vote, VoteCount, VotingRound } from '../../domain/facilitation/index.js';

/**
 * Dots cast in a voting round, kept on the BOARD being voted on (participants can write their
 * board but not the control document, where the round's settings are). A top-level Y.Map
 * `votes` beside the board layout's own types:
 *
 *     `${roundId}:${voterId}` → string[]   the target ids (notes, actors, flows) in the order
 *                                         the voter placed them; an id twice is two dots on it
 *
 * One key per voter per round, so voters never write the same key and their dots merge; a
 * server may check that a connection writes only its own voter id. The array is replaced whole
 * on each change: two tabs of one voter racing keep one tab's dots, never both, so racing
 * cannot overspend. A peer can still write more dots than the budget, so the budget is
 * enforced on read, deterministically: a voter's first `votesPerPerson` dots count, the rest
 * are ignored. Every replica holds the same array, so every screen counts the same dots.
 */
export const votesMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('votes');

export function voteKey(roundId: string, voterId: string): string {
  return `${roundId}:${voterId}`;
}

/** Which targets still exist; a dot on a deleted note neither counts nor spends budget. */
export type IsTarget = (targetId: string) => boolean;
const anyTarget: IsTarget = () => true;

/**
 * Who may vote on this board: a dot from anyone else (a member of another group writing to
 * this group's board, which A3 lets them edit) is ignored, as dots beyond the budget are.
 */
export type IsVoter = (voterId: string) => boolean;
const anyVoter: IsVoter = () => true;

/** A voter's dots as stored, keeping only well-formed target ids that still exist. */
function storedDots(value: unknown, isTarget: IsTarget): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((t): t is string => isLiveId(t) && isTarget(t));
}

/** A voter's dots that count in `round`: at most `votesPerPerson`, the first placed first. */
export function readVoterDots(
  doc: Y.Doc,
  round: Pick<VotingRound, 'id' | 'votesPerPerson'>,
  voterId: string,
  isTarget = anyTarget,
): string[] {
  return storedDots(votesMap(doc).get(voteKey(round.id, voterId)), isTarget).slice(0, round.votesPerPerson);
}

/**
 * Every dot that counts in `round`, by voter id then placing order (the same order on every
 * replica, whatever order the map's keys were inserted in locally).
 */
export function readBoardVotes(
  doc: Y.Doc,
  round: Pick<VotingRound, 'id' | 'votesPerPerson'>,
  isTarget = anyTarget,
  isVoter = anyVoter,
): Vote[] {
  const prefix = `${round.id}:`;
  const out: Vote[] = [];
  const keys = [...votesMap(doc).keys()].filter((k) => k.startsWith(prefix)).sort();
  for (const key of keys) {
    const voterId = key.slice(prefix.length);
    if (!isLiveId(voterId) || !isVoter(voterId)) continue;
    for (const targetId of readVoterDots(doc, round, voterId, isTarget)) out.push({ roundId: round.id, voterId, targetId });
  }
  return out;
}

export function boardTally(
  doc: Y.Doc,
  round: Pick<VotingRound, 'id' | 'votesPerPerson'>,
  isTarget = anyTarget,
  isVoter = anyVoter,
): VoteCount[] {
  return tally(readBoardVotes(doc, round, isTarget, isVoter));
}

/**
 * Places one dot, if the round is open and the voter has budget left. Returns whether it did.
 * The stored array is rewritten clean (within budget, existing targets only).
 */
export function castVote(
  doc: Y.Doc,
  round: VotingRound,
  voterId: string,
  targetId: string,
  isTarget = anyTarget,
  isVoter = anyVoter,
): boolean {
  if (round.status !== 'open' || !isVoter(voterId) || !isLiveId(targetId) || !isTarget(targetId)) return false;
  const dots = readVoterDots(doc, round, voterId, isTarget);
  if (dots.length >= round.votesPerPerson) return false;
  votesMap(doc).set(voteKey(round.id, voterId), [...dots, targetId]);
  return true;
}

/** Takes back one dot from a target (the last placed), while the round is open. */
export function retractVote(doc: Y.Doc, round: VotingRound, voterId: string, targetId: string, isTarget = anyTarget): boolean {
  if (round.status !== 'open') return false;
  const dots = readVoterDots(doc, round, voterId, isTarget);
  const at = dots.lastIndexOf(targetId);
  if (at < 0) return false;
  dots.splice(at, 1);
  votesMap(doc).set(voteKey(round.id, voterId), dots);
  return true;
}

import { checkedFrom, checkNumber, checkOneOf, checkText, isRecord, notAnObject, type Checked } from '../plainChecks.js';
import type { Role } from '../workshop.js';

/**
 * Dot voting on one board: each person places up to `votesPerPerson` dots on notes, actors or
 * flows, several on one item if they like (stacking dots is how dot voting shows strength of
 * feeling). The round's settings live in the workshop control document, which only
 * facilitators write; the dots live on the board, where participants can write (see
 * src/doc/control/boardVotes.ts). A voter's dots beyond the budget are ignored, never counted.
 */
export const revealModes = ['live', 'end'] as const;
/** `live`: everyone sees the counts as dots land. `end`: counts show once the round closes. */
export type RevealMode = (typeof revealModes)[number];

export const maxVotesPerPerson = 20;

export const votingStatuses = ['open', 'closed'] as const;

export interface VotingRound {
  id: string;
  boardId: string;
  votesPerPerson: number;
  reveal: RevealMode;
  status: (typeof votingStatuses)[number];
}

/** A voting round written by a facilitator's client, restored (known fields only). */
export function checkVotingRound(value: unknown): Checked<VotingRound> {
  if (!isRecord(value)) return { ok: false, issues: [notAnObject(value)] };
  // The id is part of the board's vote keys (`roundId:voterId`), so it may not hold a colon.
  const id = checkText(value.id, ['id'], {
    min: 1,
    minMessage: 'is required',
    max: 64,
    pattern: { regex: /^[^:]+$/u, message: 'may not contain ":"' },
  });
  const boardId = checkText(value.boardId, ['boardId'], { min: 1, minMessage: 'is required', max: 64 });
  const votesPerPerson = checkNumber(value.votesPerPerson, ['votesPerPerson'], {
    int: 'must be a whole number',
    min: 1,
    max: maxVotesPerPerson,
  });
  const reveal = checkOneOf(value.reveal, ['reveal'], revealModes);
  const status = checkOneOf(value.status, ['status'], votingStatuses);
  const round = { id: id.value, boardId: boardId.value, votesPerPerson: votesPerPerson.value, reveal: reveal.value, status: status.value };
  return checkedFrom(round, [id, boardId, votesPerPerson, reveal, status]);
}

/** One dot. */
export interface Vote {
  roundId: string;
  voterId: string;
  targetId: string;
}

export interface VoteCount {
  targetId: string;
  votes: number;
}

/** Counts dots per target, most first; equal counts by target id so every screen lists them alike. */
export function tally(votes: readonly Vote[]): VoteCount[] {
  const counts = new Map<string, number>();
  for (const v of votes) counts.set(v.targetId, (counts.get(v.targetId) ?? 0) + 1);
  return [...counts]
    .map(([targetId, n]) => ({ targetId, votes: n }))
    .sort((a, b) => b.votes - a.votes || (a.targetId < b.targetId ? -1 : a.targetId > b.targetId ? 1 : 0));
}

/**
 * The votes of `round` that count: each voter's first `votesPerPerson`, in the order given
 * (on a board, the order the voter placed them). Votes of other rounds are left out.
 */
export function withinBudget(round: Pick<VotingRound, 'id' | 'votesPerPerson'>, votes: readonly Vote[]): Vote[] {
  const used = new Map<string, number>();
  return votes.filter((v) => {
    if (v.roundId !== round.id) return false;
    const n = used.get(v.voterId) ?? 0;
    used.set(v.voterId, n + 1);
    return n < round.votesPerPerson;
  });
}

/** How many dots `voterId` may still place in `round` (0 when the round is closed). */
export function votesLeft(round: VotingRound, voterId: string, votes: readonly Vote[]): number {
  if (round.status !== 'open') return 0;
  const used = votes.filter((v) => v.roundId === round.id && v.voterId === voterId).length;
  return Math.max(0, round.votesPerPerson - used);
}

/** Whether `voterId` may place one more dot: the round is open and their budget is not spent. */
export function canVote(round: VotingRound, voterId: string, votes: readonly Vote[]): boolean {
  return votesLeft(round, voterId, votes) > 0;
}

/**
 * Whether a person sees the counts. With `end`, participants and observers see only their
 * own dots until the round closes, so early dots do not sway later ones; facilitators always
 * see them. This is a courtesy of the interface, not a secret ballot: the dots are on a board
 * every member can read.
 */
export function resultsVisible(round: Pick<VotingRound, 'reveal' | 'status'>, role: Role): boolean {
  return round.reveal === 'live' || round.status === 'closed' || role === 'facilitator';
}

/**
 * Who votes on a board: participants (facilitators run the round, observers watch), on a board
 * of the whole workshop or of their own group. A dot from anyone else is not counted.
 */
export function mayVote(person: { role: Role; groupId: string | null }, board: { groupId: string | null }): boolean {
  return person.role === 'participant' && (board.groupId === null || board.groupId === person.groupId);
}

import type * as Y from 'yjs';
import { canvasRoundVotes, type IsVoter } from '../../doc/control/index.js';
import { resultsVisible, type VotingRound } from '../../domain/facilitation/index.js';
import type { Role } from '../../domain/index.js';

/** Each note's dots over the voting rounds on this canvas (SPEC V5), by note id. */
export interface RoundVotes {
  /**
   * Over the rounds whose counts this person may see now (resultsVisible: a participant sees an
   * open "show at the end" round's counts only once it closes): what the notes show, sort by,
   * and what a saved version keeps.
   */
  shown: ReadonlyMap<string, number>;
  /** Over every round, as the board's export counts them: what an imported file's numbers already hold. */
  all: ReadonlyMap<string, number>;
}

export const noRoundVotes: RoundVotes = { shown: new Map(), all: new Map() };

/** The canvas board `doc`'s round votes for a person of `role`, from the workshop's `rounds`. */
export function roundVotesFor(doc: Y.Doc, boardId: string, rounds: readonly VotingRound[], role: Role, isVoter: IsVoter): RoundVotes {
  const own = rounds.filter((r) => r.boardId === boardId);
  if (own.length === 0) return noRoundVotes;
  const all = canvasRoundVotes(doc, boardId, own, isVoter);
  const visible = own.filter((r) => resultsVisible(r, role));
  return { all, shown: visible.length === own.length ? all : canvasRoundVotes(doc, boardId, visible, isVoter) };
}

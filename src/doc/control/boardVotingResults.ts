import type * as Y from 'yjs';
import { rankVotes } from '../../domain/facilitation/index.js';
import type { VotableItem, VoteResult, VotingRound } from '../../domain/facilitation/index.js';
import type { BoardKind } from '../../domain/index.js';
import { boardTally, type IsVoter } from './boardVotes.js';
import { votableItems } from './votableItems.js';

/**
 * A round's results on its board, most votes first (rankVotes): what the results view and the
 * report list. Only dots that count are counted: within each voter's budget, on items the
 * board still has, from people who may vote on it (`isVoter`, everyone when left out).
 */
export function boardVotingResults(
  doc: Y.Doc,
  kind: BoardKind,
  round: Pick<VotingRound, 'id' | 'votesPerPerson'>,
  isVoter?: IsVoter,
  items: readonly VotableItem[] = votableItems(doc, kind),
): VoteResult[] {
  const ids = new Set(items.map((i) => i.id));
  return rankVotes(
    items,
    boardTally(doc, round, (id) => ids.has(id), isVoter),
  );
}

import { boardVotingResults } from '../../../doc/control/index.js';
import type { VotingRound } from '../../../domain/facilitation/index.js';
import { isWorkBoard, type Board, type Participant } from '../../../domain/index.js';
import type { BoardLog } from '../../store/Store.js';
import { loadBoardDoc } from '../boardDoc.js';
import { votersOn } from '../roundVotes.js';
import type { ReportVotes } from './types.js';

/**
 * Every voting round of the workshop (`rounds`, loadVotingRounds) with its results, by board (`boards` are those the report
 * may show: a reflection's only when it is included). Counted as every screen counts them
 * (boardVotingResults): each voter's budget, items still on the board, and only participants
 * who may vote on that board.
 */
export async function loadVoteResults(
  store: Pick<BoardLog, 'loadBoardState'>,
  boards: readonly Board[],
  rounds: readonly VotingRound[],
  participants: readonly Participant[],
  log: (line: string) => void,
): Promise<Map<string, ReportVotes>> {
  const out = new Map<string, ReportVotes>();
  for (const board of boards) {
    if (!isWorkBoard(board)) continue;
    const own = rounds.filter((r) => r.boardId === board.id);
    if (own.length === 0) continue;
    const doc = await loadBoardDoc(store, board.id, log);
    const isVoter = votersOn(participants, board);
    out.set(board.id, {
      kind: board.kind,
      rounds: own.map((round) => ({
        votesPerPerson: round.votesPerPerson,
        open: round.status === 'open',
        results: boardVotingResults(doc, board.kind, round, isVoter),
      })),
    });
  }
  return out;
}

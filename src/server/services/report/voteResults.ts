import { boardVotingResults, readVotingRounds } from '../../../doc/control/index.js';
import { mayVote } from '../../../domain/facilitation/index.js';
import { controlDocumentKind, isWorkBoard, type Board, type Participant } from '../../../domain/index.js';
import type { BoardLog } from '../../store/Store.js';
import { loadBoardDoc } from '../boardDoc.js';
import type { ReportVotes } from './types.js';

/**
 * Every voting round of the workshop with its results, by board (`boards` are those the report
 * may show: a reflection's only when it is included). Counted as every screen counts them
 * (boardVotingResults): each voter's budget, items still on the board, and only participants
 * who may vote on that board.
 */
export async function loadVoteResults(
  store: Pick<BoardLog, 'loadBoardState'>,
  boards: readonly Board[],
  participants: readonly Participant[],
  log: (line: string) => void,
): Promise<Map<string, ReportVotes>> {
  const out = new Map<string, ReportVotes>();
  const control = boards.find((b) => b.kind === controlDocumentKind);
  if (!control) return out;
  const rounds = readVotingRounds(await loadBoardDoc(store, control.id, log));
  const people = new Map(participants.map((p) => [p.id, p]));
  for (const board of boards) {
    if (!isWorkBoard(board)) continue;
    const own = rounds.filter((r) => r.boardId === board.id);
    if (own.length === 0) continue;
    const doc = await loadBoardDoc(store, board.id, log);
    const isVoter = (id: string) => {
      const person = people.get(id);
      return person !== undefined && mayVote(person, board);
    };
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

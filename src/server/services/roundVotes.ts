import type * as Y from 'yjs';
import { canvasRoundVotes, readVotingRounds, type IsVoter } from '../../doc/control/index.js';
import { mayVote, type VotingRound } from '../../domain/facilitation/index.js';
import { controlDocumentKind, type Board, type Participant } from '../../domain/index.js';
import type { BoardLog, WorkshopRecords } from '../store/Store.js';
import { loadBoardDoc } from './boardDoc.js';

/** Who may vote on `board` (SPEC V3): a participant of the workshop the board's group allows. */
export function votersOn(participants: readonly Participant[], board: Pick<Board, 'groupId'>): IsVoter {
  const people = new Map(participants.map((p) => [p.id, p]));
  return (id) => {
    const person = people.get(id);
    return person !== undefined && mayVote(person, board);
  };
}

/** Every voting round of the workshop, read from its control document among `boards` (none without one). */
export async function loadVotingRounds(
  store: Pick<BoardLog, 'loadBoardState'>,
  boards: readonly Board[],
  log: (line: string) => void,
): Promise<VotingRound[]> {
  const control = boards.find((b) => b.kind === controlDocumentKind);
  return control ? readVotingRounds(await loadBoardDoc(store, control.id, log)) : [];
}

/**
 * Each note's dots over every voting round on a canvas board (SPEC V5), counted as the results
 * are (budgets, notes still there, only people who may vote on it): what readCanvas adds to a
 * note's stored votes for the canvas's file and Markdown. `doc` is the board, loaded already.
 */
export async function loadCanvasRoundVotes(
  store: Pick<WorkshopRecords, 'listBoards' | 'listParticipants'> & Pick<BoardLog, 'loadBoardState'>,
  board: Board,
  doc: Y.Doc,
  log: (line: string) => void,
): Promise<Map<string, number>> {
  const rounds = await loadVotingRounds(store, await store.listBoards(board.workshopId), log);
  if (!rounds.some((r) => r.boardId === board.id)) return new Map();
  return canvasRoundVotes(doc, board.id, rounds, votersOn(await store.listParticipants(board.workshopId), board));
}

import { createContext, useContext } from 'react';
import type { BoardVoting } from './useBoardVoting.js';

/**
 * The voting round on the board open on this page, for the vote controls inside each item
 * (a map's actor, flow label and note, a canvas or reflection note, a quick note), so the
 * editors need not pass it down. Null when no round is on this board.
 */
export const BoardVotingContext = createContext<BoardVoting | null>(null);

export function useVoting(): BoardVoting | null {
  return useContext(BoardVotingContext);
}

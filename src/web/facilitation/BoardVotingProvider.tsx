import type { ReactNode } from 'react';
import type * as Y from 'yjs';
import { BoardVotingContext } from './boardVotingContext.js';
import { useBoardVoting, type VotingBoard } from './useBoardVoting.js';

interface Props {
  doc: Y.Doc | null;
  board: VotingBoard;
  readOnly: boolean;
  children: ReactNode;
}

/** Gives every item inside the board's content the round on this board (useVoting). */
export function BoardVotingProvider({ doc, board, readOnly, children }: Props) {
  const voting = useBoardVoting(doc, board, readOnly);
  return <BoardVotingContext.Provider value={voting}>{children}</BoardVotingContext.Provider>;
}

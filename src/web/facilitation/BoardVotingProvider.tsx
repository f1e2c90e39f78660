import { lazy, memo, Suspense, useState, type ReactNode } from 'react';
import { messagesFor } from '../i18n/index.js';
import type * as Y from 'yjs';
import { BoardVotingContext } from './boardVotingContext.js';
import { useLive } from './liveContext.js';
import type { BoardVoting, VotingBoard } from './useBoardVoting.js';

interface Props {
  doc: Y.Doc | null;
  board: VotingBoard;
  readOnly: boolean;
  children: ReactNode;
}

// The voting hook and its readers are fetched only while a round is on this board.
const RoundReader = lazy(() => messagesFor(import('./BoardRoundReader.js')).then((m) => ({ default: memo(m.BoardRoundReader) })));

/**
 * Gives every item inside the board's content the round on this board (useVoting). The round
 * is read by `BoardRoundReader`, whose code (useBoardVoting) loads only while the workshop's
 * round is on this board; the board's content stays where it is when a round starts or ends.
 */
export function BoardVotingProvider({ doc, board, readOnly, children }: Props) {
  const live = useLive();
  const on = live?.connection.state.voting?.boardId === board.id;
  const [voting, setVoting] = useState<BoardVoting | null>(null);
  return (
    <BoardVotingContext.Provider value={on ? voting : null}>
      {on && (
        <Suspense fallback={null}>
          <RoundReader doc={doc} board={board} readOnly={readOnly} onVoting={setVoting} />
        </Suspense>
      )}
      {children}
    </BoardVotingContext.Provider>
  );
}

import './voting.css';
import { useEffect } from 'react';
import type * as Y from 'yjs';
import { useBoardVoting, type BoardVoting, type VotingBoard } from './useBoardVoting.js';

interface Props {
  doc: Y.Doc | null;
  board: VotingBoard;
  readOnly: boolean;
  /** Told the round as this person sees it after every change, and null when it goes. */
  onVoting: (voting: BoardVoting | null) => void;
}

/** Reads the round on this board for `BoardVotingProvider` (loaded only while one is on); draws nothing. */
export function BoardRoundReader({ doc, board, readOnly, onVoting }: Props) {
  const voting = useBoardVoting(doc, board, readOnly);
  useEffect(() => onVoting(voting), [voting, onVoting]);
  useEffect(() => () => onVoting(null), [onVoting]);
  return null;
}

import { createContext, useContext } from 'react';
import type * as Y from 'yjs';

/**
 * The board open on this page, for pieces deep inside a board's content that need its
 * document and id without every editor passing them down (the quick notes' voting).
 */
export interface CurrentBoard {
  boardId: string;
  doc: Y.Doc | null;
  readOnly: boolean;
  /** Locked by a facilitator (SPEC A13): the page says so once, above the board, not as "observing". */
  locked?: boolean;
  /**
   * Another group's board in the spotlight (SPEC A12): read-only for this participant for now,
   * which the spotlight notice says; they are not an observer, so no "observing" notice.
   */
  presented?: boolean;
}

export const CurrentBoardContext = createContext<CurrentBoard | null>(null);

export function useCurrentBoard(): CurrentBoard | null {
  return useContext(CurrentBoardContext);
}

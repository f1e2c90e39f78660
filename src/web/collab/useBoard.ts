import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Role } from '../../domain/index.js';
import { api } from '../api.js';
import type { TokenResponse } from '../apiTypes.js';
import { BoardSession, closedBoard, type BoardSnapshot } from './core/BoardSession.js';
import { whenBoardDrawn } from './boardDrawn.js';
import { applyStoredState } from './storedState.js';

export interface BoardConnection extends BoardSnapshot {
  /** After a refusal: try again from scratch (fresh token). */
  retry: () => void;
}

/** `ws://host/collab` on http, `wss://host/collab` on https: the same server that served the page. */
function collabUrl(): string {
  return `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/collab`;
}

const noSubscription = () => () => {};
const closed = () => closedBoard;

/**
 * Opens board `boardId` live over /collab (docs/api.md, DESIGN.md): a `core/BoardSession` (a
 * Y.Doc synchronised by Hocuspocus with a token from POST /api/token, the connection's state,
 * presence, the lock and the saving flag) for as long as the component shows this board. A new
 * board, workshop or `announce` is a new session.
 */
export function useBoard(
  boardId: string,
  workshopId: string,
  user: { name: string; role: Role },
  /**
   * `announce: false` reads a board without appearing on it (a canvas reading its linked map).
   * The connection opens once no board holds the page (collab/boardDrawn.ts).
   */
  { announce = true }: { announce?: boolean } = {},
): BoardConnection {
  const [session, setSession] = useState<BoardSession | null>(null);
  const current = useRef<BoardSession | null>(null);

  useEffect(() => {
    const opened = new BoardSession({
      url: collabUrl(),
      boardId,
      fetchToken: () => api.post<TokenResponse>('/api/token', { workshopId }).then((answer) => answer.token),
      storedState: (doc, origin, signal) => applyStoredState(doc, boardId, origin, signal),
      announce,
      connectAfter: whenBoardDrawn,
    });
    current.current = opened;
    setSession(opened);
    return () => {
      current.current = null;
      opened.destroy();
    };
  }, [boardId, workshopId, announce]);

  // Who I am on this board, for the others' presence bars. Set again if my name changes.
  useEffect(() => session?.setUser({ name: user.name, role: user.role }), [session, user.name, user.role]);

  const snapshot = useSyncExternalStore(session?.subscribe ?? noSubscription, session?.getSnapshot ?? closed);
  const retry = useCallback(() => current.current?.retry(), []);
  return useMemo(() => ({ ...snapshot, retry }), [snapshot, retry]);
}

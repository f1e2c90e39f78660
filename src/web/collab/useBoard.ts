import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { messagesFor } from '../i18n/index.js';
import type { Role } from '../../domain/index.js';
import { api } from '../api.js';
import type { TokenResponse } from '../apiTypes.js';
import type { BoardSession } from './core/BoardSession.js';
import { closedBoard, type BoardSnapshot } from './core/boardSnapshot.js';
import { whenBoardDrawn } from './boardDrawn.js';

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
 * The session's code with Yjs and the stored state's reader: their own chunks, fetched once
 * no board holds the page (collab/boardDrawn.ts), so a map is drawn (from GET
 * /api/boards/:id/map) before Yjs is even downloaded.
 */
const sessionCode = () => messagesFor(Promise.all([import('./core/BoardSession.js'), import('./storedState.js')]));

const unavailable: BoardSnapshot = Object.freeze<BoardSnapshot>({
  ...closedBoard,
  status: {
    state: 'refused',
    reason:
      'The live connection could not be loaded: the app may have been updated since this page was opened, or the connection dropped. Reload the page to try again.',
  },
});
const unavailableNow = () => unavailable;

/**
 * Opens board `boardId` live over /collab (docs/api.md, DESIGN.md): a `core/BoardSession` (a
 * Y.Doc synchronised by Hocuspocus with a token from POST /api/token, the connection's state,
 * presence, the lock and the saving flag) for as long as the component shows this board. A new
 * board, workshop or `announce` is a new session. Until its code is loaded (after the board
 * is drawn, when a board holds the page) the connection is `closedBoard`: no document yet.
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
  const [session, setSession] = useState<BoardSession | 'unavailable' | null>(null);
  const current = useRef<BoardSession | null>(null);

  useEffect(() => {
    let opened: BoardSession | null = null;
    let gone = false;
    void whenBoardDrawn()
      .then(sessionCode)
      .then(
        ([{ BoardSession: Session }, { applyStoredState }]) => {
          if (gone) return;
          opened = new Session({
            url: collabUrl(),
            boardId,
            fetchToken: () => api.post<TokenResponse>('/api/token', { workshopId }).then((answer) => answer.token),
            storedState: (doc, origin, signal) => applyStoredState(doc, boardId, origin, signal),
            announce,
          });
          current.current = opened;
          setSession(opened);
        },
        () => {
          if (!gone) setSession('unavailable');
        },
      );
    return () => {
      gone = true;
      current.current = null;
      opened?.destroy();
      setSession(null);
    };
  }, [boardId, workshopId, announce]);

  const live = typeof session === 'object' ? session : null;
  // Who I am on this board, for the others' presence bars. Set again if my name changes.
  useEffect(() => live?.setUser({ name: user.name, role: user.role }), [live, user.name, user.role]);

  const snapshot = useSyncExternalStore(
    live?.subscribe ?? noSubscription,
    live?.getSnapshot ?? (session === 'unavailable' ? unavailableNow : closed),
  );
  const retry = useCallback(() => current.current?.retry(), []);
  return useMemo(() => ({ ...snapshot, retry }), [snapshot, retry]);
}

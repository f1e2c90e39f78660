import { useEffect, useState, useSyncExternalStore } from 'react';
import { api } from '../api.js';
import { BoardSession, closedBoard, type BoardSnapshot } from './core/BoardSession.js';

/** `ws://host/collab` on http, `wss://host/collab` on https: the same server that served the page. */
function collabUrl(): string {
  return `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/collab`;
}

const noSubscription = () => () => {};
const closed = () => closedBoard;

/**
 * Watches board `boardId` through audience link `code` (SPEC W2): read-only, without appearing
 * on it; each (re)connection asks GET /api/audience/:code for a fresh token, so a closed link
 * is refused at the next attempt as well as at once.
 */
export function useAudienceBoard(code: string, boardId: string | null): BoardSnapshot {
  const [session, setSession] = useState<BoardSession | null>(null);
  useEffect(() => {
    if (!boardId) return;
    const opened = new BoardSession({
      url: collabUrl(),
      boardId,
      fetchToken: () => api.get<{ token: string }>(`/api/audience/${encodeURIComponent(code)}`).then((answer) => answer.token),
      announce: false,
    });
    setSession(opened);
    return () => opened.destroy();
  }, [code, boardId]);
  return useSyncExternalStore(session?.subscribe ?? noSubscription, session?.getSnapshot ?? closed);
}

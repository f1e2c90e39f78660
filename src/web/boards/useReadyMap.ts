import { useEffect, useState } from 'react';
import type { EcosystemMap } from '../../domain/map/index.js';
import { api } from '../api.js';
import { boardMapPath, takeEarlyRead } from '../earlyReads.js';
import type { ReadyMap } from '../map/readyMap.js';

const waiting: ReadyMap = { state: 'waiting' };
const failed: ReadyMap = { state: 'failed' };

/**
 * Asks for map board `boardId` as the server reads it (GET /api/boards/:id/map, docs/api.md)
 * as the app starts on the board's address (earlyReads.ts), else as soon as the board opens,
 * while the editor's code is fetched, so the map is drawn without
 * waiting for Yjs, the stored state or the live connection. A failure is only `failed`: the
 * live connection brings the board, and says why if it is refused.
 */
export function useReadyMap(boardId: string | undefined): ReadyMap {
  const [ready, setReady] = useState<{ boardId: string; map: ReadyMap } | null>(null);
  useEffect(() => {
    if (!boardId) return;
    const asked = new AbortController();
    const path = boardMapPath(boardId);
    (takeEarlyRead<EcosystemMap>(path, asked.signal) ?? api.get<EcosystemMap>(path, asked.signal)).then(
      (map) => setReady({ boardId, map: { state: 'ready', map } }),
      () => !asked.signal.aborted && setReady({ boardId, map: failed }),
    );
    return () => asked.abort();
  }, [boardId]);
  if (!boardId) return failed;
  return ready?.boardId === boardId ? ready.map : waiting;
}

import { useCallback, useEffect, useState } from 'react';
import type * as Y from 'yjs';
import type { EcosystemMap } from '../../../domain/map/index.js';
import type { MapLive } from '../live/useMapLive.js';

const emptyMap: EcosystemMap = { title: '', actors: [], datasets: [], flows: [], notes: [] };

export interface MapDoc {
  /** The board as a valid domain map (readMap repairs what concurrent peers left). */
  map: EcosystemMap;
  /** True once `map` is read from the document (not `first`): the map can be edited. */
  fromDoc: boolean;
  /**
   * Reads the document now instead of at the next frame: after a local write whose result
   * must be on screen in the same render (a drag end clearing its on-screen positions).
   */
  flush: () => void;
}

/**
 * The board's map, live. Every change (local or a peer's) marks the map stale; it is read
 * again at most once per animation frame, so a burst of updates (an import, a peer's
 * multi-actor move, a reconnect replaying edits) costs one readMap and one render.
 *
 * Until there is a document holding the board and the reader (`live`, map/live/) is loaded,
 * the map is `first` (the map the server read, GET /api/boards/:id/map), or empty; the first
 * read of the document then takes its place in one render (the same map, unless it changed
 * meanwhile: the elements keep their places, useFlowElements reuses what is unchanged).
 */
export function useMapDoc(doc: Y.Doc | null, live: MapLive | null, first: EcosystemMap | null = null): MapDoc {
  const [read, setRead] = useState<{ doc: Y.Doc; map: EcosystemMap } | null>(null);

  useEffect(() => {
    if (!doc || !live) {
      setRead(null);
      return;
    }
    let frame = 0;
    const readNow = () => {
      frame = 0;
      setRead({ doc, map: live.readMap(doc).map });
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(readNow);
    };
    readNow();
    const types = live.mapTypesOf(doc);
    for (const type of types) type.observeDeep(schedule);
    return () => {
      cancelAnimationFrame(frame);
      for (const type of types) type.unobserveDeep(schedule);
    };
  }, [doc, live]);

  const flush = useCallback(() => {
    if (doc && live) setRead({ doc, map: live.readMap(doc).map });
  }, [doc, live]);

  const fromDoc = read !== null && read.doc === doc && live !== null;
  return { map: fromDoc ? read.map : (first ?? emptyMap), fromDoc, flush };
}

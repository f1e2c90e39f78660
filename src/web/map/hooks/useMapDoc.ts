import { useCallback, useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { mapTypesOf, readMap } from '../../../doc/map/index.js';
import type { EcosystemMap } from '../../../domain/map/index.js';

const emptyMap: EcosystemMap = { title: '', actors: [], datasets: [], flows: [], notes: [] };

export interface MapDoc {
  /** The board as a valid domain map (readMap repairs what concurrent peers left). */
  map: EcosystemMap;
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
 */
export function useMapDoc(doc: Y.Doc | null): MapDoc {
  const [map, setMap] = useState<EcosystemMap>(emptyMap);

  useEffect(() => {
    if (!doc) {
      setMap(emptyMap);
      return;
    }
    let frame = 0;
    const read = () => {
      frame = 0;
      setMap(readMap(doc).map);
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(read);
    };
    read();
    const types = mapTypesOf(doc);
    for (const type of types) type.observeDeep(schedule);
    return () => {
      cancelAnimationFrame(frame);
      for (const type of types) type.unobserveDeep(schedule);
    };
  }, [doc]);

  const flush = useCallback(() => {
    if (doc) setMap(readMap(doc).map);
  }, [doc]);

  return { map, flush };
}

import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { listMapVersions, mapVersionsOf, type MapVersionInfo } from '../../../doc/map/index.js';

/** The board's saved versions, oldest first, live: a version someone saves (or the end of an activity) appears at once. */
export function useMapVersions(doc: Y.Doc | null): MapVersionInfo[] {
  const [versions, setVersions] = useState<MapVersionInfo[]>([]);
  useEffect(() => {
    if (!doc) {
      setVersions([]);
      return;
    }
    const read = () => setVersions(listMapVersions(doc));
    read();
    const list = mapVersionsOf(doc);
    list.observe(read);
    return () => list.unobserve(read);
  }, [doc]);
  return versions;
}

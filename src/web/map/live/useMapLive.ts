import { useEffect, useState } from 'react';
import { messagesFor } from '../../i18n/index.js';
import type * as mapLive from './mapLive.js';

/** The map's live code (mapLive.ts): Yjs, src/doc's map readers and writers, undo. */
export type MapLive = typeof mapLive;

let loaded: MapLive | null = null;
let loading: Promise<MapLive> | null = null;

/** Fetches the live code once per page; a failed fetch may be tried again. */
function loadMapLive(): Promise<MapLive> {
  loading ??= messagesFor(import('./mapLive.js')).then(
    (m) => (loaded = m),
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

/**
 * The map's live code once `wanted` (there is a document to read: Yjs is loaded by then) and
 * fetched; null until then. `onFailure` hears why it could not be fetched (the map stays as
 * drawn, not editable).
 */
export function useMapLive(wanted: boolean, onFailure?: (e: unknown) => void): MapLive | null {
  const [live, setLive] = useState<MapLive | null>(loaded);
  useEffect(() => {
    if (!wanted || live) return;
    let gone = false;
    loadMapLive().then(
      (m) => !gone && setLive(m),
      (e: unknown) => !gone && onFailure?.(e),
    );
    return () => {
      gone = true;
    };
  }, [wanted, live, onFailure]);
  return live;
}

import { useCallback, useEffect, useRef } from 'react';
import { markRosterChanged } from '../../doc/control/index.js';
import { useLive } from './liveContext.js';

/**
 * Groups and projects, kept current on every screen. `reload` is called when a facilitator
 * elsewhere changed them (the control document's roster counter moved), so "Your group" and
 * the board list change at once. The function returned tells everyone after this screen
 * changed them (a facilitator's screen; a no-op for anyone who cannot steer).
 */
export function useRosterSync(reload: () => void): () => void {
  const live = useLive();
  const connection = live?.connection;
  const seq = connection?.ready ? connection.rosterSeq : null;
  const seen = useRef<number | null>(null);
  const reloadRef = useRef(reload);
  reloadRef.current = reload;

  useEffect(() => {
    if (seq === null) return;
    // The first value seen is where this screen starts from, not a change.
    if (seen.current !== null && seen.current !== seq) reloadRef.current();
    seen.current = seq;
  }, [seq]);

  const doc = connection?.doc ?? null;
  const canSteer = connection?.canSteer ?? false;
  return useCallback(() => {
    if (!doc || !canSteer) return;
    seen.current = markRosterChanged(doc);
  }, [doc, canSteer]);
}

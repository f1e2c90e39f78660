import { useEffect, useMemo } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { Position } from '../../../domain/map/index.js';
import type { Dragging } from './peerState.js';

/** At most this often (ms) a moving pointer or drag is sent to the others: 20 a second. */
const throttleMs = 50;

export interface LocalPresence {
  /** Where the pointer is on the board, worked out only when it is sent (at most 20 a second). */
  setCursor: (cursor: (() => Position) | null) => void;
  setSelection: (ids: string[]) => void;
  setDragging: (dragging: Dragging | null) => void;
}

/** A value, or how to work it out when it is sent (a pointer's board position costs a layout). */
type Lazy<T> = T | (() => T);

/**
 * Writes a field of this client's awareness at most once per `throttleMs`, always ending on
 * the latest value (trailing write), so the others' view settles where the pointer stopped.
 * A value given as a function is worked out only when it is sent.
 */
function throttledField<T>(awareness: Awareness, field: string) {
  let pending: { value: Lazy<T> } | null = null;
  let timer: number | undefined;
  let lastSent = 0;
  const send = () => {
    timer = undefined;
    if (!pending) return;
    lastSent = performance.now();
    const { value } = pending;
    awareness.setLocalStateField(field, typeof value === 'function' ? (value as () => T)() : value);
    pending = null;
  };
  return {
    set(value: Lazy<T>, immediately = false) {
      pending = { value };
      const wait = throttleMs - (performance.now() - lastSent);
      if (immediately || wait <= 0) {
        window.clearTimeout(timer);
        send();
      } else timer ??= window.setTimeout(send, wait);
    },
    cancel() {
      window.clearTimeout(timer);
      pending = null;
    },
  };
}

/** What this person shows the others on the map: pointer, selection and drags in progress. */
export function useLocalPresence(awareness: Awareness | null): LocalPresence {
  const presence = useMemo(() => {
    if (!awareness) return null;
    return {
      cursor: throttledField<Position | null>(awareness, 'cursor'),
      dragging: throttledField<Dragging | null>(awareness, 'dragging'),
    };
  }, [awareness]);

  // Leaving the map (or the board) takes my pointer, selection and drag off the others' screens.
  useEffect(() => {
    if (!awareness || !presence) return;
    return () => {
      presence.cursor.cancel();
      presence.dragging.cancel();
      if (awareness.getLocalState() === null) return; // the provider was destroyed first
      awareness.setLocalStateField('cursor', null);
      awareness.setLocalStateField('selection', []);
      awareness.setLocalStateField('dragging', null);
    };
  }, [awareness, presence]);

  return useMemo(
    () => ({
      setCursor: (cursor) => presence?.cursor.set(cursor, cursor === null),
      setSelection: (ids) => awareness?.setLocalStateField('selection', ids),
      // A drag's end is sent at once: the stored positions follow in the same moment.
      setDragging: (dragging) => presence?.dragging.set(dragging, dragging === null),
    }),
    [awareness, presence],
  );
}

import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { RaisedHand } from '../../domain/facilitation/index.js';
import { handField, handState, isHandLowered } from '../../doc/control/index.js';

export interface Hand {
  raised: boolean;
  /** False for people without a participant id (facilitator accounts): a hand names a participant. */
  canRaise: boolean;
  raise: () => void;
  lower: () => void;
}

/**
 * My raised hand, in the control document's awareness (src/doc/control/hands.ts): momentary,
 * gone when the tab closes, shared even though participants only read the document. When a
 * facilitator lowers it (in the document), it is cleared here too. `now` is server-clock ms,
 * so the first hand up is first on every screen.
 */
export function useHand(doc: Y.Doc | null, awareness: Awareness | null, participantId: string | null, now: () => number): Hand {
  const [hand, setHand] = useState<RaisedHand | null>(null);

  // Kept in React state and written to every new awareness (after a reconnection) as well.
  useEffect(() => {
    awareness?.setLocalStateField(handField, hand);
  }, [awareness, hand]);

  useEffect(() => {
    if (!doc || !hand) return;
    const check = () => {
      if (isHandLowered(doc, hand)) setHand(null);
    };
    check();
    doc.on('update', check);
    return () => doc.off('update', check);
  }, [doc, hand]);

  const raise = useCallback(() => {
    if (participantId) setHand(handState(participantId, Math.round(now())));
  }, [participantId, now]);
  const lower = useCallback(() => setHand(null), []);
  const raised = hand !== null;
  const canRaise = participantId !== null;
  return useMemo(() => ({ raised, canRaise, raise, lower }), [raised, canRaise, raise, lower]);
}

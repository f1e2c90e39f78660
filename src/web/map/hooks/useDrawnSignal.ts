import { useStore, type ReactFlowState } from '@xyflow/react';
import { useEffect } from 'react';
import { boardDrawn } from '../../collab/boardDrawn.js';

const paneSized = (s: ReactFlowState) => s.width > 0 && s.height > 0;

/**
 * Says the map is drawn (collab/boardDrawn.ts) once React Flow's pane is on screen, so the
 * page's live parts load then. The map editor itself calls this, whether or not a side panel is
 * open: on a phone or the projector no panel is, and the live connection would otherwise wait
 * out the hold's three seconds.
 */
export function useDrawnSignal(): void {
  const sized = useStore(paneSized);
  useEffect(() => {
    if (sized) boardDrawn();
  }, [sized]);
}

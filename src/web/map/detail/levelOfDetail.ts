import { useStore, type ReactFlowState } from '@xyflow/react';
import { createContext, useContext } from 'react';

/**
 * Below this zoom the map draws its plain version (level of detail): actors as boxes of the
 * size they have in full, with the name only, flows as thin lines without labels or
 * arrowheads, free notes as blank notes; no handles, vote buttons, pinned notes or peer
 * tags. At 0.45 an actor's 14 px name is about 6 px high, below what anyone reads; the bench
 * (`npm run bench -- map --zoom-out 4`, docs/benchmarks.md) panned the plain map at 0.36.
 * The map opens at 0.75 or more (fitOptions), so a map opens in full detail.
 */
export const plainBelowZoom = 0.45;

const zoomedOut = (s: ReactFlowState) => s.transform[2] < plainBelowZoom;

/** True while the view is zoomed out below plainBelowZoom: one store subscription, for the canvas. */
export function useZoomedOut(): boolean {
  return useStore(zoomedOut);
}

/** Whether nodes and flows draw their plain version (set by MapCanvas from useZoomedOut). */
export const PlainDetailContext = createContext(false);

export function usePlainDetail(): boolean {
  return useContext(PlainDetailContext);
}

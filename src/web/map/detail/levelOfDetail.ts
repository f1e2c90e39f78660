import { useStore, type ReactFlowState } from '@xyflow/react';
import { createContext, useContext } from 'react';
import { plainBelowScale } from '../../../domain/render/index.js';

/**
 * Below this zoom the map draws its plain version (level of detail): actors as boxes of the
 * size they have in full, with the name only, flows as thin lines without labels or
 * arrowheads, free notes as blank notes; no handles, vote buttons, pinned notes or peer
 * tags. The threshold is the pictures' (plainBelowScale, src/domain/render: a PNG drawn that
 * small leaves the flows' labels out too); the bench (`npm run bench -- map --zoom-out 4`,
 * docs/benchmarks.md) panned the plain map at 0.36. The map opens at 0.75 or more
 * (fitOptions), so a map opens in full detail.
 */
export const plainBelowZoom = plainBelowScale;

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

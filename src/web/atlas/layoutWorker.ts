/**
 * The atlas layout off the main thread (atlasLayout.ts) over the positions and edges the page
 * sends, then the positions back. A module worker of this origin: the CSP allows no blob:
 * worker, which the package's own worker mode makes. The page stays responsive meanwhile.
 */
import { layoutPositions } from './atlasLayout.js';

export interface LayoutRequest {
  positions: Float64Array;
  edges: Uint32Array;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage: (message: Float64Array, transfer: Transferable[]) => void;
};

scope.onmessage = (event) => {
  const out = layoutPositions(event.data.positions, event.data.edges);
  scope.postMessage(out, [out.buffer]);
};

/**
 * The atlas layout off the main thread: ForceAtlas2 (graphology-layout-forceatlas2) over the
 * positions and edges the page sends, a fixed number of iterations, then the positions back.
 * A module worker of this origin (the CSP allows no blob: worker, which the package's own
 * worker mode makes), so the page stays responsive while thousands of actors settle.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export interface LayoutRequest {
  positions: Float64Array;
  edges: Uint32Array;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage: (message: Float64Array, transfer: Transferable[]) => void;
};

/** Fewer rounds for a bigger graph: each costs more, and Barnes-Hut settles it sooner. */
export function iterationsFor(nodes: number): number {
  return nodes > 5000 ? 40 : nodes > 1000 ? 80 : 200;
}

scope.onmessage = (event) => {
  const { positions, edges } = event.data;
  const graph = new Graph({ type: 'undirected', multi: true });
  const n = positions.length / 2;
  for (let i = 0; i < n; i++) graph.addNode(i, { x: positions[2 * i], y: positions[2 * i + 1] });
  for (let i = 0; i < edges.length; i += 2) if (edges[i] !== edges[i + 1]) graph.addEdge(edges[i], edges[i + 1]);
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: n > 1000 };
  forceAtlas2.assign(graph, { iterations: iterationsFor(n), settings });
  const out = new Float64Array(positions.length);
  graph.forEachNode((node, a) => {
    out[2 * Number(node)] = a.x as number;
    out[2 * Number(node) + 1] = a.y as number;
  });
  scope.postMessage(out, [out.buffer]);
};

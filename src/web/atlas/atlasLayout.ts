import { MultiUndirectedGraph } from 'graphology';
import * as fa2 from 'graphology-layout-forceatlas2';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

interface ForceAtlas2 {
  assign(graph: MultiUndirectedGraph, params: { iterations: number; settings: ForceAtlas2Settings }): void;
  inferSettings(graph: MultiUndirectedGraph): ForceAtlas2Settings;
}
// The package is CommonJS: its function is the default export under Vite and Node alike, though
// TypeScript's NodeNext reading of its types says otherwise.
const forceAtlas2 = fa2.default as unknown as ForceAtlas2;

/** Fewer rounds for a bigger graph: each costs more, and Barnes-Hut settles it sooner. */
export function iterationsFor(nodes: number): number {
  return nodes > 5000 ? 40 : nodes > 1000 ? 80 : 200;
}

/**
 * ForceAtlas2 (graphology-layout-forceatlas2) from the given positions ([x0, y0, x1, y1, …])
 * over the given edges ([source index, target index, …]); returns the new positions.
 */
export function layoutPositions(positions: Float64Array, edges: Uint32Array): Float64Array {
  const graph = new MultiUndirectedGraph();
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
  return out;
}

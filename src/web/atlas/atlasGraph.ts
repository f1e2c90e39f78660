import { MultiDirectedGraph } from 'graphology';
import type { AtlasPicture } from '../../domain/atlas/index.js';
import { colourIndex, colourKey, flowKey, sizeFor, type ColourBy, type SizeMetric } from './atlasData.js';

/** A small, stable number from a string (FNV-1a), so a city's first picture is the same each time. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) / 4294967296;
}

/**
 * The atlas as a graphology graph for sigma: one node per actor (keyed by its id), one edge per
 * flow (keyed by `flowKey`). Each actor
 * starts near the other actors of its first project (projects on a ring), so the first picture
 * already shows the projects apart; the layout worker then refines it (layoutWorker.ts).
 */
export function atlasGraph(picture: AtlasPicture): MultiDirectedGraph {
  const graph = new MultiDirectedGraph({ allowSelfLoops: true });
  const projects = [...new Set(picture.actors.map((a) => a.project))];
  const ring = Math.max(1, Math.sqrt(picture.actors.length) * 4);
  const spread = Math.max(1, Math.sqrt(picture.actors.length / Math.max(1, projects.length)) * 2);
  const centre = new Map(projects.map((p, i) => [p, (2 * Math.PI * i) / projects.length]));
  for (const actor of picture.actors) {
    const angle = centre.get(actor.project) ?? 0;
    const r = spread * Math.sqrt(hash(actor.id));
    const t = 2 * Math.PI * hash(`${actor.id}#`);
    const far = projects.length > 1 ? ring : 0;
    graph.addNode(actor.id, { x: far * Math.cos(angle) + r * Math.cos(t), y: far * Math.sin(angle) + r * Math.sin(t), label: actor.name });
  }
  const { actors } = picture;
  picture.flows.forEach(([from, to], i) => graph.addDirectedEdgeWithKey(flowKey(i), actors[from]!.id, actors[to]!.id, { size: 1 }));
  return graph;
}

/** Sets each node's colour (by type or project) and size (by a metric). Returns the legend. */
export function paintGraph(graph: MultiDirectedGraph, picture: AtlasPicture, by: ColourBy, metric: SizeMetric): Map<string, string> {
  const keys = [...new Set(picture.actors.map((a) => colourKey(a, by)))].sort();
  const colours = colourIndex(keys);
  let largest = 0;
  for (const actor of picture.actors) largest = Math.max(largest, actor[metric]);
  for (const actor of picture.actors) {
    if (!graph.hasNode(actor.id)) continue;
    graph.mergeNodeAttributes(actor.id, { color: colours.get(colourKey(actor, by)), size: sizeFor(actor[metric], largest) });
  }
  return colours;
}

/** Node positions as [x0, y0, x1, y1, …] in the graph's node order, to hand to the layout worker. */
export function positionsOf(graph: MultiDirectedGraph): Float64Array {
  const out = new Float64Array(graph.order * 2);
  let i = 0;
  graph.forEachNode((_node, a) => {
    out[i++] = a.x as number;
    out[i++] = a.y as number;
  });
  return out;
}

/** Puts positions from the layout worker back on the graph, in the same order. */
export function applyPositions(graph: MultiDirectedGraph, positions: Float64Array): void {
  let i = 0;
  graph.updateEachNodeAttributes((_node, a) => ({ ...a, x: positions[i++]!, y: positions[i++]! }), { attributes: ['x', 'y'] });
}

/** Edges as [source index, target index, …] for the layout worker. */
export function edgeIndexes(graph: MultiDirectedGraph): Uint32Array {
  const index = new Map<string, number>();
  graph.forEachNode((node) => index.set(node, index.size));
  const out = new Uint32Array(graph.size * 2);
  let i = 0;
  graph.forEachEdge((_edge, _a, source, target) => {
    out[i++] = index.get(source)!;
    out[i++] = index.get(target)!;
  });
  return out;
}

import { UndirectedGraph } from 'graphology';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes.js';
import type { EcosystemMap } from '../map/index.js';
import type { MergedElement } from './mergeAtlas.js';
import { projectOf } from './types.js';

type Betweenness = (graph: UndirectedGraph, options: { normalized: boolean; getEdgeWeight: null }) => Record<string, number>;
// The module is CommonJS (`module.exports = fn`) with types that say `export default`: Node's
// ESM import gives the function itself, a bundler may give `{ default }`. Either works here.
const betweennessCentrality: Betweenness =
  (betweennessModule as unknown as { default?: Betweenness }).default ?? (betweennessModule as unknown as Betweenness);

/** Per-actor figures of the atlas (SPEC T6), on the undirected simple graph of its actors and flows. */
export interface ActorMetrics {
  /** Other actors linked to it by a flow of any kind, either way (repeats and self-loops not counted). */
  degree: number;
  /**
   * Betweenness centrality normalised to 0–1 (the share of shortest paths between other actors
   * that pass through it): exact (graphology-metrics) up to `exactBetweennessLimit` actors,
   * estimated from `betweennessPivots` sources above (see `betweenness`).
   */
  betweenness: number;
  /** Projects whose maps it is on (a board of no project counts as its own). */
  projects: number;
}

/** Up to this many actors, betweenness is exact: Brandes from every actor. */
export const exactBetweennessLimit = 2000;
/** Above it, Brandes from this many evenly spaced actors (Brandes and Pich's pivots), scaled up. */
export const betweennessPivots = 400;

/** Degree, betweenness and projects per actor, by actor id. */
export function actorMetrics(map: EcosystemMap, elements: Map<string, MergedElement>): Map<string, ActorMetrics> {
  const graph = new UndirectedGraph({ multi: false, allowSelfLoops: false });
  for (const actor of map.actors) graph.addNode(actor.id);
  for (const flow of map.flows) if (flow.from !== flow.to) graph.mergeEdge(flow.from, flow.to);
  const centrality = betweenness(graph);
  return new Map(
    map.actors.map((actor) => [
      actor.id,
      {
        degree: graph.degree(actor.id),
        betweenness: centrality[actor.id] ?? 0,
        projects: new Set(elements.get(actor.id)?.sources.map(projectOf)).size,
      },
    ]),
  );
}

/**
 * Normalised betweenness by node. Exact by graphology-metrics on a graph of up to
 * `exactBetweennessLimit` nodes. Above, the same accumulation as graphology-metrics over the
 * single-source shortest paths of graphology-shortest-path's indexed Brandes, from
 * `betweennessPivots` sources evenly spaced in node order (deterministic: no randomness in the
 * domain), scaled by nodes / pivots: exact Brandes from all 10,000 actors of a large city takes
 * seconds, the estimate a fraction of one, and it ranks the central actors the same way.
 */
export function betweenness(graph: UndirectedGraph): Record<string, number> {
  const n = graph.order;
  if (n <= 2) return {};
  if (n <= exactBetweennessLimit) return betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
  const brandes = createUnweightedIndexedBrandes(graph);
  const delta = new Float64Array(n);
  const centralities = new Float64Array(n);
  const step = n / betweennessPivots;
  for (let p = 0; p < betweennessPivots; p++) {
    const source = Math.floor(p * step);
    const [S, P, sigma] = brandes(source);
    delta.fill(0);
    while (S.size !== 0) {
      const w = S.pop()!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of P[w]!) delta[v] = delta[v]! + sigma[v]! * coefficient;
      if (w !== source) centralities[w] = centralities[w]! + delta[w]!;
    }
  }
  const scale = n / betweennessPivots / ((n - 1) * (n - 2));
  // The index numbers nodes in the graph's own order, as graph.nodes() lists them.
  return Object.fromEntries(graph.nodes().map((node, i) => [node, centralities[i]! * scale]));
}

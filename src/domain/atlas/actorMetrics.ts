import { UndirectedGraph } from 'graphology';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import type { EcosystemMap, Flow } from '../map/index.js';
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
  const ids = map.actors.map((actor) => actor.id);
  const { neighborhood, starts } = adjacency(ids, map.flows);
  const centrality = betweenness(ids, map.flows, neighborhood, starts);
  return new Map(
    ids.map((id, i) => [
      id,
      {
        degree: starts[i + 1]! - starts[i]!,
        betweenness: centrality[i] ?? 0,
        projects: new Set(elements.get(id)?.sources.map(projectOf)).size,
      },
    ]),
  );
}

/**
 * Normalised betweenness by node index. Exact by graphology-metrics on a graph of up to
 * `exactBetweennessLimit` nodes. Above, Brandes's passes (graphology-shortest-path's unweighted
 * indexed Brandes and graphology-metrics' accumulation, written over flat typed arrays: no
 * graph object, no predecessor lists made per source and node, which left most of the time to
 * the garbage collector) from `betweennessPivots` sources evenly spaced in node order
 * (deterministic: no randomness in the domain), scaled by nodes / pivots: exact Brandes from all
 * 10,000 actors of a large city takes seconds, the estimate a fraction of one, and it ranks the
 * central actors the same way.
 */
function betweenness(ids: string[], flows: readonly Flow[], neighborhood: Uint32Array, starts: Uint32Array): ArrayLike<number> {
  const n = ids.length;
  if (n <= 2) return [];
  if (n <= exactBetweennessLimit) {
    const graph = new UndirectedGraph({ multi: false, allowSelfLoops: false });
    for (const id of ids) graph.addNode(id);
    for (const flow of flows) if (flow.from !== flow.to) graph.mergeEdge(flow.from, flow.to);
    const exact = betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
    return ids.map((id) => exact[id] ?? 0);
  }
  const centralities = new Float64Array(n);
  const paths = { order: new Uint32Array(n), distance: new Int32Array(n), sigma: new Float64Array(n), delta: new Float64Array(n) };
  const step = n / betweennessPivots;
  for (let p = 0; p < betweennessPivots; p++) {
    const source = Math.floor(p * step);
    const reached = shortestPaths(neighborhood, starts, source, paths);
    accumulate(neighborhood, starts, source, reached, paths, centralities);
  }
  const scale = n / betweennessPivots / ((n - 1) * (n - 2));
  return centralities.map((c) => c * scale);
}

/**
 * The undirected simple graph of the actors and flows (repeats and self-loops not counted) as
 * two flat arrays: node i's neighbours are `neighborhood[starts[i]..starts[i + 1])`, nodes
 * numbered in actor order, each one's neighbours in the order flows first linked them: the
 * order graphology lists them in (its NeighborhoodIndex, which its Brandes walks), so the
 * estimate adds up exactly as it would there.
 */
function adjacency(ids: string[], flows: readonly Flow[]): { neighborhood: Uint32Array; starts: Uint32Array } {
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const lists: number[][] = ids.map(() => []);
  const linked = new Set<number>();
  let total = 0;
  for (const flow of flows) {
    const a = index.get(flow.from);
    const b = index.get(flow.to);
    if (a === undefined || b === undefined || a === b) continue;
    const pair = a < b ? a * n + b : b * n + a;
    if (linked.has(pair)) continue;
    linked.add(pair);
    lists[a]!.push(b);
    lists[b]!.push(a);
    total += 2;
  }
  const neighborhood = new Uint32Array(total);
  const starts = new Uint32Array(n + 1);
  let at = 0;
  lists.forEach((list, i) => {
    starts[i] = at;
    neighborhood.set(list, at);
    at += list.length;
  });
  starts[n] = at;
  return { neighborhood, starts };
}

/** Typed arrays one Brandes pass reuses (no arrays made per source and node). */
interface Paths {
  /** Nodes in the order the breadth-first search reached them. */
  order: Uint32Array;
  /** Steps from the source; -1 not reached. */
  distance: Int32Array;
  /** Shortest paths from the source. */
  sigma: Float64Array;
  delta: Float64Array;
}

/** Brandes's breadth-first pass from `source`: distances and path counts; returns how many nodes it reached. */
function shortestPaths(neighborhood: ArrayLike<number>, starts: ArrayLike<number>, source: number, paths: Paths): number {
  const { order, distance, sigma } = paths;
  distance.fill(-1);
  sigma.fill(0);
  distance[source] = 0;
  sigma[source] = 1;
  order[0] = source;
  let reached = 1;
  for (let head = 0; head < reached; head++) {
    const v = order[head]!;
    const next = distance[v]! + 1;
    for (let j = starts[v]!, stop = starts[v + 1]!; j < stop; j++) {
      const w = neighborhood[j]!;
      if (distance[w] === -1) {
        distance[w] = next;
        order[reached++] = w;
      }
      if (distance[w] === next) sigma[w] = sigma[w]! + sigma[v]!;
    }
  }
  return reached;
}

/**
 * Brandes's accumulation, farthest node first: each node passes its dependency to the nodes one
 * step nearer the source it is reached through (its predecessors, found as neighbours one step
 * nearer rather than kept in lists), the same sums as graphology-metrics' in the same order.
 */
function accumulate(
  neighborhood: ArrayLike<number>,
  starts: ArrayLike<number>,
  source: number,
  reached: number,
  paths: Paths,
  centralities: Float64Array,
): void {
  const { order, distance, sigma, delta } = paths;
  delta.fill(0);
  for (let at = reached - 1; at >= 0; at--) {
    const w = order[at]!;
    const coefficient = (1 + delta[w]!) / sigma[w]!;
    const previous = distance[w]! - 1;
    for (let j = starts[w]!, stop = starts[w + 1]!; j < stop; j++) {
      const v = neighborhood[j]!;
      if (distance[v] === previous) delta[v] = delta[v]! + sigma[v]! * coefficient;
    }
    if (w !== source) centralities[w] = centralities[w]! + delta[w]!;
  }
}

import { UndirectedGraph } from 'graphology';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import type { EcosystemMap } from '../map/index.js';
import type { MergedElement } from './mergeAtlas.js';
import { projectOf } from './types.js';

type Betweenness = typeof betweennessModule.default;
// The module is CommonJS (`module.exports = fn`) with types that say `export default`: Node's
// ESM import gives the function itself, a bundler may give `{ default }`. Either works here.
const betweennessCentrality: Betweenness =
  (betweennessModule as unknown as { default?: Betweenness }).default ?? (betweennessModule as unknown as Betweenness);

/** Per-actor figures of the atlas (SPEC T6), on the undirected simple graph of its actors and flows. */
export interface ActorMetrics {
  /** Other actors linked to it by a flow of any kind, either way (repeats and self-loops not counted). */
  degree: number;
  /** Betweenness centrality (graphology-metrics, Brandes), normalised to 0–1: the share of shortest paths between other actors that pass through it. */
  betweenness: number;
  /** Projects whose maps it is on (a board of no project counts as its own). */
  projects: number;
}

/** Degree, betweenness and projects per actor, by actor id. Computed by graphology-metrics, not by hand. */
export function actorMetrics(map: EcosystemMap, elements: Map<string, MergedElement>): Map<string, ActorMetrics> {
  const graph = new UndirectedGraph({ multi: false, allowSelfLoops: false });
  for (const actor of map.actors) graph.addNode(actor.id);
  for (const flow of map.flows) if (flow.from !== flow.to) graph.mergeEdge(flow.from, flow.to);
  const betweenness = map.actors.length > 2 ? betweennessCentrality(graph, { normalized: true }) : {};
  return new Map(
    map.actors.map((actor) => [
      actor.id,
      {
        degree: graph.degree(actor.id),
        betweenness: betweenness[actor.id] ?? 0,
        projects: new Set(elements.get(actor.id)?.sources.map(projectOf)).size,
      },
    ]),
  );
}

import type { EcosystemMap } from '../map/index.js';
import { actorLinks } from './mapIndex.js';
import { countComponents, simpleGraph } from './simpleGraph.js';
import type { MapMetrics } from './types.js';

/**
 * The contract's metrics on the undirected simple graph of all actors and all flows. Both
 * ratios are one integer divided by another, so any correct computation gives the same double.
 */
export function mapMetrics(map: EcosystemMap): MapMetrics {
  const n = map.actors.length;
  const graph = simpleGraph(
    n,
    actorLinks(map, () => true),
  );
  const degrees = graph.neighbours.map((list) => list.length);
  const highest = degrees.reduce((max, degree) => Math.max(max, degree), 0);
  const shortfall = degrees.reduce((sum, degree) => sum + (highest - degree), 0);
  return {
    actors: n,
    flows: map.flows.length,
    density: n < 2 ? 0 : graph.edgeCount / ((n * (n - 1)) / 2),
    components: countComponents(graph),
    degreeCentralisation: n < 3 ? 0 : shortfall / ((n - 1) * (n - 2)),
  };
}

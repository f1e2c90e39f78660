import type { EcosystemMap } from '../../map/index.js';
import { actorLinks, indexMap, type MapIndex } from '../mapIndex.js';
import { actorName } from '../names.js';
import { articulationPoints, countComponents, simpleGraph } from '../simpleGraph.js';
import { withValues } from '../findingValues.js';
import type { Finding } from '../types.js';

/**
 * single-point-of-failure (warning): an articulation point of the undirected graph of the actors
 * that have data flows, linked by those flows: removing it leaves more connected parts. Other
 * actors are not in that graph, so they neither count as parts nor hold parts together.
 */
export function singlePointOfFailure(map: EcosystemMap, index: MapIndex = indexMap(map)): Finding[] {
  const links = actorLinks(map, (flow) => flow.kind === 'data');
  // Renumber the actors with data flows 0..k−1, so the graph holds only them.
  const members = [...new Set(links.flat())].sort((a, b) => a - b);
  const position = new Map(members.map((actor, i) => [actor, i]));
  const graph = simpleGraph(
    members.length,
    links.map(([a, b]) => [position.get(a) ?? 0, position.get(b) ?? 0] as const),
  );
  const before = countComponents(graph);
  return [...articulationPoints(graph)].flatMap(([vertex, parts]): Finding[] => {
    const actor = map.actors[members[vertex] ?? -1];
    if (actor === undefined) return [];
    const after = before - 1 + parts;
    const message = `${actorName(index, actor.id)} holds the data flows together: without it, the actors they link fall from ${before} connected ${before === 1 ? 'part' : 'parts'} into ${after}`;
    return [
      withValues(
        { rule: 'single-point-of-failure', severity: 'warning', subjects: [actor.id], message },
        { rule: 'single-point-of-failure', actor: actorName(index, actor.id), before, after },
      ),
    ];
  });
}

import type { EcosystemMap } from '../../map/index.js';
import { indexMap, type MapIndex } from '../mapIndex.js';
import { actorName } from '../names.js';
import { withValues } from '../findingValues.js';
import type { Finding } from '../types.js';

/** isolated-actor (warning): an actor with no flow of any kind, in or out (a self-loop is a flow). */
export function isolatedActor(map: EcosystemMap, index: MapIndex = indexMap(map)): Finding[] {
  const linked = new Set(map.flows.flatMap((flow) => [flow.from, flow.to]));
  return map.actors.flatMap((actor): Finding[] => {
    if (linked.has(actor.id)) return [];
    const message = `${actorName(index, actor.id)} has no flows: it is on the map but exchanges nothing with anyone`;
    return [
      withValues(
        { rule: 'isolated-actor', severity: 'warning', subjects: [actor.id], message },
        { rule: 'isolated-actor', actor: actorName(index, actor.id) },
      ),
    ];
  });
}

import type { EcosystemMap } from '../../map/index.js';
import { indexMap, type MapIndex } from '../mapIndex.js';
import { actorName } from '../names.js';
import { withValues } from '../findingValues.js';
import type { Finding } from '../types.js';

/** The rule applies only from this many actors and this many flows: in a smaller map someone is always central. */
const minimum = 4;

/**
 * focal-point (warning): an actor at an end of at least half of all flows (every kind), in a
 * map with at least 4 actors and 4 flows. A self-loop is one flow with the actor at both ends:
 * it counts once, like any other flow the actor is on.
 */
export function focalPoint(map: EcosystemMap, index: MapIndex = indexMap(map)): Finding[] {
  const total = map.flows.length;
  if (map.actors.length < minimum || total < minimum) return [];
  const onFlows = new Map<string, number>();
  const add = (id: string) => onFlows.set(id, (onFlows.get(id) ?? 0) + 1);
  for (const flow of map.flows) {
    add(flow.from);
    if (flow.to !== flow.from) add(flow.to);
  }
  return map.actors.flatMap((actor): Finding[] => {
    const on = onFlows.get(actor.id) ?? 0;
    // "At least half", in integers: exactly half counts.
    if (2 * on < total) return [];
    const message = `${actorName(index, actor.id)} is on ${on} of ${total} flows: much of the ecosystem depends on this one actor`;
    return [
      withValues(
        { rule: 'focal-point', severity: 'warning', subjects: [actor.id], message },
        { rule: 'focal-point', actor: actorName(index, actor.id), on, total },
      ),
    ];
  });
}

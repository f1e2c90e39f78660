import type { EcosystemMap } from '../../map/index.js';
import { indexMap, type MapIndex } from '../mapIndex.js';
import { actorName, count } from '../names.js';
import { withValues } from '../findingValues.js';
import type { Finding } from '../types.js';

/**
 * one-way-value (info): an actor that is the source of at least one data flow and the target of
 * no flow of any kind. A data self-loop makes its actor a target too, so it never raises this.
 */
export function oneWayValue(map: EcosystemMap, index: MapIndex = indexMap(map)): Finding[] {
  const targets = new Set(map.flows.map((flow) => flow.to));
  const sent = new Map<string, number>();
  for (const flow of map.flows) if (flow.kind === 'data') sent.set(flow.from, (sent.get(flow.from) ?? 0) + 1);
  return map.actors.flatMap((actor): Finding[] => {
    const n = sent.get(actor.id) ?? 0;
    if (n === 0 || targets.has(actor.id)) return [];
    const message = `${actorName(index, actor.id)} sends data on ${count(n, 'flow')} but no flow of any kind comes back to it`;
    return [
      withValues(
        { rule: 'one-way-value', severity: 'info', subjects: [actor.id], message },
        { rule: 'one-way-value', actor: actorName(index, actor.id), flows: n },
      ),
    ];
  });
}

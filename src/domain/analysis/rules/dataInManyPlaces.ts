import { compareIds } from '../../map/index.js';
import type { EcosystemMap } from '../../map/index.js';
import { indexMap, type MapIndex } from '../mapIndex.js';
import { actorName, count, nameList, nameOf } from '../names.js';
import { withValues } from '../findingValues.js';
import type { Finding } from '../types.js';

/**
 * data-in-many-places (warning): a dataset held by two or more actors (`heldBy`), or whose data
 * flows leave two or more different actors (distinct `from` of the data flows naming it). A
 * self-loop does not leave its actor, so it does not count as a place the data leaves.
 */
export function dataInManyPlaces(map: EcosystemMap, index: MapIndex = indexMap(map)): Finding[] {
  const sources = new Map<string, Set<string>>();
  for (const flow of map.flows) {
    if (flow.kind !== 'data' || flow.dataset === undefined || flow.from === flow.to) continue;
    const set = sources.get(flow.dataset) ?? new Set<string>();
    sources.set(flow.dataset, set.add(flow.from));
  }
  return map.datasets.flatMap((dataset): Finding[] => {
    const holders = [...new Set(dataset.heldBy)];
    const leaving = [...(sources.get(dataset.id) ?? [])];
    // By id, so the message does not depend on the order of the map's lists.
    const named = (ids: string[]) => [...ids].sort(compareIds).map((id) => actorName(index, id));
    const names = (ids: string[]) => nameList(named(ids));
    const parts = [
      holders.length >= 2 ? `is held by ${count(holders.length, 'actor')} (${names(holders)})` : '',
      leaving.length >= 2 ? `flows out of ${count(leaving.length, 'actor')} (${names(leaving)})` : '',
    ].filter((part) => part !== '');
    if (parts.length === 0) return [];
    const message = `The dataset ${nameOf(dataset)} ${parts.join(' and ')}: copies in many places are harder to keep accurate and secure`;
    return [
      withValues(
        { rule: 'data-in-many-places', severity: 'warning', subjects: [dataset.id], message },
        {
          rule: 'data-in-many-places',
          dataset: nameOf(dataset),
          ...(holders.length >= 2 && { holders: { count: holders.length, names: named(holders) } }),
          ...(leaving.length >= 2 && { leaving: { count: leaving.length, names: named(leaving) } }),
        },
      ),
    ];
  });
}

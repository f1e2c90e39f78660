import { deidentificationLabels, sensitivityLabels } from '../../map/index.js';
import type { EcosystemMap } from '../../map/index.js';
import { datasetOf, indexMap, type MapIndex } from '../mapIndex.js';
import { flowName, flowWords, sentence } from '../names.js';
import { withValues } from '../findingValues.js';
import type { Finding } from '../types.js';

const personal = new Set(['personal', 'special-category']);
const identifying = new Set(['identifiable', 'pseudonymised']);

/**
 * personal-data-exposed: a data flow of a `personal` or `special-category` dataset that is
 * `identifiable` or `pseudonymised` (absent counts as identifiable), whose access (the flow's,
 * else its dataset's) is `open` (error) or `shared` (warning). A flow without a dataset says
 * nothing about what it carries, so it raises nothing; neither does an unknown access.
 */
export function personalDataExposed(map: EcosystemMap, index: MapIndex = indexMap(map)): Finding[] {
  return map.flows.flatMap((flow): Finding[] => {
    const dataset = datasetOf(index, flow);
    if (flow.kind !== 'data' || dataset?.sensitivity === undefined || !personal.has(dataset.sensitivity)) return [];
    const deidentification = dataset.deidentification ?? 'identifiable';
    if (!identifying.has(deidentification)) return [];
    const access = flow.access ?? dataset.access;
    if (access !== 'open' && access !== 'shared') return [];
    const how = dataset.deidentification === undefined ? 'not de-identified' : deidentificationLabels[deidentification].toLowerCase();
    const what = `${sensitivityLabels[dataset.sensitivity].toLowerCase()} data, ${how}`;
    const message = `${sentence(flowName(index, flow))} is ${access} and carries ${what}: people could be identified`;
    return [
      withValues(
        { rule: 'personal-data-exposed', severity: access === 'open' ? 'error' : 'warning', subjects: [flow.id], message },
        {
          rule: 'personal-data-exposed',
          flow: flowWords(index, flow),
          access,
          sensitivity: dataset.sensitivity,
          ...(dataset.deidentification !== undefined && { deidentification: dataset.deidentification }),
        },
      ),
    ];
  });
}

import type { EcosystemMap } from '../../map/index.js';
import { datasetOf, indexMap, type MapIndex } from '../mapIndex.js';
import { flowName, flowWords, sentence } from '../names.js';
import { withValues } from '../findingValues.js';
import type { Finding } from '../types.js';

/**
 * no-standard (warning): a data flow with no standard, on the flow or on its dataset. A blank
 * standard (empty or spaces, which the file allows) names no standard, so it counts as none.
 */
export function noStandard(map: EcosystemMap, index: MapIndex = indexMap(map)): Finding[] {
  return map.flows.flatMap((flow): Finding[] => {
    const dataset = datasetOf(index, flow);
    if (flow.kind !== 'data' || named(flow.standard) || named(dataset?.standard)) return [];
    const why = dataset ? 'neither the flow nor its dataset names one' : 'the flow names none and carries no dataset';
    const message = `${sentence(flowName(index, flow))} follows no standard: ${why}`;
    return [
      withValues(
        { rule: 'no-standard', severity: 'warning', subjects: [flow.id], message },
        { rule: 'no-standard', flow: flowWords(index, flow), hasDataset: dataset !== undefined },
      ),
    ];
  });
}

const named = (standard: string | undefined) => standard !== undefined && standard.trim() !== '';

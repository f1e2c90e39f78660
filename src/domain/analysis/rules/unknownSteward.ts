import type { EcosystemMap } from '../../map/index.js';
import { nameOf } from '../names.js';
import { withValues } from '../findingValues.js';
import type { Finding } from '../types.js';

/** unknown-steward (info): a dataset with no steward. */
export function unknownSteward(map: EcosystemMap): Finding[] {
  return map.datasets.flatMap((dataset): Finding[] => {
    if (dataset.steward !== undefined) return [];
    const message = `The dataset ${nameOf(dataset)} has no steward: no one is named as looking after it`;
    return [
      withValues(
        { rule: 'unknown-steward', severity: 'info', subjects: [dataset.id], message },
        { rule: 'unknown-steward', dataset: nameOf(dataset) },
      ),
    ];
  });
}

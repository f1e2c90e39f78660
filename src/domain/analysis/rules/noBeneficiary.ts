import type { EcosystemMap } from '../../map/index.js';
import { withValues } from '../findingValues.js';
import type { Finding } from '../types.js';

/**
 * no-beneficiary (warning): no actor has the role `beneficiary` and none is of type
 * `individuals`. One finding about the whole map, with no subjects; a map with no actors has it too.
 */
export function noBeneficiary(map: EcosystemMap): Finding[] {
  if (map.actors.some((a) => a.roles.includes('beneficiary') || a.type === 'individuals')) return [];
  const n = map.actors.length;
  const who = n === 0 ? 'The map has no actors, so none' : n === 1 ? 'Its one actor' : `None of its ${n} actors`;
  const message = `${who} has the role beneficiary or the type individuals: the map does not show who gains from the data`;
  return [withValues({ rule: 'no-beneficiary', severity: 'warning', subjects: [], message }, { rule: 'no-beneficiary', actors: n })];
}

import { compareIds } from '../map/index.js';
import type { EcosystemMap } from '../map/index.js';
import { indexMap, type MapIndex } from './mapIndex.js';
import { mapMetrics } from './metrics.js';
import { dataInManyPlaces } from './rules/dataInManyPlaces.js';
import { focalPoint } from './rules/focalPoint.js';
import { isolatedActor } from './rules/isolatedActor.js';
import { noBeneficiary } from './rules/noBeneficiary.js';
import { noStandard } from './rules/noStandard.js';
import { oneWayValue } from './rules/oneWayValue.js';
import { personalDataExposed } from './rules/personalDataExposed.js';
import { singlePointOfFailure } from './rules/singlePointOfFailure.js';
import { unknownSteward } from './rules/unknownSteward.js';
import { findingsFormat, findingsFormatVersion, ruleIds } from './types.js';
import type { Finding, FindingsDocument, RuleId } from './types.js';

export type Rule = (map: EcosystemMap, index: MapIndex) => Finding[];

export const rules: Record<RuleId, Rule> = {
  'focal-point': focalPoint,
  'no-standard': noStandard,
  'data-in-many-places': dataInManyPlaces,
  'personal-data-exposed': personalDataExposed,
  'isolated-actor': isolatedActor,
  'no-beneficiary': noBeneficiary,
  'single-point-of-failure': singlePointOfFailure,
  'one-way-value': oneWayValue,
  'unknown-steward': unknownSteward,
};

/**
 * The findings document of a map (formats/ecosystem-map.md, "Findings"). Expects a valid map,
 * as readMapFile and board snapshots give. Findings come in a stable order whatever the order
 * of the map's lists: rule order as in the contract's table, then subject id (compareIds).
 */
export function analyzeMap(map: EcosystemMap): FindingsDocument {
  const index = indexMap(map);
  const bySubject = (a: Finding, b: Finding) => compareIds(a.subjects[0] ?? '', b.subjects[0] ?? '');
  return {
    format: findingsFormat,
    version: findingsFormatVersion,
    map: map.title,
    metrics: mapMetrics(map),
    findings: ruleIds.flatMap((rule) => rules[rule](map, index).sort(bySubject)),
  };
}

import findingsMessages from 'virtual:messages/en/map.findings';
import { findingValues, type Finding, type FlowWords, type NamedActors } from '../../../domain/analysis/index.js';
import { addEnglish, translate } from '../../i18n/index.js';

addEnglish(findingsMessages);

/** How many names a list shows before "and 2 more" (the domain's `nameList`). */
const listed = 4;

/** "A, B, C, D and 2 more" in the language's words. */
function names({ names: all }: NamedActors): string {
  if (all.length <= listed) return all.join(', ');
  return translate('map.findings.msg.more', { names: all.slice(0, listed).join(', '), count: all.length - listed });
}

/** A flow as a sentence opens with it: `The data flow "hourly upload" of Sensor readings from A to B`. */
function flowPhrase(flow: FlowWords): string {
  return translate('map.findings.msg.flow', {
    kind: flow.kind,
    label: flow.label ? translate('map.findings.msg.flow.label', { label: flow.label }) : '',
    dataset: flow.dataset ? translate('map.findings.msg.flow.dataset', { dataset: flow.dataset }) : '',
    ends: flow.within
      ? translate('map.findings.msg.flow.within', { actor: flow.from })
      : translate('map.findings.msg.flow.ends', { from: flow.from, to: flow.to }),
  });
}

/**
 * A finding's sentence in the interface's language, from the values its rule found (the
 * domain's `findingValues`), names as they are on the map. Its English is the rule's own
 * `message`, word for word (test/unit/i18n/findingWords.test.ts). A finding without values
 * (none today) reads as the rule wrote it. Call while drawing, in a component that uses `useI18n`.
 */
export function findingMessage(finding: Finding): string {
  const v = findingValues(finding);
  if (!v) return finding.message;
  switch (v.rule) {
    case 'focal-point':
      return translate('map.findings.msg.focalPoint', { actor: v.actor, on: v.on, total: v.total });
    case 'no-standard':
      return v.hasDataset
        ? translate('map.findings.msg.noStandard.dataset', { flow: flowPhrase(v.flow) })
        : translate('map.findings.msg.noStandard.noDataset', { flow: flowPhrase(v.flow) });
    case 'data-in-many-places': {
      const parts = [
        v.holders && translate('map.findings.msg.manyPlaces.held', { count: v.holders.count, names: names(v.holders) }),
        v.leaving && translate('map.findings.msg.manyPlaces.leaving', { count: v.leaving.count, names: names(v.leaving) }),
      ].filter((part): part is string => typeof part === 'string');
      const what = parts.length === 2 ? translate('map.findings.msg.and', { first: parts[0]!, last: parts[1]! }) : (parts[0] ?? '');
      return translate('map.findings.msg.manyPlaces', { dataset: v.dataset, what });
    }
    case 'personal-data-exposed':
      return translate('map.findings.msg.personalData', {
        flow: flowPhrase(v.flow),
        access: v.access,
        sensitivity: v.sensitivity,
        how: v.deidentification ?? 'none',
      });
    case 'isolated-actor':
      return translate('map.findings.msg.isolated', { actor: v.actor });
    case 'no-beneficiary':
      return translate('map.findings.msg.noBeneficiary', { count: v.actors });
    case 'single-point-of-failure':
      return translate('map.findings.msg.singlePoint', { actor: v.actor, before: v.before, after: v.after });
    case 'one-way-value':
      return translate('map.findings.msg.oneWay', { actor: v.actor, flows: v.flows });
    case 'unknown-steward':
      return translate('map.findings.msg.unknownSteward', { dataset: v.dataset });
  }
}

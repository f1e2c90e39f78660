import { findingValues, type FlowWords, type NamedActors } from './findingValues.js';
import type { Finding } from './types.js';

/** The messages a finding's sentence is made of (`map.findings.msg.` in the message catalogues). */
export type FindingMessageKey =
  | 'map.findings.msg.more'
  | 'map.findings.msg.flow'
  | 'map.findings.msg.flow.label'
  | 'map.findings.msg.flow.dataset'
  | 'map.findings.msg.flow.within'
  | 'map.findings.msg.flow.ends'
  | 'map.findings.msg.focalPoint'
  | 'map.findings.msg.noStandard.dataset'
  | 'map.findings.msg.noStandard.noDataset'
  | 'map.findings.msg.manyPlaces.held'
  | 'map.findings.msg.manyPlaces.leaving'
  | 'map.findings.msg.and'
  | 'map.findings.msg.manyPlaces'
  | 'map.findings.msg.personalData'
  | 'map.findings.msg.isolated'
  | 'map.findings.msg.noBeneficiary'
  | 'map.findings.msg.singlePoint'
  | 'map.findings.msg.oneWay'
  | 'map.findings.msg.unknownSteward';

/** Fills a catalogue's message in one language: the web's `translate`, the server's catalogue text. */
export type FindingWords = (key: FindingMessageKey, values?: Record<string, string | number>) => string;

/** How many names a list shows before "and 2 more" (as the rules' `nameList`). */
const listed = 4;

/** "A, B, C, D and 2 more" in the language's words. */
function names(t: FindingWords, { names: all }: NamedActors): string {
  if (all.length <= listed) return all.join(', ');
  return t('map.findings.msg.more', { names: all.slice(0, listed).join(', '), count: all.length - listed });
}

/** A flow as a sentence opens with it: `The data flow "hourly upload" of Sensor readings from A to B`. */
function flowPhrase(t: FindingWords, flow: FlowWords): string {
  return t('map.findings.msg.flow', {
    kind: flow.kind,
    label: flow.label ? t('map.findings.msg.flow.label', { label: flow.label }) : '',
    dataset: flow.dataset ? t('map.findings.msg.flow.dataset', { dataset: flow.dataset }) : '',
    ends: flow.within
      ? t('map.findings.msg.flow.within', { actor: flow.from })
      : t('map.findings.msg.flow.ends', { from: flow.from, to: flow.to }),
  });
}

/**
 * A finding's sentence in a language, from the values its rule found (`findingValues`) and the
 * catalogue's `map.findings.msg.` messages filled by `t`, names as they are on the map. Its
 * English is the rule's own `message`, word for word (test/unit/i18n/findingWords.test.ts).
 * A finding without values (one read from a file, not made by a rule here) reads as the rule
 * wrote it. The web's findings panel and the server's report both word findings with it.
 */
export function findingSentence(finding: Finding, t: FindingWords): string {
  const v = findingValues(finding);
  if (!v) return finding.message;
  switch (v.rule) {
    case 'focal-point':
      return t('map.findings.msg.focalPoint', { actor: v.actor, on: v.on, total: v.total });
    case 'no-standard':
      return v.hasDataset
        ? t('map.findings.msg.noStandard.dataset', { flow: flowPhrase(t, v.flow) })
        : t('map.findings.msg.noStandard.noDataset', { flow: flowPhrase(t, v.flow) });
    case 'data-in-many-places': {
      const parts = [
        v.holders && t('map.findings.msg.manyPlaces.held', { count: v.holders.count, names: names(t, v.holders) }),
        v.leaving && t('map.findings.msg.manyPlaces.leaving', { count: v.leaving.count, names: names(t, v.leaving) }),
      ].filter((part): part is string => typeof part === 'string');
      const what = parts.length === 2 ? t('map.findings.msg.and', { first: parts[0]!, last: parts[1]! }) : (parts[0] ?? '');
      return t('map.findings.msg.manyPlaces', { dataset: v.dataset, what });
    }
    case 'personal-data-exposed':
      return t('map.findings.msg.personalData', {
        flow: flowPhrase(t, v.flow),
        access: v.access,
        sensitivity: v.sensitivity,
        how: v.deidentification ?? 'none',
      });
    case 'isolated-actor':
      return t('map.findings.msg.isolated', { actor: v.actor });
    case 'no-beneficiary':
      return t('map.findings.msg.noBeneficiary', { count: v.actors });
    case 'single-point-of-failure':
      return t('map.findings.msg.singlePoint', { actor: v.actor, before: v.before, after: v.after });
    case 'one-way-value':
      return t('map.findings.msg.oneWay', { actor: v.actor, flows: v.flows });
    case 'unknown-steward':
      return t('map.findings.msg.unknownSteward', { dataset: v.dataset });
  }
}

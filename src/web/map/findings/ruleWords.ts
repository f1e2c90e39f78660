import findingsMessages from 'virtual:messages/en/map.findings';
import type { RuleId, Severity } from '../../../domain/analysis/index.js';
import { addEnglish, msg, type MessageKey } from '../../i18n/index.js';

addEnglish(findingsMessages);

/**
 * What each rule of the analysis means (src/domain/analysis/ruleGuidance.ts) as message keys
 * (`map.findings.rule.`): its title, why it matters and what a group might do. The domain keeps
 * its English for the server's text output and the report; the English catalogue holds the same
 * words (test/unit/i18n/ruleWords.test.ts), so they cannot drift apart.
 */
export interface RuleWordKeys {
  title: MessageKey;
  explanation: MessageKey;
  suggestion: MessageKey;
}

export const ruleWordKeys: Record<RuleId, RuleWordKeys> = {
  'focal-point': {
    title: msg('map.findings.rule.focalPoint.title'),
    explanation: msg('map.findings.rule.focalPoint.why'),
    suggestion: msg('map.findings.rule.focalPoint.todo'),
  },
  'no-standard': {
    title: msg('map.findings.rule.noStandard.title'),
    explanation: msg('map.findings.rule.noStandard.why'),
    suggestion: msg('map.findings.rule.noStandard.todo'),
  },
  'data-in-many-places': {
    title: msg('map.findings.rule.dataInManyPlaces.title'),
    explanation: msg('map.findings.rule.dataInManyPlaces.why'),
    suggestion: msg('map.findings.rule.dataInManyPlaces.todo'),
  },
  'personal-data-exposed': {
    title: msg('map.findings.rule.personalDataExposed.title'),
    explanation: msg('map.findings.rule.personalDataExposed.why'),
    suggestion: msg('map.findings.rule.personalDataExposed.todo'),
  },
  'isolated-actor': {
    title: msg('map.findings.rule.isolatedActor.title'),
    explanation: msg('map.findings.rule.isolatedActor.why'),
    suggestion: msg('map.findings.rule.isolatedActor.todo'),
  },
  'no-beneficiary': {
    title: msg('map.findings.rule.noBeneficiary.title'),
    explanation: msg('map.findings.rule.noBeneficiary.why'),
    suggestion: msg('map.findings.rule.noBeneficiary.todo'),
  },
  'single-point-of-failure': {
    title: msg('map.findings.rule.singlePointOfFailure.title'),
    explanation: msg('map.findings.rule.singlePointOfFailure.why'),
    suggestion: msg('map.findings.rule.singlePointOfFailure.todo'),
  },
  'one-way-value': {
    title: msg('map.findings.rule.oneWayValue.title'),
    explanation: msg('map.findings.rule.oneWayValue.why'),
    suggestion: msg('map.findings.rule.oneWayValue.todo'),
  },
  'unknown-steward': {
    title: msg('map.findings.rule.unknownSteward.title'),
    explanation: msg('map.findings.rule.unknownSteward.why'),
    suggestion: msg('map.findings.rule.unknownSteward.todo'),
  },
};

/** A finding's severity in words. */
export const severityKeys: Record<Severity, MessageKey> = {
  error: msg('map.findings.severity.error'),
  warning: msg('map.findings.severity.warning'),
  info: msg('map.findings.severity.info'),
};

// Findings of an ecosystem map (formats/ecosystem-map.md, "Findings"): metrics, rules, the document and its text.
export { analyzeMap, rules } from './analyzeMap.js';
export type { Rule } from './analyzeMap.js';
export { mapMetrics } from './metrics.js';
export { findingsToText } from './findingsToText.js';
export { ruleGuidance } from './ruleGuidance.js';
export { findingValues } from './findingValues.js';
export type { FindingValues, FlowWords, NamedActors } from './findingValues.js';
export { findingSentence } from './findingSentence.js';
export type { FindingMessageKey, FindingWords } from './findingSentence.js';
export type { RuleGuidance } from './ruleGuidance.js';
export { indexMap } from './mapIndex.js';
export type { MapIndex } from './mapIndex.js';
export { findingsFormat, findingsFormatVersion, ruleIds, severities } from './types.js';
export type { Finding, FindingsDocument, MapMetrics, RuleId, Severity } from './types.js';

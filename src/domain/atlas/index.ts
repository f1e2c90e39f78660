// The city atlas (SPEC T): every project map of a city merged into one ecosystem map.
export { atlasDecisionKinds, decisionPair, decisionProblem } from './decisions.js';
export type { AtlasDecision, AtlasDecisionKind } from './decisions.js';
export { nameKey, abbreviations } from './nameKey.js';
export { mergeAtlas } from './mergeAtlas.js';
export type { MergedElement, MergeResult } from './mergeAtlas.js';
export { suggestMerges, suggestionThreshold, minimumNameScore, minorWords } from './suggestions.js';
export type { AtlasSuggestion } from './suggestions.js';
export { actorMetrics } from './actorMetrics.js';
export type { ActorMetrics } from './actorMetrics.js';
export { cityFindings, cityRuleIds, cityRuleThresholds } from './cityFindings.js';
export type { CityFinding, CityFindingValues, CityRuleId } from './cityFindings.js';
export { datasetRegister, registerToCsv, registerToDcat } from './datasetRegister.js';
export type { RegisterEntry } from './datasetRegister.js';
export { buildAtlas, emptyAtlasMessage } from './buildAtlas.js';
export type { Atlas, CityHoldings } from './buildAtlas.js';
export { sourceKey, projectOf } from './types.js';
export type { AtlasMapInput, AtlasSource, AtlasPlaces } from './types.js';

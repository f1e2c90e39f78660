// The city atlas (SPEC T): every project map of a city merged into one ecosystem map.
export { atlasDecisionKinds, decisionPair } from './decisions.js';
export type { AtlasDecision, AtlasDecisionKind } from './decisions.js';

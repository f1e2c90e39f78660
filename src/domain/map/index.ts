// The ecosystem map: types, vocabularies, the file format, checks and pure operations.
export * from './vocabulary.js';
export { mapLimits, formatMapIssue, formatMapIssues } from './types.js';
export { boardLimits, overBoardLimit } from './boardLimits.js';
export type { BoardLimitName } from './boardLimits.js';
export type { EcosystemMap, Actor, Dataset, Flow, MapNote, Position, Extra, MapIssue } from './types.js';
export { readMapFile, restoreMapJson } from './mapFile.js';
export {
  writeMapFile,
  mapToJson,
  mapFormat,
  mapFormatVersion,
  elementToJson,
  actorFields,
  datasetFields,
  flowFields,
  noteFields,
} from './mapJson.js';
export type { ReadMapResult } from './mapFile.js';
export { readActor, readDataset, readFlow, readNote, readMapInfo } from './elements.js';
export { actorIssues, datasetIssues, flowIssues, noteIssues, mapIssues, mapInfoIssues } from './checks.js';
export { mapProblems } from './mapProblems.js';
export { mapChanges, noMapChanges } from './mapChanges.js';
export type { MapChanges, ListChanges } from './mapChanges.js';
export type { MapProblem, MapList } from './mapProblems.js';
export { repairMap } from './repairMap.js';
export { removeActor, removeDataset, removeFlow, removeNote, noteTarget, effectiveAccess, effectiveStandard } from './operations.js';
export { compareIds, sortMapById } from './order.js';
export { datasetAccess, datasetAccessText } from './datasetAccess.js';
export type { DatasetAccess } from './datasetAccess.js';

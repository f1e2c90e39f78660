// The Yjs layout of an ecosystem map board and its operations (see README.md).
export {
  mapLayoutVersion,
  mapLayoutOf,
  initMapDoc,
  actorsOf,
  datasetsOf,
  flowsOf,
  mapNotesOf,
  mapInfoOf,
  mapTypesOf,
  NewerMapLayoutError,
} from './mapLayout.js';
export { addActor, updateActor, removeActor, moveActors } from './actorOps.js';
export type { ActorPatch } from './actorOps.js';
export type { Placement } from './placement.js';
export { addDataset, updateDataset, removeDataset } from './datasetOps.js';
export type { DatasetPatch } from './datasetOps.js';
export { addFlow, updateFlow, removeFlow } from './flowOps.js';
export type { FlowPatch } from './flowOps.js';
export { addMapNote, updateMapNote, removeMapNote, moveMapNotes } from './noteOps.js';
export type { MapNotePatch } from './noteOps.js';
export { setMapInfo } from './mapInfo.js';
export type { MapInfoPatch } from './mapInfo.js';
export { readMap } from './readMap.js';
export type { ReadMapFromDocResult } from './readMap.js';
export { writeMapToDoc } from './writeMapToDoc.js';
export {
  saveMapVersion,
  listMapVersions,
  mapVersion,
  restoreMapVersion,
  mapVersionsOf,
  maxMapVersions,
  maxVersionChars,
} from './versions.js';
export type { MapVersionInfo } from './versions.js';
export {
  audienceQueueOf,
  readSuggestions,
  addSuggestion,
  dismissSuggestion,
  acceptSuggestion,
  isFromAudience,
  fromAudienceField,
} from './audienceQueue.js';

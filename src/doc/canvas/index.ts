export {
  canvasLayout,
  canvasLayoutOf,
  canvasTypeNames,
  declareCanvasTypes,
  initCanvasDoc,
  canvasNotesOf,
  canvasActionsOf,
  canvasSectionsOf,
  canvasSettingsOf,
  canvasReviewsOf,
  canvasVersionsOf,
} from './layout.js';
export type { CanvasOpResult } from './opResult.js';
export type { Placement } from './placement.js';
export { addNote, editNote, recolourNote, moveNote, deleteNote } from './notes.js';
export type { NewNote } from './notes.js';
export { setStatus } from './status.js';
export { addAction, noteToAction, updateAction, toggleAction, removeAction } from './actions.js';
export type { NewAction, ActionPatch } from './actions.js';
export { readCanvasSettings, setSettings } from './settings.js';
export type { CanvasSettings, SettingsPatch } from './settings.js';
export { addReview } from './reviews.js';
export { saveVersion, listVersions } from './versions.js';
export { versionCanvas } from './versionCanvas.js';
export type { CanvasVersionInfo } from './versions.js';
export { readCanvas } from './readCanvas.js';
export { writeCanvasToDoc } from './writeCanvasToDoc.js';

export { canvasThemes, themeIds } from './themes.js';
export type { ThemeId, ThemeInfo } from './themes.js';
export { canvasLayout, sectionIds, isSectionId } from './sections.js';
export type { SectionId, SectionPlace } from './sections.js';
export { canvasCredit, canvasSections, sectionInfo } from './sectionText.js';
export type { SectionInfo } from './sectionText.js';
export {
  canvasFormat,
  canvasFormatVersion,
  canvasLimits,
  defaultNoteColour,
  noteColours,
  priorities,
  sectionStatuses,
  sectionStatusLabels,
} from './types.js';
export type {
  Canvas,
  CanvasAction,
  CanvasError,
  CanvasNote,
  CanvasReview,
  CanvasSection,
  Extra,
  NoteColour,
  Priority,
  SectionStatus,
} from './types.js';
export { emptyCanvas, emptySection } from './emptyCanvas.js';
export { isCalendarDate, daysBetween } from './calendarDate.js';
export { checkCanvasField, textLength } from './fieldChecks.js';
export type { CanvasField } from './fieldChecks.js';
export { readCanvasFile } from './readCanvasFile.js';
export type { ReadCanvasResult } from './readCanvasFile.js';
export { restoreCanvas } from './restoreCanvas.js';
export { knownKeys as canvasKnownFields } from './canvasKeys.js';
export { restoreExtra } from './extra.js';
export { writeCanvasFile, canvasToJson } from './writeCanvasFile.js';
export { canvasToMarkdown } from './canvasToMarkdown.js';
export type { MapDatasetRef, MarkdownOptions } from './canvasToMarkdown.js';
export { diffCanvases, isEmptyDiff } from './diffCanvases.js';
export type { CanvasDiff, NoteField, ActionField, PlacedNote, PlacedAction } from './diffCanvases.js';
export { progress } from './progress.js';
export type { CanvasProgress } from './progress.js';
export { reviewState } from './reviewState.js';
export type { ReviewState, ReviewStatus } from './reviewState.js';
export { sortByVotes } from './sortByVotes.js';
export { listActions } from './listActions.js';
export type { ListedAction } from './listActions.js';

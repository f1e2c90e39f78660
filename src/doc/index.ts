export { layoutVersion, initBoardDoc, addQuickNote, readQuickNotes, notesOf, metaOf, boardSnapshot } from './boardDoc.js';
export type { QuickNote } from './boardDoc.js';

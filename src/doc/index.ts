export { layoutVersion, initBoardDoc, addQuickNote, readQuickNotes, notesOf, metaOf } from './boardDoc.js';
export { boardSnapshot } from './boardSnapshot.js';
export { removeAuthor } from './authorship.js';
export type { Author } from './authorship.js';
export type { QuickNote } from './boardDoc.js';
// Each model has its own index, imported by path (src/domain/map/index.js, …): their names
// overlap (a map's and a canvas's `Extra`), and a caller wants one model at a time.

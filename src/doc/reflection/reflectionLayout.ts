import type * as Y from 'yjs';
import { initBoardDoc, metaOf } from '../boardDoc.js';

/**
 * The Yjs layout of a reflection board, version 1, on top of the layout every board shares
 * (boardDoc.ts: `meta`, `notes`):
 *
 * - `meta.reflectionLayout`: 1.
 * - `reflection` (Y.Map): note id → Y.Map `{ id, text, column, author?, createdAt }`.
 *   `author` (a participant id) is absent when the note is anonymous. Keyed by id rather than
 *   kept in a list, so a note's fields are separate keys: one person moving a note while
 *   another edits its text keeps both changes, and a deleted note stays deleted whatever
 *   edits to it arrive later. Notes are ordered by `createdAt`, then id.
 */
export const reflectionLayout = 1;

export const reflectionMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('reflection');

/** Marks a fresh document as a reflection board of this layout. Idempotent. */
export function initReflectionDoc(doc: Y.Doc): void {
  doc.transact(() => {
    initBoardDoc(doc, 'reflection');
    if (metaOf(doc).get('reflectionLayout') === undefined) metaOf(doc).set('reflectionLayout', reflectionLayout);
  });
}

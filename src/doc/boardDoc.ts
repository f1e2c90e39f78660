import * as Y from 'yjs';
import type { BoardKind } from '../domain/index.js';

/**
 * The Yjs layout every board shares (layout version 1):
 * - `meta` (Y.Map): `layout` (number, this version), `kind` (BoardKind).
 * - `notes` (Y.Array of Y.Map): quick notes `{ id, text, author }`, the foundation's simple
 *   shared content; the map and canvas editors add their own top-level types beside it.
 * Top-level types this version does not know are left untouched (forward compatibility).
 */
export const layoutVersion = 1;

export interface QuickNote {
  id: string;
  text: string;
  author: string;
}

export function metaOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('meta');
}

export function notesOf(doc: Y.Doc): Y.Array<Y.Map<string>> {
  return doc.getArray('notes');
}

/** Marks a fresh document with its layout version and kind. Idempotent. */
export function initBoardDoc(doc: Y.Doc, kind: BoardKind): void {
  const meta = metaOf(doc);
  if (meta.get('layout') !== undefined) return;
  doc.transact(() => {
    meta.set('layout', layoutVersion);
    meta.set('kind', kind);
  });
}

export function addQuickNote(doc: Y.Doc, note: QuickNote): void {
  const m = new Y.Map<string>();
  m.set('id', note.id);
  m.set('text', note.text);
  m.set('author', note.author);
  notesOf(doc).push([m]);
}

/** Reads notes, skipping entries a peer wrote in a shape we do not know. */
export function readQuickNotes(doc: Y.Doc): QuickNote[] {
  const out: QuickNote[] = [];
  for (const m of notesOf(doc)) {
    if (!(m instanceof Y.Map)) continue;
    const id = m.get('id');
    const text = m.get('text');
    const author = m.get('author');
    if (typeof id === 'string' && typeof text === 'string') out.push({ id, text, author: typeof author === 'string' ? author : '' });
  }
  return out;
}

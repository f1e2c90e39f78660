import type * as Y from 'yjs';
import type { ReflectionColumn } from '../../domain/facilitation/index.js';
import {
  addReflectionNote,
  deleteReflectionNote,
  editReflectionNote,
  initReflectionDoc,
  moveReflectionNote,
} from '../../doc/reflection/index.js';
import { newId } from '../../shared/index.js';

const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

/**
 * A fresh random 32-bit Yjs client id this board has never seen, for an anonymous note
 * (src/doc/reflection: the note is written under it so nothing ties it to its writer).
 */
function freshClientId(doc: Y.Doc): number {
  for (;;) {
    const [id] = crypto.getRandomValues(new Uint32Array(1));
    if (id !== undefined && id !== doc.clientID && !doc.store.clients.has(id)) return id;
  }
}

/**
 * Marks the board as a reflection board first, in a transaction of its own: were it in the
 * same update as an anonymous note, that update would carry both the writer's client id and
 * the note, and tie them together in the server's log.
 */
function ready(doc: Y.Doc): void {
  initReflectionDoc(doc);
}

/** Adds a note in `column`, by `author` (a participant id) or, when `anonymous`, by nobody. */
export function addNote(doc: Y.Doc, column: ReflectionColumn, text: string, author: string, anonymous: boolean): void {
  ready(doc);
  const note = { id: newId(randomBytes, 'refl'), text, column, createdAt: new Date().toISOString() };
  if (anonymous) addReflectionNote(doc, note, { anonymousClientId: freshClientId(doc) });
  else addReflectionNote(doc, { ...note, author });
}

export function editNote(doc: Y.Doc, id: string, text: string): void {
  ready(doc);
  editReflectionNote(doc, id, text);
}

export function moveNote(doc: Y.Doc, id: string, column: ReflectionColumn): void {
  ready(doc);
  moveReflectionNote(doc, id, column);
}

export function deleteNote(doc: Y.Doc, id: string): void {
  deleteReflectionNote(doc, id);
}

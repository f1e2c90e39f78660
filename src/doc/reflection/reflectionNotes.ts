import * as Y from 'yjs';
import { checkedField, restoreChecked } from '../../domain/index.js';
import { AppError } from '../../shared/index.js';
import { checkReflectionColumn, checkReflectionNote, checkReflectionText } from '../../domain/facilitation/index.js';
import type { ReflectionColumn, ReflectionNote } from '../../domain/facilitation/index.js';
import { reflectionMap } from './reflectionLayout.js';

/**
 * Writing reflection notes (layout in reflectionLayout.ts). Input is checked against the
 * domain's note rules and throws VALIDATION_FAILED naming the field.
 */

function noteMap(note: ReflectionNote): Y.Map<unknown> {
  const m = new Y.Map<unknown>();
  m.set('id', note.id);
  m.set('text', note.text);
  m.set('column', note.column);
  if (note.author !== undefined) m.set('author', note.author);
  m.set('createdAt', note.createdAt);
  return m;
}

/**
 * Adds a note. An anonymous note (no `author`) needs `anonymousClientId`, a fresh random
 * 32-bit number: every Yjs change carries its writer's client id, and peers can match a client
 * id with a name through awareness. So the note is written in a scratch document under the
 * fresh id and merged in, and nothing in the board links it to its writer. Later edits to it
 * carry the editor's own id, as edits to any note do; anyone in the group may edit any note,
 * so an edit does not show who wrote it, but a careful writer of a sensitive note leaves it be.
 */
export function addReflectionNote(doc: Y.Doc, note: ReflectionNote, options: { anonymousClientId?: number } = {}): void {
  const checked = restoreChecked(checkReflectionNote(note));
  if (reflectionMap(doc).has(checked.id)) throw new AppError('VALIDATION_FAILED', `id: a reflection note ${checked.id} exists already`);
  if (checked.author !== undefined) {
    reflectionMap(doc).set(checked.id, noteMap(checked));
    return;
  }
  const clientId = options.anonymousClientId;
  // A client id the board has seen before would make the scratch write look like a duplicate
  // of changes it already has, and Yjs would drop it without a word.
  if (
    clientId === undefined ||
    !Number.isInteger(clientId) ||
    clientId < 0 ||
    clientId > 0xffffffff ||
    doc.store.clients.has(clientId) ||
    clientId === doc.clientID
  ) {
    throw new Error('an anonymous note needs anonymousClientId: a fresh random 32-bit number this board has not seen');
  }
  const scratch = new Y.Doc();
  scratch.clientID = clientId;
  reflectionMap(scratch).set(checked.id, noteMap(checked));
  // A new key has no earlier item to point at, so the scratch write needs nothing of the board.
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(scratch));
  scratch.destroy();
}

/** The note's map, if the note exists and is well formed enough to edit. */
function existing(doc: Y.Doc, id: string): Y.Map<unknown> | null {
  const value = reflectionMap(doc).get(id);
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : null;
}

/** Changes a note's text; false if there is no such note. */
export function editReflectionNote(doc: Y.Doc, id: string, text: string): boolean {
  const checked = restoreChecked(checkedField(checkReflectionText(text)));
  const note = existing(doc, id);
  if (!note) return false;
  note.set('text', checked);
  return true;
}

/** Moves a note to another column; false if there is no such note. */
export function moveReflectionNote(doc: Y.Doc, id: string, column: ReflectionColumn): boolean {
  const checked = restoreChecked(checkedField(checkReflectionColumn(column)));
  const note = existing(doc, id);
  if (!note) return false;
  note.set('column', checked);
  return true;
}

export function deleteReflectionNote(doc: Y.Doc, id: string): boolean {
  if (!reflectionMap(doc).has(id)) return false;
  reflectionMap(doc).delete(id);
  return true;
}

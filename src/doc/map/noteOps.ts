import type * as Y from 'yjs';
import type { MapNote } from '../../domain/map/index.js';
import { insertElement, noteKind, patchElement, refuseIssues } from './elementStore.js';
import { placeElements } from './placement.js';
import type { Placement } from './placement.js';
import { targetExists } from './references.js';
import { mapNotesOf, mapTransact } from './mapLayout.js';

/** The fields of a note an edit may change; `target: undefined` unpins it. */
export type MapNotePatch = Partial<Omit<MapNote, 'id' | 'extra'>>;

/** Adds a note, free or pinned; refuses bad fields, a target not on the board, a taken id. */
export function addMapNote(doc: Y.Doc, note: MapNote): void {
  if (note.target !== undefined) refuseMissingTarget(doc, note.target);
  insertElement(noteKind, doc, note);
}

/** Changes the given fields of a note; false when it is gone. */
export function updateMapNote(doc: Y.Doc, id: string, patch: MapNotePatch): boolean {
  if (patch.target !== undefined) refuseMissingTarget(doc, patch.target);
  return patchElement(noteKind, doc, id, patch);
}

export function removeMapNote(doc: Y.Doc, id: string): boolean {
  const notes = mapNotesOf(doc);
  if (!notes.has(id)) return false;
  mapTransact(doc, () => notes.delete(id));
  return true;
}

/** Stores where free notes were dropped (see moveActors: drag ends only). */
export function moveMapNotes(doc: Y.Doc, placements: Placement[]): number {
  return placeElements(doc, mapNotesOf(doc), placements);
}

function refuseMissingTarget(doc: Y.Doc, target: string): void {
  if (!targetExists(doc, target))
    refuseIssues([{ path: 'note.target', message: `no actor, dataset or flow with id ${JSON.stringify(target)} on the board` }]);
}

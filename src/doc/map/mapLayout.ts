import * as Y from 'yjs';
import { metaOf } from '../boardDoc.js';

/**
 * The Yjs layout of an ecosystem map board, version 1, beside the shared board layout
 * (`meta`, quick `notes`; see boardDoc.ts), recorded as `meta.mapLayout`:
 * - `actors`, `datasets`, `flows`, `mapNotes` (Y.Map keyed by element id): each value a Y.Map
 *   whose keys are the file format's field names (the id is the key, not a field) and whose
 *   values are plain JSON set whole: strings, lists (`roles`, `heldBy`, `tags`) and
 *   `position` `{ x, y }`. Fields this version does not know are kept as they are.
 * - `mapInfo` (Y.Map): `id`, `title`, `description` and the map's unknown top-level fields.
 * - `mapVersions` (Y.Array): saved versions of the map (versions.ts), outside `mapTypesOf`.
 * Map notes are `mapNotes` because the board layout's `notes` are the quick notes.
 */
export const mapLayoutVersion = 1;

export function actorsOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('actors');
}

export function datasetsOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('datasets');
}

export function flowsOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('flows');
}

export function mapNotesOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('mapNotes');
}

export function mapInfoOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('mapInfo');
}

/** Every top-level type of the map layout, for an editor to observe (observeDeep) in one go. */
export function mapTypesOf(doc: Y.Doc): Y.Map<unknown>[] {
  return [actorsOf(doc), datasetsOf(doc), flowsOf(doc), mapNotesOf(doc), mapInfoOf(doc)];
}

/** Thrown by every write when the board was laid out by a newer version of the app. */
export class NewerMapLayoutError extends Error {
  constructor(readonly found: number) {
    super(`This map was made by a newer version of Open Cities Studio (map layout ${found}). Reload the page to update before editing.`);
    this.name = 'NewerMapLayoutError';
  }
}

/** The board's map layout version, undefined on a board no map write has touched yet. */
export function mapLayoutOf(doc: Y.Doc): number | undefined {
  const layout = metaOf(doc).get('mapLayout');
  return typeof layout === 'number' ? layout : undefined;
}

/**
 * Runs a map write in one transaction (one update, one undo step), first refusing a board of
 * a newer layout, whose meaning this code cannot know, and marking a fresh board with this
 * layout. Reads need no such guard: they keep what they do not know.
 */
export function mapTransact(doc: Y.Doc, write: () => void): void {
  const layout = mapLayoutOf(doc);
  if (layout !== undefined && layout > mapLayoutVersion) throw new NewerMapLayoutError(layout);
  doc.transact(() => {
    if (layout === undefined) metaOf(doc).set('mapLayout', mapLayoutVersion);
    write();
  });
}

/** Marks a fresh board with the map layout. Idempotent; writes mark it anyway. */
export function initMapDoc(doc: Y.Doc): void {
  if (mapLayoutOf(doc) === undefined) mapTransact(doc, () => {});
}

/** Whether a map element with this id is on the board (a Y.Map under the key). */
export function hasElement(list: Y.Map<unknown>, id: string): boolean {
  return list.get(id) instanceof Y.Map;
}

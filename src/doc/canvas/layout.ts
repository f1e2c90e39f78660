import type * as Y from 'yjs';
import { initBoardDoc, metaOf } from '../boardDoc.js';

/**
 * The Yjs layout of an ethics canvas board, version `canvasLayout` (kept as `canvasLayout` in
 * the shared `meta` map, beside the board layout's `layout` and `kind`). Top-level types:
 *
 * - `canvasNotes`: Y.Map note id → Y.Map { text, author?, colour, section, order,
 *   createdBy?, votes?, baseVotes?, extra? } (`votes`, a Y.Map voter id → true, and
 *   `baseVotes`, a file's count, are read only: a note's votes now come from voting rounds,
 *   SPEC V5, whose dots are in the board's top-level `votes` map, src/doc/control/boardVotes.ts)
 *   (`extra`, here and below: a file's unknown fields, as JSON text)
 * - `canvasActions`: Y.Map action id → Y.Map { text, owner?, due?, priority, done, fromNote?,
 *   section, order, extra? }
 * - `canvasSections`: Y.Map section id → status
 * - `canvasSettings`: Y.Map { allowAnonymous, map?, nextReview?, title?, id?, extra?,
 *   sectionExtras? }
 * - `canvasReviews`: Y.Array of { date, by?, summary?, extra? } (plain values)
 * - `canvasVersions`: Y.Array of { id, label, date, canvas } (plain values, `canvas` is the
 *   file's JSON text), append-only
 *
 * Why this shape: a note is one map entry keyed by its id and its place is one `section`
 * value plus an `order` key, so concurrent moves can never copy or lose a note (the last
 * move wins). Everything a peer wrote is read through `readCanvas`, which never trusts it.
 */
export const canvasLayout = 1;

export const canvasTypeNames = {
  notes: 'canvasNotes',
  actions: 'canvasActions',
  sections: 'canvasSections',
  settings: 'canvasSettings',
  reviews: 'canvasReviews',
  versions: 'canvasVersions',
} as const;

export function canvasNotesOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(canvasTypeNames.notes);
}

export function canvasActionsOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(canvasTypeNames.actions);
}

export function canvasSectionsOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(canvasTypeNames.sections);
}

export function canvasSettingsOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(canvasTypeNames.settings);
}

export function canvasReviewsOf(doc: Y.Doc): Y.Array<unknown> {
  return doc.getArray(canvasTypeNames.reviews);
}

export function canvasVersionsOf(doc: Y.Doc): Y.Array<unknown> {
  return doc.getArray(canvasTypeNames.versions);
}

/** Names every top-level type of the layout without writing anything (see SimulatedNetwork). */
export function declareCanvasTypes(doc: Y.Doc): void {
  metaOf(doc);
  canvasNotesOf(doc);
  canvasActionsOf(doc);
  canvasSectionsOf(doc);
  canvasSettingsOf(doc);
  canvasReviewsOf(doc);
  canvasVersionsOf(doc);
}

/** Marks a fresh board as an ethics canvas of this layout. Idempotent. */
export function initCanvasDoc(doc: Y.Doc): void {
  initBoardDoc(doc, 'ethics-canvas');
  const meta = metaOf(doc);
  if (meta.get('canvasLayout') === undefined) meta.set('canvasLayout', canvasLayout);
}

/**
 * The canvas layout a document says it has (0 before `initCanvasDoc`). A client must not
 * edit a document of a newer layout than it knows: it would write fields the wrong way.
 */
export function canvasLayoutOf(doc: Y.Doc): number {
  const value = metaOf(doc).get('canvasLayout');
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : 0;
}

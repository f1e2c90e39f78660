import * as Y from 'yjs';
import type { Canvas } from '../../domain/canvas/index.js';
import { setOrDelete } from './entries.js';
import { canvasActionsOf, canvasNotesOf, canvasReviewsOf, canvasSectionsOf, canvasSettingsOf, initCanvasDoc } from './layout.js';
import { spreadKeys } from './orderKey.js';

/**
 * Replaces the board's canvas content with `canvas` (an import), in one transaction. Kept:
 * saved versions (append-only) and the anonymous-notes setting (the facilitator's, not the
 * file's). A file's vote counts have no voters, so they are stored as `baseVotes`, which the
 * dots of voting rounds add to (SPEC V5). `counted` is what those dots already give each note
 * id on this board (src/doc/control canvasRoundVotes): a file exported from this board and
 * loaded back keeps each note's number instead of counting its dots twice. Anything a peer
 * adds at the same moment survives the import.
 * Kept unknown fields are stored as JSON text: Yjs's own encoding of plain objects would
 * drop a field named `__proto__` on the way to a peer.
 */
export function writeCanvasToDoc(doc: Y.Doc, canvas: Canvas, counted: ReadonlyMap<string, number> = new Map()): void {
  const notes = canvasNotesOf(doc);
  const actions = canvasActionsOf(doc);
  const statuses = canvasSectionsOf(doc);
  const settings = canvasSettingsOf(doc);
  const reviews = canvasReviewsOf(doc);
  doc.transact(() => {
    initCanvasDoc(doc);
    notes.clear();
    actions.clear();
    statuses.clear();
    const sectionExtras: Record<string, unknown> = {};
    for (const section of canvas.sections) {
      statuses.set(section.id, section.status);
      if (section.extra) sectionExtras[section.id] = section.extra;
      const noteKeys = spreadKeys(section.notes.length);
      section.notes.forEach((note, i) => {
        const entry = new Y.Map<unknown>();
        entry.set('text', note.text);
        if (note.author !== undefined) entry.set('author', note.author);
        if (note.colour !== undefined) entry.set('colour', note.colour);
        entry.set('section', section.id);
        entry.set('order', noteKeys[i]);
        const base = note.votes - (counted.get(note.id) ?? 0);
        if (base > 0) entry.set('baseVotes', base);
        if (note.extra) entry.set('extra', JSON.stringify(note.extra));
        notes.set(note.id, entry);
      });
      const actionKeys = spreadKeys(section.actions.length);
      section.actions.forEach((action, i) => {
        const entry = new Y.Map<unknown>();
        entry.set('text', action.text);
        if (action.owner !== undefined) entry.set('owner', action.owner);
        if (action.due !== undefined) entry.set('due', action.due);
        entry.set('priority', action.priority);
        entry.set('done', action.done);
        if (action.fromNote !== undefined) entry.set('fromNote', action.fromNote);
        entry.set('section', section.id);
        entry.set('order', actionKeys[i]);
        if (action.extra) entry.set('extra', JSON.stringify(action.extra));
        actions.set(action.id, entry);
      });
    }
    settings.set('title', canvas.title);
    setOrDelete(settings, 'id', canvas.id);
    setOrDelete(settings, 'map', canvas.map);
    setOrDelete(settings, 'nextReview', canvas.nextReview);
    setOrDelete(settings, 'extra', canvas.extra && JSON.stringify(canvas.extra));
    setOrDelete(settings, 'sectionExtras', Object.keys(sectionExtras).length > 0 ? JSON.stringify(sectionExtras) : undefined);
    reviews.delete(0, reviews.length);
    reviews.push(canvas.reviews.map(({ extra, ...r }) => (extra ? { ...r, extra: JSON.stringify(extra) } : r)));
  });
}

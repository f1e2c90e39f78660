import * as Y from 'yjs';
import { checkCanvasField, defaultNoteColour } from '../../domain/canvas/index.js';
import type { CanvasError, NoteColour, SectionId } from '../../domain/canvas/index.js';
import { noSuchNote, noteEntry } from './entries.js';
import { canvasNotesOf } from './layout.js';
import { firstProblem, ok, refuse } from './opResult.js';
import type { CanvasOpResult } from './opResult.js';
import { orderKeyFor } from './placement.js';
import type { Placement } from './placement.js';
import { readCanvasSettings } from './settings.js';

export interface NewNote {
  /** Made by the caller (e.g. `newId(random, 'note')`): the doc layer has no randomness of its own. */
  id: string;
  section: SectionId;
  text: string;
  /** The name shown on the note; absent or blank for an anonymous note. */
  author?: string;
  colour?: NoteColour;
  /**
   * Who created it (a participant id). Recorded only for notes with an author: every member
   * of the board can read the document, so an anonymous note must not carry who wrote it.
   */
  createdBy?: string;
}

/**
 * Adds a sticky note at `place` in its section (default: the end). Refused when the text is
 * over the limit, the section or colour is unknown, the id is taken, or the note has no
 * author while the canvas does not allow anonymous notes.
 */
export function addNote(doc: Y.Doc, note: NewNote, place?: Placement): CanvasOpResult {
  const author = note.author?.trim() ? note.author.trim() : undefined;
  const checks: (CanvasError | undefined)[] = [
    checkCanvasField('id', note.id, 'id'),
    checkCanvasField('section', note.section, 'section'),
    checkCanvasField('noteText', note.text, 'text'),
    author === undefined ? undefined : checkCanvasField('name', author, 'author'),
    note.colour === undefined ? undefined : checkCanvasField('colour', note.colour, 'colour'),
  ];
  const problem = firstProblem(...checks);
  if (!problem.ok) return problem;
  if (author === undefined && !readCanvasSettings(doc).allowAnonymous) {
    return refuse('author', 'is required: the facilitator has not allowed anonymous notes on this canvas');
  }
  const notes = canvasNotesOf(doc);
  if (notes.has(note.id)) return refuse('id', `${JSON.stringify(note.id)} is already a note on this canvas; use a new id`);
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    entry.set('text', note.text);
    if (author !== undefined) entry.set('author', author);
    if (author !== undefined && note.createdBy !== undefined) entry.set('createdBy', note.createdBy);
    entry.set('colour', note.colour ?? defaultNoteColour);
    entry.set('section', note.section);
    entry.set('order', orderKeyFor(notes, note.section, place));
    notes.set(note.id, entry);
  });
  return ok;
}

/** Replaces a note's text (last writer wins: notes are short, and a merge of two texts reads worse). */
export function editNote(doc: Y.Doc, id: string, text: string): CanvasOpResult {
  const problem = firstProblem(checkCanvasField('noteText', text, 'text'));
  if (!problem.ok) return problem;
  const entry = noteEntry(doc, id);
  if (!entry) return noSuchNote(id);
  entry.set('text', text);
  return ok;
}

export function recolourNote(doc: Y.Doc, id: string, colour: NoteColour): CanvasOpResult {
  const problem = firstProblem(checkCanvasField('colour', colour, 'colour'));
  if (!problem.ok) return problem;
  const entry = noteEntry(doc, id);
  if (!entry) return noSuchNote(id);
  entry.set('colour', colour);
  return ok;
}

/**
 * Moves a note to `place` in `section` (the same section to reorder). One transaction sets
 * the section and the order key together; concurrent moves of one note resolve to one place.
 */
export function moveNote(doc: Y.Doc, id: string, section: SectionId, place?: Placement): CanvasOpResult {
  const problem = firstProblem(checkCanvasField('section', section, 'section'));
  if (!problem.ok) return problem;
  const entry = noteEntry(doc, id);
  if (!entry) return noSuchNote(id);
  const order = orderKeyFor(canvasNotesOf(doc), section, place, id);
  doc.transact(() => {
    if (entry.get('section') !== section) entry.set('section', section);
    entry.set('order', order);
  });
  return ok;
}

/** Deletes a note (its dots in voting rounds stop counting, SPEC V1). Actions made from it stay; their `fromNote` then names a deleted note. */
export function deleteNote(doc: Y.Doc, id: string): CanvasOpResult {
  const notes = canvasNotesOf(doc);
  if (!notes.has(id)) return noSuchNote(id);
  notes.delete(id);
  return ok;
}

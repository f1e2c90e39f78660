import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addNote,
  canvasLayoutOf,
  canvasNotesOf,
  deleteNote,
  editNote,
  hasVoted,
  moveNote,
  readCanvas,
  recolourNote,
  setSettings,
  unvote,
  vote,
} from '../../../src/doc/canvas/index.js';
import { metaOf } from '../../../src/doc/index.js';
import { emptyCanvas } from '../../../src/domain/canvas/index.js';
import type { NoteColour, SectionId } from '../../../src/domain/canvas/index.js';
import { idsIn, must, newCanvasDoc, notesIn, sync } from './docHelpers.js';

const note = (id: string, section: SectionId = 'rights', author: string | undefined = 'Group 2') => ({
  id,
  section,
  text: `note ${id}`,
  author,
});

describe('canvas document layout', () => {
  it('marks the board with its canvas layout beside the board layout', () => {
    const doc = newCanvasDoc();
    expect(metaOf(doc).toJSON()).toEqual({ layout: 1, kind: 'ethics-canvas', canvasLayout: 1 });
    expect(canvasLayoutOf(doc)).toBe(1);
    expect(canvasLayoutOf(new Y.Doc())).toBe(0);
    expect(readCanvas(new Y.Doc())).toEqual(emptyCanvas(''));
  });
});

describe('sticky notes', () => {
  it('adds notes at the end of their section, in order', () => {
    const doc = newCanvasDoc();
    for (const id of ['a', 'b', 'c']) must(addNote(doc, note(id)));
    must(addNote(doc, note('d', 'purpose')));
    expect(idsIn(doc, 'rights')).toEqual(['a', 'b', 'c']);
    expect(notesIn(doc, 'purpose')).toEqual([{ id: 'd', text: 'note d', author: 'Group 2', votes: 0, colour: 'yellow' }]);
  });

  it('refuses a note over the length limit with a message, writing nothing', () => {
    const doc = newCanvasDoc();
    const result = addNote(doc, { ...note('a'), text: 'x'.repeat(1001) });
    expect(result).toEqual({ ok: false, error: { path: 'text', message: expect.stringContaining('over the limit of 1000') } });
    expect(canvasNotesOf(doc).size).toBe(0);
    must(addNote(doc, { ...note('a'), text: 'x'.repeat(1000) }));
    expect(editNote(doc, 'a', 'y'.repeat(1001))).toMatchObject({ ok: false, error: { path: 'text' } });
    expect(notesIn(doc, 'rights')[0]!.text).toBe('x'.repeat(1000));
  });

  it('refuses unknown sections and colours, and a taken id', () => {
    const doc = newCanvasDoc();
    expect(addNote(doc, { ...note('a'), section: 'budget' as SectionId })).toMatchObject({
      ok: false,
      error: { path: 'section', message: expect.stringContaining('"budget"') },
    });
    expect(addNote(doc, { ...note('a'), colour: 'mauve' as NoteColour })).toMatchObject({ ok: false, error: { path: 'colour' } });
    must(addNote(doc, note('a')));
    expect(addNote(doc, note('a'))).toMatchObject({ ok: false, error: { path: 'id' } });
  });

  it('allows anonymous notes only when the facilitator allows them, and keeps no trace of who wrote one', () => {
    const doc = newCanvasDoc();
    expect(addNote(doc, { ...note('a'), author: undefined, createdBy: 'p1' })).toMatchObject({ ok: false, error: { path: 'author' } });
    expect(addNote(doc, { ...note('a', 'rights', '   '), createdBy: 'p1' })).toMatchObject({ ok: false, error: { path: 'author' } });
    must(setSettings(doc, { allowAnonymous: true }));
    must(addNote(doc, { ...note('a', 'rights', ''), createdBy: 'p1' }));
    must(addNote(doc, { ...note('b', 'rights', 'Amira'), createdBy: 'p2' }));
    expect(notesIn(doc, 'rights')[0]).toEqual({ id: 'a', text: 'note a', votes: 0, colour: 'yellow' });
    const entries = canvasNotesOf(doc).toJSON();
    expect(entries.a.createdBy).toBeUndefined();
    expect(entries.b.createdBy).toBe('p2');
  });

  it('edits, recolours and deletes; a missing note is refused by id', () => {
    const doc = newCanvasDoc();
    must(addNote(doc, note('a')));
    must(editNote(doc, 'a', 'Licence unclear'));
    must(recolourNote(doc, 'a', 'pink'));
    expect(notesIn(doc, 'rights')[0]).toMatchObject({ text: 'Licence unclear', colour: 'pink' });
    must(deleteNote(doc, 'a'));
    expect(notesIn(doc, 'rights')).toEqual([]);
    for (const result of [
      editNote(doc, 'a', 'x'),
      recolourNote(doc, 'a', 'blue'),
      moveNote(doc, 'a', 'purpose'),
      deleteNote(doc, 'a'),
      vote(doc, 'a', 'p1'),
    ]) {
      expect(result).toMatchObject({ ok: false, error: { path: 'noteId', message: expect.stringContaining('"a"') } });
    }
  });
});

describe('moving notes', () => {
  function board() {
    const doc = newCanvasDoc();
    for (const id of ['a', 'b', 'c']) must(addNote(doc, note(id, 'rights')));
    for (const id of ['x', 'y']) must(addNote(doc, note(id, 'limitations')));
    return doc;
  }

  it('reorders within a section by before, after or index', () => {
    const doc = board();
    must(moveNote(doc, 'c', 'rights', { beforeId: 'a' }));
    expect(idsIn(doc, 'rights')).toEqual(['c', 'a', 'b']);
    must(moveNote(doc, 'c', 'rights', { afterId: 'a' }));
    expect(idsIn(doc, 'rights')).toEqual(['a', 'c', 'b']);
    must(moveNote(doc, 'a', 'rights', { index: 2 }));
    expect(idsIn(doc, 'rights')).toEqual(['c', 'b', 'a']);
    must(moveNote(doc, 'a', 'rights', { index: 0 }));
    expect(idsIn(doc, 'rights')).toEqual(['a', 'c', 'b']);
    must(moveNote(doc, 'a', 'rights'));
    expect(idsIn(doc, 'rights')).toEqual(['c', 'b', 'a']);
  });

  it('moves between sections, to a place or the end', () => {
    const doc = board();
    must(moveNote(doc, 'b', 'limitations', { beforeId: 'y' }));
    expect(idsIn(doc, 'rights')).toEqual(['a', 'c']);
    expect(idsIn(doc, 'limitations')).toEqual(['x', 'b', 'y']);
    // A neighbour that is not in the target section (just moved away) falls back to the end.
    must(moveNote(doc, 'a', 'limitations', { afterId: 'c' }));
    expect(idsIn(doc, 'limitations')).toEqual(['x', 'b', 'y', 'a']);
    expect(moveNote(doc, 'a', 'budget' as SectionId)).toMatchObject({ ok: false, error: { path: 'section' } });
  });

  it('two people moving one note at once leave it in exactly one place', () => {
    const one = board();
    const two = new Y.Doc();
    two.clientID = 11;
    sync(one, two);
    must(moveNote(one, 'a', 'purpose'));
    must(moveNote(two, 'a', 'context'));
    sync(one, two);
    expect(readCanvas(one)).toEqual(readCanvas(two));
    const places = readCanvas(one).sections.filter((s) => s.notes.some((n) => n.id === 'a'));
    expect(places).toHaveLength(1);
  });

  it('two people adding notes into one gap at once get one order on both replicas', () => {
    const one = board();
    const two = new Y.Doc();
    two.clientID = 11;
    sync(one, two);
    must(addNote(one, note('p', 'rights'), { afterId: 'a' }));
    must(addNote(two, note('q', 'rights'), { afterId: 'a' }));
    sync(one, two);
    expect(idsIn(one, 'rights')).toEqual(idsIn(two, 'rights'));
    expect(idsIn(one, 'rights')).toEqual(['a', 'p', 'q', 'b', 'c']);
  });
});

describe('votes', () => {
  it('count one per person: voting twice counts once, unvote takes it back', () => {
    const doc = newCanvasDoc();
    must(addNote(doc, note('a')));
    must(vote(doc, 'a', 'p1'));
    must(vote(doc, 'a', 'p1'));
    must(vote(doc, 'a', 'p2'));
    expect(notesIn(doc, 'rights')[0]!.votes).toBe(2);
    expect(hasVoted(doc, 'a', 'p1')).toBe(true);
    must(unvote(doc, 'a', 'p1'));
    must(unvote(doc, 'a', 'p1'));
    expect(notesIn(doc, 'rights')[0]!.votes).toBe(1);
    expect(hasVoted(doc, 'a', 'p1')).toBe(false);
    expect(hasVoted(doc, 'nope', 'p1')).toBe(false);
  });

  it('the same person voting from two tabs at once counts once', () => {
    const one = newCanvasDoc(10);
    must(addNote(one, note('a')));
    const two = new Y.Doc();
    two.clientID = 11;
    sync(one, two);
    must(vote(one, 'a', 'p1'));
    must(vote(two, 'a', 'p1'));
    must(vote(two, 'a', 'p2'));
    sync(one, two);
    expect(notesIn(one, 'rights')[0]!.votes).toBe(2);
    expect(readCanvas(one)).toEqual(readCanvas(two));
  });
});

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addNote,
  canvasLayoutOf,
  canvasNotesOf,
  deleteNote,
  editNote,
  moveNote,
  readCanvas,
  recolourNote,
  setSettings,
} from '../../../src/doc/canvas/index.js';
import { canvasRoundVotes, castVote, votesMap } from '../../../src/doc/control/index.js';
import { metaOf } from '../../../src/doc/index.js';
import type { VotingRound } from '../../../src/domain/facilitation/index.js';
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
    expect(result).toEqual({
      ok: false,
      error: {
        path: 'text',
        message: expect.stringContaining('over the limit of 1000'),
        problem: { code: 'textOverLimit', values: { length: 1001, max: 1000, advice: 'note' } },
      },
    });
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
    for (const result of [editNote(doc, 'a', 'x'), recolourNote(doc, 'a', 'blue'), moveNote(doc, 'a', 'purpose'), deleteNote(doc, 'a')]) {
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

describe('votes (SPEC V5)', () => {
  const round: VotingRound = { id: 'r1', boardId: 'canvas-1', votesPerPerson: 3, reveal: 'live', status: 'open' };
  /** A +1 as versions before V5 wrote it: a voter map on the note. Nothing writes one now. */
  function oldVote(doc: Y.Doc, noteId: string, voterId: string) {
    const entry = canvasNotesOf(doc).get(noteId) as Y.Map<unknown>;
    let votes = entry.get('votes') as Y.Map<unknown> | undefined;
    if (!votes) entry.set('votes', (votes = new Y.Map<unknown>()));
    votes.set(voterId, true);
  }
  const withRounds = (doc: Y.Doc, rounds: VotingRound[]) => readCanvas(doc, {}, canvasRoundVotes(doc, 'canvas-1', rounds));

  it('a new note has no vote map of its own: votes come from rounds', () => {
    const doc = newCanvasDoc();
    must(addNote(doc, note('a')));
    expect((canvasNotesOf(doc).get('a') as Y.Map<unknown>).has('votes')).toBe(false);
    expect(notesIn(doc, 'rights')[0]!.votes).toBe(0);
  });

  it("V5: a note's votes are its dots in every round on the canvas plus the +1s an older document holds", () => {
    const doc = newCanvasDoc();
    for (const id of ['a', 'b']) must(addNote(doc, note(id)));
    oldVote(doc, 'a', 'p1');
    oldVote(doc, 'a', 'p2');
    oldVote(doc, 'a', 'p2'); // one per person, as it always was
    expect(castVote(doc, round, 'p1', 'a')).toBe(true);
    expect(castVote(doc, round, 'p1', 'a')).toBe(true);
    expect(castVote(doc, round, 'p2', 'b')).toBe(true);
    const second: VotingRound = { ...round, id: 'r2', votesPerPerson: 1 };
    expect(castVote(doc, second, 'p3', 'a')).toBe(true);
    const elsewhere: VotingRound = { ...round, id: 'r3', boardId: 'other-board' };
    expect(castVote(doc, elsewhere, 'p4', 'a')).toBe(true);
    const votes = (rounds: VotingRound[]) => withRounds(doc, rounds).sections[1]!.notes.map((n) => [n.id, n.votes]);
    expect(votes([])).toEqual([
      ['a', 2],
      ['b', 0],
    ]);
    // 2 old + 2 dots in r1 + 1 in r2; r3 is on another board and does not count here.
    expect(votes([round, second, elsewhere])).toEqual([
      ['a', 5],
      ['b', 1],
    ]);
  });

  it('V5: dots count as the round results count them: within budget, from voters only, on notes still there', () => {
    const doc = newCanvasDoc();
    for (const id of ['a', 'b']) must(addNote(doc, note(id)));
    // A peer writes five dots for a budget of three, and dots on a note that is gone.
    votesMap(doc).set('r1:p1', ['a', 'a', 'a', 'a', 'a']);
    votesMap(doc).set('r1:p2', ['gone', 'b']);
    votesMap(doc).set('r1:outsider', ['b', 'b']);
    const isVoter = (id: string) => id !== 'outsider';
    const canvas = readCanvas(doc, {}, canvasRoundVotes(doc, 'canvas-1', [round], isVoter));
    expect(canvas.sections[1]!.notes.map((n) => n.votes)).toEqual([3, 1]);
  });

  it('old +1s from two tabs of one person still count once', () => {
    const one = newCanvasDoc(10);
    must(addNote(one, note('a')));
    const two = new Y.Doc();
    two.clientID = 11;
    sync(one, two);
    oldVote(one, 'a', 'p1');
    oldVote(two, 'a', 'p1');
    oldVote(two, 'a', 'p2');
    sync(one, two);
    expect(notesIn(one, 'rights')[0]!.votes).toBe(2);
    expect(readCanvas(one)).toEqual(readCanvas(two));
  });
});

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  canvasActionsOf,
  canvasNotesOf,
  canvasReviewsOf,
  canvasSectionsOf,
  canvasSettingsOf,
  canvasVersionsOf,
  listVersions,
  readCanvas,
  readCanvasSettings,
  saveVersion,
  setSettings,
  writeCanvasToDoc,
} from '../../../src/doc/canvas/index.js';
import { canvasRoundVotes, castVote } from '../../../src/doc/control/index.js';
import { emptyCanvas, readCanvasFile, writeCanvasFile } from '../../../src/domain/canvas/index.js';
import type { VotingRound } from '../../../src/domain/facilitation/index.js';
import type { Canvas } from '../../../src/domain/canvas/index.js';
import { createPrng } from '../../fuzz/prng.js';
import { must, newCanvasDoc } from './docHelpers.js';
import { fixture } from './fixtures.js';
import { randomCanvas, randomJson } from './randomCanvas.js';

function read(name: string): Canvas {
  const result = readCanvasFile(fixture(name));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.canvas;
}

describe('import into a board and read back', () => {
  it.each(['v1-air-quality.json', 'v1-unknown-fields.json', 'v1-minimal.json'])('%s comes back equal, unknown fields included', (name) => {
    const doc = newCanvasDoc();
    writeCanvasToDoc(doc, read(name));
    expect(readCanvas(doc)).toEqual(read(name));
  });

  it('R3: random canvases come back equal through a document (seed 11)', () => {
    const rng = createPrng(11);
    for (let i = 0; i < 100; i++) {
      const canvas = randomCanvas(rng);
      const doc = newCanvasDoc();
      writeCanvasToDoc(doc, canvas);
      // Through an update too: what a peer receives reads the same.
      const peer = new Y.Doc();
      Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
      expect(readCanvas(peer)).toEqual(canvas);
    }
  });

  it("V5: a round's dots add to the counts a file brought, and an import replaces the previous content", () => {
    const doc = newCanvasDoc();
    must(setSettings(doc, { allowAnonymous: true }));
    must(saveVersion(doc, { id: 'v0', label: 'before import', date: '2026-11-01' }));
    writeCanvasToDoc(doc, read('v1-minimal.json'));
    writeCanvasToDoc(doc, read('v1-air-quality.json'));
    const round: VotingRound = { id: 'r1', boardId: 'b1', votesPerPerson: 2, reveal: 'live', status: 'open' };
    expect(castVote(doc, round, 'p1', 'n1')).toBe(true);
    expect(castVote(doc, round, 'p1', 'n1')).toBe(true);
    expect(readCanvas(doc).sections[0]!.notes[0]!.votes).toBe(3); // the file's count alone
    expect(readCanvas(doc, {}, canvasRoundVotes(doc, 'b1', [round])).sections[0]!.notes[0]!.votes).toBe(5);
    expect(readCanvas(doc).sections[2]!.notes.map((n) => n.id)).toEqual(['n6', 'n7']);
    // Kept across an import: saved versions (append-only) and the facilitator's setting.
    expect(listVersions(doc).map((v) => v.id)).toEqual(['v0']);
    expect(readCanvasSettings(doc).allowAnonymous).toBe(true);
  });

  it('V5: a file exported from the board and imported back into it keeps each note’s count, dots not counted twice', () => {
    const doc = newCanvasDoc();
    writeCanvasToDoc(doc, read('v1-air-quality.json'));
    const round: VotingRound = { id: 'r1', boardId: 'b1', votesPerPerson: 3, reveal: 'live', status: 'closed' };
    expect(castVote(doc, { ...round, status: 'open' }, 'p1', 'n1')).toBe(true);
    expect(castVote(doc, { ...round, status: 'open' }, 'p1', 'n2')).toBe(true);
    const counted = () => canvasRoundVotes(doc, 'b1', [round]);
    const exported = readCanvas(doc, {}, counted());
    expect(exported.sections[0]!.notes.slice(0, 2).map((n) => n.votes)).toEqual([4, 2]);
    writeCanvasToDoc(doc, exported, counted());
    expect(readCanvas(doc, {}, counted())).toEqual(exported);
    // Into a board without those dots (a new board), the file's numbers are the notes' votes.
    const other = newCanvasDoc();
    writeCanvasToDoc(other, exported);
    expect(readCanvas(other)).toEqual(exported);
  });

  it('falls back to the board’s own id and title when the document has none', () => {
    expect(readCanvas(new Y.Doc(), { id: 'b1', title: 'Group 2 canvas' })).toEqual({ ...emptyCanvas('Group 2 canvas', 'b1') });
  });
});

describe('readCanvas trusts nothing a peer wrote', () => {
  it('leaves out or defaults each kind of bad value, and never throws', () => {
    const doc = newCanvasDoc();
    const notes = canvasNotesOf(doc);
    const entry = (fields: Record<string, unknown>) => {
      const m = new Y.Map<unknown>();
      for (const [k, v] of Object.entries(fields)) m.set(k, v);
      return m;
    };
    const votes = new Y.Map<unknown>();
    doc.transact(() => {
      notes.set(
        'ok',
        entry({
          text: 'fine',
          section: 'rights',
          order: 'i',
          author: 'A',
          colour: 'mauve',
          votes,
          baseVotes: -5,
          extra: '{"text":"sneaky","keep":[1,"two"],"__proto__":{"x":1}}',
        }),
      );
      notes.set('object-extra', entry({ text: 'extra not as JSON text', section: 'purpose', extra: { k: 1n, bin: new Uint8Array([1]) } }));
      notes.set('no-text', entry({ section: 'rights' }));
      notes.set('bad-section', entry({ text: 'x', section: 'budget' }));
      notes.set('not-a-map', 'just a string');
      notes.set('', entry({ text: 'empty id', section: 'rights' }));
      notes.set('long', entry({ text: '🌍'.repeat(1500), section: 'rights', order: 'NOT A KEY', author: 42 }));
      canvasActionsOf(doc).set(
        'a1',
        entry({ text: 'act', section: 'actions', priority: 'urgent', done: 'yes', due: '2027-02-30', owner: 7, fromNote: '' }),
      );
      canvasActionsOf(doc).set('a2', entry({ text: 'no section' }));
      canvasSectionsOf(doc).set('rights', 'finished');
      canvasSectionsOf(doc).set('budget', 'done');
      canvasSettingsOf(doc).set('title', 12);
      canvasSettingsOf(doc).set('nextReview', '27/05/2027');
      canvasSettingsOf(doc).set('map', '');
      canvasSettingsOf(doc).set('sectionExtras', 'nope');
      canvasReviewsOf(doc).push([{ date: 'yesterday' }, 'text', { date: '2027-01-01', by: 3, summary: 'ok' }]);
      canvasVersionsOf(doc).push([{ id: 'v1', label: 'x', date: '2027-01-01', canvas: '{broken' }, 7]);
    });
    votes.set('p1', true);
    votes.set('p2', 'yes');
    const canvas = readCanvas(doc);
    const rights = canvas.sections[1]!;
    expect(rights.status).toBe('not-started');
    expect(rights.notes.map((n) => n.id)).toEqual(['long', 'ok']);
    expect(rights.notes[0]!.text).toBe('🌍'.repeat(1000));
    expect(rights.notes[0]!.author).toBeUndefined();
    expect(rights.notes[1]).toEqual({
      id: 'ok',
      text: 'fine',
      author: 'A',
      votes: 1,
      extra: JSON.parse('{"keep":[1,"two"],"__proto__":{"x":1}}'),
    });
    expect(canvas.sections[4]!.notes).toEqual([{ id: 'object-extra', text: 'extra not as JSON text', votes: 0 }]);
    expect(canvas.sections[14]!.actions).toEqual([{ id: 'a1', text: 'act', priority: 'medium', done: false }]);
    expect(canvas.title).toBe('');
    expect(canvas.nextReview).toBeUndefined();
    expect(canvas.map).toBeUndefined();
    expect(canvas.reviews).toEqual([{ date: '2027-01-01', summary: 'ok' }]);
    expect(listVersions(doc)).toEqual([{ id: 'v1', label: 'x', date: '2027-01-01' }]);
    // Whatever it read is a valid file.
    expect(readCanvasFile(writeCanvasFile(canvas))).toMatchObject({ ok: true, canvas });
  });

  it('R4: survives random garbage in every canvas type (seed 13)', () => {
    const rng = createPrng(13);
    const keys = [
      'text',
      'section',
      'order',
      'author',
      'colour',
      'votes',
      'baseVotes',
      'extra',
      'priority',
      'done',
      'due',
      'owner',
      'fromNote',
    ];
    const sections = ['rights', 'actions', 'budget', ''];
    // Mostly garbage, sometimes the right type, so the reader's every branch is reached.
    const randomValue = (key: string): unknown =>
      rng.chance(0.3)
        ? (({ extra: JSON.stringify(randomJson(rng)), order: 'i', text: 'x', due: '2027-01-01' } as Record<string, unknown>)[key] ??
          randomJson(rng))
        : randomJson(rng);
    for (let i = 0; i < 200; i++) {
      const doc = newCanvasDoc();
      doc.transact(() => {
        for (const container of [canvasNotesOf(doc), canvasActionsOf(doc)]) {
          for (let n = rng.int(4); n > 0; n--) {
            if (rng.chance(0.2)) {
              container.set(`x${n}`, randomJson(rng));
              continue;
            }
            const m = new Y.Map<unknown>();
            for (const key of keys)
              if (rng.chance(0.5)) m.set(key, key === 'section' && rng.chance(0.7) ? rng.pick(sections) : randomValue(key));
            container.set(`e${n}`, m);
          }
        }
        for (const key of ['rights', 'budget']) if (rng.chance(0.5)) canvasSectionsOf(doc).set(key, randomJson(rng));
        for (const key of ['title', 'id', 'map', 'nextReview', 'extra', 'sectionExtras', 'allowAnonymous']) {
          if (rng.chance(0.5)) canvasSettingsOf(doc).set(key, randomJson(rng));
        }
        const extra = rng.chance(0.5) ? JSON.stringify(randomJson(rng)) : randomJson(rng);
        canvasReviewsOf(doc).push([randomJson(rng), { date: '2027-01-01', by: randomJson(rng), extra }]);
        canvasVersionsOf(doc).push([randomJson(rng)]);
      });
      const canvas = readCanvas(doc);
      const again = readCanvasFile(writeCanvasFile(canvas));
      if (!again.ok) throw new Error(`doc ${i}: ${JSON.stringify(again.errors)}`);
      expect(again.canvas).toEqual(canvas);
      expect(() => listVersions(doc)).not.toThrow();
    }
  });
});

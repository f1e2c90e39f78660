import { describe, expect, it } from 'vitest';
import { canvasLimits, readCanvasFile, sectionIds } from '../../../src/domain/canvas/index.js';
import type { Canvas } from '../../../src/domain/canvas/index.js';
import { fixture, formatDocExample, lineOf } from './fixtures.js';

function read(text: string): Canvas {
  const result = readCanvasFile(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.canvas;
}

describe('readCanvasFile: good files', () => {
  it('loads the version 1 golden fixture (it must keep loading)', () => {
    const canvas = read(fixture('v1-air-quality.json'));
    expect(canvas.title).toBe('Air quality sensing');
    expect(canvas.id).toBe('canvas-air-quality');
    expect(canvas.map).toBe('map-air-quality');
    expect(canvas.nextReview).toBe('2027-05-27');
    expect(canvas.sections.map((s) => s.id)).toEqual(sectionIds);
    const rights = canvas.sections[1]!;
    expect(rights.status).toBe('action-needed');
    // An anonymous note has no author at all, not an empty one.
    expect(rights.notes[1]).toEqual({
      id: 'n5',
      text: 'No personal data in the readings, but some sensors sit right next to homes',
      votes: 2,
    });
    expect(canvas.sections.flatMap((s) => s.actions).map((a) => a.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(canvas.sections[14]!.actions[1]).toMatchObject({ done: true, priority: 'low', fromNote: 'n6', due: '2026-12-15' });
    expect(canvas.reviews).toHaveLength(2);
  });

  it.skipIf(formatDocExample() === undefined)('loads the example in formats/ethics-canvas.md', () => {
    const canvas = read(formatDocExample()!);
    expect(canvas.sections[0]!.notes[0]).toEqual({ id: 'n1', text: 'Hourly sensor readings', author: 'Group 2', votes: 3 });
    expect(canvas.sections[14]!.actions[0]).toMatchObject({ owner: 'ICT team', due: '2027-01-31', priority: 'high', done: false });
    expect(canvas.reviews).toEqual([{ date: '2026-11-27', by: 'Ethics board', summary: 'First pass' }]);
  });

  it('makes missing sections empty and not started, and defaults votes, priority and done', () => {
    const canvas = read(fixture('v1-minimal.json'));
    expect(canvas.sections).toHaveLength(15);
    for (const section of canvas.sections.filter((s) => s.id !== 'limitations')) {
      expect(section).toEqual({ id: section.id, status: 'not-started', notes: [], actions: [] });
    }
    expect(canvas.sections[2]).toEqual({
      id: 'limitations',
      status: 'not-started',
      notes: [{ id: 'n1', text: 'Sensors miss motorbikes', votes: 0 }],
      actions: [],
    });
    expect(canvas.reviews).toEqual([]);
    const action = read(
      JSON.stringify({
        format: 'opencities/ethics-canvas',
        version: 1,
        title: 't',
        sections: [{ id: 'actions', actions: [{ id: 'a', text: 'x' }] }],
      }),
    );
    expect(action.sections[14]!.actions[0]).toEqual({ id: 'a', text: 'x', priority: 'medium', done: false });
  });

  it('keeps unknown fields at every level', () => {
    const canvas = read(fixture('v1-unknown-fields.json'));
    expect(canvas.extra).toEqual({ 'x-exportedBy': { app: 'Other tool', build: 42 }, 'x-tags': ['transport', 'wifi'] });
    const purpose = canvas.sections[4]!;
    expect(purpose.extra).toEqual({ 'x-colour': '#ffeeaa' });
    expect(purpose.notes[0]!.extra).toEqual({ 'x-position': { x: 10, y: 20 } });
    expect(purpose.actions[0]!.extra).toEqual({ 'x-ticket': 'DP-12' });
    expect(canvas.reviews[0]!.extra).toEqual({ 'x-minutes': 'https://example.org/minutes' });
  });

  it('reads null in an optional field as absent, and ignores a byte order mark', () => {
    const text =
      '\uFEFF' +
      JSON.stringify({
        format: 'opencities/ethics-canvas',
        version: 1,
        title: 't',
        map: null,
        nextReview: null,
        sections: [{ id: 'rights', notes: [{ id: 'n', text: 'x', author: null }] }],
      });
    const canvas = read(text);
    expect(canvas.map).toBeUndefined();
    expect('nextReview' in canvas).toBe(false);
    expect(canvas.sections[1]!.notes[0]).toEqual({ id: 'n', text: 'x', votes: 0 });
  });

  it('counts a note’s length in characters, so 1000 emoji fit', () => {
    const text = '🌍'.repeat(canvasLimits.noteText);
    const canvas = read(
      JSON.stringify({
        format: 'opencities/ethics-canvas',
        version: 1,
        title: 't',
        sections: [{ id: 'rights', notes: [{ id: 'n', text }] }],
      }),
    );
    expect(canvas.sections[1]!.notes[0]!.text).toBe(text);
  });
});

/** Each bad fixture, the path its first error names, and words the message must contain. */
const badFiles: { file: string; path: string; says: string; lineAt?: string }[] = [
  { file: 'bad-other-format.json', path: 'format', says: 'opencities/ecosystem-map', lineAt: '"format"' },
  { file: 'bad-newer-version.json', path: 'version', says: 'newer', lineAt: '"version"' },
  { file: 'bad-unknown-section.json', path: 'sections[1].id', says: 'unknown section "budget"', lineAt: '"budget"' },
  { file: 'bad-status.json', path: 'sections[0].status', says: '"finished" is not a section status', lineAt: '"finished"' },
  { file: 'bad-priority.json', path: 'sections[0].actions[0].priority', says: '"urgent" is not a priority', lineAt: '"urgent"' },
  { file: 'bad-due-date.json', path: 'sections[0].actions[0].due', says: '"2027-02-30" is not a calendar date', lineAt: '2027-02-30' },
  { file: 'bad-next-review.json', path: 'nextReview', says: 'YYYY-MM-DD', lineAt: '27/05/2027' },
  { file: 'bad-duplicate-note-id.json', path: 'sections[1].notes[0].id', says: 'used twice (also at sections[0].notes[0].id)' },
  {
    file: 'bad-note-too-long.json',
    path: 'sections[0].notes[0].text',
    says: '1001 characters long, over the limit of 1000',
    lineAt: '"text"',
  },
  { file: 'bad-missing-title.json', path: 'title', says: 'is missing' },
  { file: 'bad-not-json.txt', path: '', says: 'not JSON', lineAt: '  ]' },
];

describe('readCanvasFile: bad files are refused whole, naming the field', () => {
  for (const { file, path, says, lineAt } of badFiles) {
    it(`refuses ${file} at ${path || 'the whole file'}`, () => {
      const text = fixture(file);
      const result = readCanvasFile(text);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const [first] = result.errors;
      expect(first?.path).toBe(path);
      expect(first?.message).toContain(says);
      if (lineAt) expect(first?.line).toBe(lineOf(text, lineAt));
    });
  }

  it('refuses a too-long note with a message and never cuts it short', () => {
    const result = readCanvasFile(fixture('bad-note-too-long.json'));
    expect(result).toMatchObject({ ok: false });
    expect(JSON.stringify(result)).toContain('shorten it, or split it into several notes');
    expect('canvas' in result).toBe(false);
  });

  it('reports every bad field of a file, not only the first', () => {
    const text = JSON.stringify({
      format: 'opencities/ethics-canvas',
      version: 1,
      title: 't',
      sections: [{ id: 'rights', status: 'maybe', notes: [{ id: '', text: 5 }] }],
      reviews: [{ by: 'x' }],
    });
    const result = readCanvasFile(text);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual([
      'sections[0].status',
      'sections[0].notes[0].id',
      'sections[0].notes[0].text',
      'reviews[0].date',
    ]);
  });

  it.each([
    ['a list', '[]'],
    ['a number', '42'],
    ['empty', ''],
    ['a version that is not a number', '{"format":"opencities/ethics-canvas","version":"1","title":"t"}'],
  ])('refuses a file that is %s', (_, text) => {
    const result = readCanvasFile(text);
    expect(result.ok).toBe(false);
  });
});

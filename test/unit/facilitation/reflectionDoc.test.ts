import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addReflectionNote,
  anonymised,
  deleteReflectionNote,
  editReflectionNote,
  initReflectionDoc,
  moveReflectionNote,
  readReflection,
  reflectionLayout,
  reflectionMap,
} from '../../../src/doc/reflection/index.js';
import type { ReflectionNote } from '../../../src/doc/reflection/index.js';

const note = (id: string, more: Partial<ReflectionNote> = {}): ReflectionNote => ({
  id,
  text: `text of ${id}`,
  column: 'keep',
  author: 'ann',
  createdAt: '2025-05-01T10:00:00.000Z',
  ...more,
});

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('reflection board', () => {
  it('init marks the board kind and the reflection layout, once', () => {
    const doc = new Y.Doc();
    initReflectionDoc(doc);
    initReflectionDoc(doc);
    expect(doc.getMap('meta').toJSON()).toEqual({ layout: 1, kind: 'reflection', reflectionLayout });
  });

  it('adds notes into their columns, ordered by creation time then id', () => {
    const doc = new Y.Doc();
    addReflectionNote(doc, note('n2', { createdAt: '2025-05-01T10:05:00.000Z' }));
    addReflectionNote(doc, note('n1', { createdAt: '2025-05-01T10:05:00.000Z' }));
    addReflectionNote(doc, note('n0', { createdAt: '2025-05-01T09:00:00.000Z' }));
    addReflectionNote(doc, note('c1', { column: 'change' }));
    const reflection = readReflection(doc);
    expect(reflection.keep.map((n) => n.id)).toEqual(['n0', 'n1', 'n2']);
    expect(reflection.change.map((n) => n.id)).toEqual(['c1']);
    expect(reflection.improve).toEqual([]);
  });

  it('edits, moves and deletes; false for a note that is not there', () => {
    const doc = new Y.Doc();
    addReflectionNote(doc, note('n1'));
    expect(editReflectionNote(doc, 'n1', 'More time for mapping')).toBe(true);
    expect(moveReflectionNote(doc, 'n1', 'improve')).toBe(true);
    expect(readReflection(doc).improve).toEqual([note('n1', { text: 'More time for mapping', column: 'improve' })]);
    expect(deleteReflectionNote(doc, 'n1')).toBe(true);
    expect(readReflection(doc).improve).toEqual([]);
    expect(editReflectionNote(doc, 'n1', 'x')).toBe(false);
    expect(moveReflectionNote(doc, 'n1', 'keep')).toBe(false);
    expect(deleteReflectionNote(doc, 'n1')).toBe(false);
  });

  it('refuses bad input naming the field', () => {
    const doc = new Y.Doc();
    addReflectionNote(doc, note('n1'));
    expect(() => addReflectionNote(doc, note('n1'))).toThrow(/^id: /);
    expect(() => addReflectionNote(doc, note('n2', { column: 'stop' as never }))).toThrow(/^column: /);
    expect(() => editReflectionNote(doc, 'n1', 'x'.repeat(1001))).toThrow(/^text: is longer than 1000/);
    expect(() => moveReflectionNote(doc, 'n1', 'later' as never)).toThrow(/^column: /);
  });

  it('an anonymous note stores no author, and not even its writer’s Yjs client id', () => {
    const doc = new Y.Doc();
    doc.clientID = 111;
    addReflectionNote(doc, note('named'));
    const { author: _author, ...anonymous } = note('anon', { column: 'change' });
    addReflectionNote(doc, anonymous, { anonymousClientId: 424242 });
    expect(readReflection(doc).change).toEqual([anonymous]);
    expect('author' in readReflection(doc).change[0]!).toBe(false);
    const noteItem = (reflectionMap(doc).get('anon') as Y.Map<unknown>)._item!;
    expect(noteItem.id.client).toBe(424242);
    // A peer that syncs the board sees the note under the fresh id too.
    const peer = new Y.Doc();
    sync(doc, peer);
    expect((reflectionMap(peer).get('anon') as Y.Map<unknown>)._item!.id.client).toBe(424242);
    expect(readReflection(peer)).toEqual(readReflection(doc));
  });

  it('an anonymous note without a fresh client id is refused rather than written traceably', () => {
    const doc = new Y.Doc();
    const { author: _author, ...anonymous } = note('anon');
    expect(() => addReflectionNote(doc, anonymous)).toThrow(/anonymousClientId/);
    expect(() => addReflectionNote(doc, anonymous, { anonymousClientId: doc.clientID })).toThrow(/anonymousClientId/);
    addReflectionNote(doc, { ...anonymous, id: 'first' }, { anonymousClientId: 7 });
    // Reusing a client id the board has seen would make Yjs drop the note silently.
    expect(() => addReflectionNote(doc, anonymous, { anonymousClientId: 7 })).toThrow(/anonymousClientId/);
    expect(readReflection(doc).keep.map((n) => n.id)).toEqual(['first']);
  });

  it('anonymised drops every author, for reports', () => {
    const doc = new Y.Doc();
    addReflectionNote(doc, note('n1'));
    addReflectionNote(doc, note('n2', { column: 'improve', author: 'bob' }));
    const report = anonymised(readReflection(doc));
    expect(JSON.stringify(report)).not.toMatch(/ann|bob|author/);
    expect(report.improve).toEqual([{ id: 'n2', text: 'text of n2', column: 'improve', createdAt: '2025-05-01T10:00:00.000Z' }]);
  });

  it('a move and an edit made at once both survive; a delete wins over a concurrent edit', () => {
    const a = new Y.Doc();
    addReflectionNote(a, note('n1'));
    addReflectionNote(a, note('n2'));
    const b = new Y.Doc();
    sync(a, b);
    moveReflectionNote(a, 'n1', 'change');
    editReflectionNote(b, 'n1', 'edited');
    deleteReflectionNote(a, 'n2');
    editReflectionNote(b, 'n2', 'too late');
    sync(a, b);
    for (const doc of [a, b]) {
      const r = readReflection(doc);
      expect(r.change).toEqual([note('n1', { column: 'change', text: 'edited' })]);
      expect(r.keep).toEqual([]);
    }
  });

  it('never throws on malformed peer data', () => {
    const doc = new Y.Doc();
    const map = reflectionMap(doc);
    map.set('plain', { text: 'not a Y.Map', column: 'keep' });
    map.set('num', 5);
    const bad = (fields: Record<string, unknown>) => {
      const m = new Y.Map<unknown>();
      for (const [k, v] of Object.entries(fields)) m.set(k, v);
      return m;
    };
    map.set('no-text', bad({ column: 'keep' }));
    map.set('future-column', bad({ text: 'hi', column: 'stop' }));
    map.set('odd-author', bad({ text: 'who?', column: 'keep', author: 42, createdAt: 7 }));
    map.set('long', bad({ text: 'x'.repeat(5000), column: 'improve', author: '', createdAt: '2025' }));
    const r = readReflection(doc);
    expect(r.keep).toEqual([{ id: 'odd-author', text: 'who?', column: 'keep', createdAt: '' }]);
    expect(r.improve).toHaveLength(1);
    expect(r.improve[0]!.text).toHaveLength(1000);
    expect('author' in r.improve[0]!).toBe(false);
    expect(r.change).toEqual([]);
  });
});

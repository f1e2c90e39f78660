import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { storedStateUpdate } from '../../src/server/services/boardDoc.js';
import type { BoardState } from '../../src/server/store/Store.js';

const textOf = (update: Uint8Array) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc.getText('t').toString();
};

/**
 * storedStateUpdate: what GET /api/boards/:id/state answers for a board not in memory. The
 * same board a load gives, from a compacted state, later rows (some already in it, as when a
 * compaction raced an append) and an unreadable row; never the text that was deleted.
 */
describe('storedStateUpdate: a board’s stored parts as one update', () => {
  const doc = new Y.Doc();
  const text = doc.getText('t');
  text.insert(0, 'Sensor readings');
  const compacted = Y.encodeStateAsUpdate(doc);
  const sv = Y.encodeStateVector(doc);
  text.insert(0, 'SECRET ');
  const secret = Y.encodeStateAsUpdate(doc, sv);
  const sv2 = Y.encodeStateVector(doc);
  text.delete(0, 'SECRET '.length);
  text.insert(text.length, ' are open');
  const later = Y.encodeStateAsUpdate(doc, sv2);

  it('gives the compacted state, or a board’s only row, as it is, and null when nothing is stored', () => {
    expect(storedStateUpdate({ compacted, compactedSeq: 1, updates: [] }, () => {})).toBe(compacted);
    expect(storedStateUpdate({ compacted: null, compactedSeq: 0, updates: [] }, () => {})).toBeNull();
    // An imported board, never compacted since: its only row, as it is.
    expect(storedStateUpdate({ compacted: null, compactedSeq: 0, updates: [{ seq: 1, update: compacted }] }, () => {})).toBe(compacted);
  });

  it('applies later rows, skips an unreadable one and says so, and leaves out what was deleted', () => {
    const skipped: string[] = [];
    const state: BoardState = {
      compacted,
      compactedSeq: 1,
      updates: [
        { seq: 2, update: secret },
        { seq: 3, update: new Uint8Array([255, 255, 255, 1, 2]) },
        { seq: 4, update: later },
        { seq: 5, update: secret }, // already in: applied twice changes nothing
      ],
    };
    const update = storedStateUpdate(state, (what) => skipped.push(what))!;
    expect(textOf(update)).toBe('Sensor readings are open');
    expect(textOf(update)).toBe(text.toString());
    expect(skipped).toEqual(['update 3']);
    expect(Buffer.from(update).includes('SECRET')).toBe(false);
    // Merging the rows as they are would have kept it.
    expect(Buffer.from(Y.mergeUpdates([compacted, secret, later])).includes('SECRET')).toBe(true);
  });
});

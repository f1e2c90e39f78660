import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { acceptSuggestion, addSuggestion, dismissSuggestion, readMap, readSuggestions } from '../../src/doc/map/index.js';
import { restoreSuggestion, suggestionRequest } from '../../src/domain/index.js';

const at = '2026-12-06T15:00:00.000Z';

describe('the audience queue on a map board (W5)', () => {
  it('restores entries with plain checks that agree with the request schema', () => {
    const cases: unknown[] = [
      { kind: 'actor', name: 'Bus company' },
      { kind: 'actor', name: 'x'.repeat(121) },
      { kind: 'actor', name: '   ' },
      { kind: 'note', text: 'x'.repeat(500) },
      { kind: 'note', text: 'x'.repeat(501) },
      { kind: 'flow', from: 'a1', to: 'a2' },
      { kind: 'flow', from: 'a1', to: 'a2', label: 'y'.repeat(201) },
      { kind: 'vote', name: 'Bus company' },
    ];
    for (const c of cases) {
      const fromRequest = suggestionRequest.safeParse(c).success;
      expect({ c, restored: restoreSuggestion({ ...(c as object), id: 'sg1', at }) !== null }).toEqual({ c, restored: fromRequest });
    }
    expect(restoreSuggestion({ kind: 'actor', name: 'No id' })).toBeNull();
  });

  it('accepting makes a marked element and empties the entry in one change; dismissing only removes', () => {
    const doc = new Y.Doc();
    addSuggestion(doc, { kind: 'actor', name: '<i>Harbour</i>', id: 'sg1', at });
    addSuggestion(doc, { kind: 'note', text: 'Who pays?', id: 'sg2', at });
    doc.getMap('audienceQueue').set('junk', { kind: 'actor' });
    expect(readSuggestions(doc).map((s) => s.id)).toEqual(['sg1', 'sg2']);
    let updates = 0;
    doc.on('update', () => updates++);
    expect(acceptSuggestion(doc, 'sg1', 'ac1')).toBe(true);
    expect(updates).toBe(1);
    expect(readMap(doc).map.actors).toEqual([{ id: 'ac1', name: '<i>Harbour</i>', roles: [], tags: [], extra: { fromAudience: true } }]);
    expect(acceptSuggestion(doc, 'sg1', 'ac2')).toBe(false);
    expect(dismissSuggestion(doc, 'sg2')).toBe(true);
    expect(readMap(doc).map.notes).toEqual([]);
    expect(readSuggestions(doc)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { mapChanges, noMapChanges, type EcosystemMap } from '../../../src/domain/map/index.js';
import { restoreWords } from '../../../src/web/map/versions/changeWords.js';

const base: EcosystemMap = {
  title: 'Harbour',
  actors: [
    { id: 'a1', name: 'Council', roles: [], tags: [], position: { x: 0, y: 0 } },
    { id: 'a2', name: 'Lab', roles: [], tags: [] },
  ],
  datasets: [{ id: 'd1', name: 'Counts', heldBy: ['a1'] }],
  flows: [{ id: 'f1', from: 'a1', to: 'a2', kind: 'data', dataset: 'd1' }],
  notes: [],
};

describe('what restoring a version would change (SPEC H3)', () => {
  it('counts elements added, removed and changed per list, matched by id, and a changed title', () => {
    const version: EcosystemMap = {
      ...base,
      title: 'Harbour, first draft',
      actors: [
        { ...base.actors[0]!, position: { x: 10, y: 0 } },
        { id: 'a3', name: 'Ferry', roles: [], tags: [] },
      ],
      flows: [],
      notes: [{ id: 'n1', text: 'Who pays?', kind: 'question' }],
    };
    const changes = mapChanges(base, version);
    expect(changes).toEqual({
      actors: { added: 1, removed: 1, changed: 1 },
      flows: { added: 0, removed: 1, changed: 0 },
      datasets: { added: 0, removed: 0, changed: 0 },
      notes: { added: 1, removed: 0, changed: 0 },
      info: true,
    });
    expect(noMapChanges(changes)).toBe(false);
    expect(restoreWords(changes)).toEqual([
      'add 1 actor',
      'add 1 note',
      'remove 1 actor',
      'remove 1 flow',
      'change 1 actor',
      'change the title or description',
    ]);
  });

  it('finds nothing to change between a map and itself', () => {
    const changes = mapChanges(base, structuredClone(base));
    expect(noMapChanges(changes)).toBe(true);
    expect(restoreWords(changes)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { unknownSteward } from '../../../src/domain/analysis/rules/unknownSteward.js';
import type { EcosystemMap } from '../../../src/domain/map/index.js';
import { actors, dataset, map } from './build.js';
import { expectSameAsReference, seedRange, type Expected } from './reference.js';

function reference(m: EcosystemMap): Expected[] {
  return m.datasets.filter((d) => !d.steward).map((d) => ({ subject: d.id, severity: 'info' }));
}

describe('unknown-steward', () => {
  it('a dataset with no steward, named by its name', () => {
    const m = map({
      actors: actors(1),
      datasets: [dataset('riders', { name: 'Rider accounts', heldBy: ['a0'] }), dataset('trips', { steward: 'a0' })],
    });
    expect(unknownSteward(m)).toEqual([
      {
        rule: 'unknown-steward',
        severity: 'info',
        subjects: ['riders'],
        message: 'The dataset Rider accounts has no steward: no one is named as looking after it',
      },
    ]);
  });

  it('a map without datasets has none', () => {
    expect(unknownSteward(map({ actors: actors(2) }))).toEqual([]);
  });

  it(`agrees with the plain reading on random maps (${seedRange})`, () => {
    expectSameAsReference('unknown-steward', (m) => unknownSteward(m), reference);
  });
});

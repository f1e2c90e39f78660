import { describe, expect, it } from 'vitest';
import { noBeneficiary } from '../../../src/domain/analysis/rules/noBeneficiary.js';
import type { EcosystemMap } from '../../../src/domain/map/index.js';
import { actor, actors, map } from './build.js';
import { expectSameAsReference, seedRange, type Expected } from './reference.js';

function reference(m: EcosystemMap): Expected[] {
  for (const a of m.actors) if (a.roles.includes('beneficiary') || a.type === 'individuals') return [];
  return [{ subject: '', severity: 'warning' }];
}

describe('no-beneficiary', () => {
  it('one finding about the whole map, with no subjects', () => {
    const m = map({ actors: [actor('a0', { roles: ['steward', 'user'], type: 'public' }), ...actors(3).slice(1)] });
    expect(noBeneficiary(m)).toEqual([
      {
        rule: 'no-beneficiary',
        severity: 'warning',
        subjects: [],
        message: 'None of its 3 actors has the role beneficiary or the type individuals: the map does not show who gains from the data',
      },
    ]);
  });

  it('a beneficiary, or an actor of type individuals, is enough', () => {
    expect(noBeneficiary(map({ actors: [...actors(3), actor('x', { roles: ['beneficiary'] })] }))).toEqual([]);
    expect(noBeneficiary(map({ actors: [...actors(3), actor('x', { type: 'individuals' })] }))).toEqual([]);
  });

  it('a map with one actor, or none, has it too', () => {
    expect(noBeneficiary(map({ actors: actors(1) }))[0]?.message).toMatch(/^Its one actor has/);
    expect(noBeneficiary(map())[0]?.message).toMatch(/^The map has no actors, so none has/);
  });

  it(`agrees with the plain reading on random maps (${seedRange})`, () => {
    expectSameAsReference('no-beneficiary', (m) => noBeneficiary(m), reference);
  });
});

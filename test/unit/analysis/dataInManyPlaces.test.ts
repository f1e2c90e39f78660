import { describe, expect, it } from 'vitest';
import { dataInManyPlaces } from '../../../src/domain/analysis/rules/dataInManyPlaces.js';
import type { EcosystemMap } from '../../../src/domain/map/index.js';
import { actor, actors, dataset, flow, map } from './build.js';
import { expectSameAsReference, seedRange, type Expected } from './reference.js';

/** Held by two or more, or its data flows leave two or more different actors (a self-loop leaves no one). */
function reference(m: EcosystemMap): Expected[] {
  return m.datasets
    .filter((d) => {
      const leaving = m.flows.filter((f) => f.kind === 'data' && f.dataset === d.id && f.from !== f.to).map((f) => f.from);
      return new Set(d.heldBy).size >= 2 || new Set(leaving).size >= 2;
    })
    .map((d) => ({ subject: d.id, severity: 'warning' }));
}

const subjects = (m: EcosystemMap) => dataInManyPlaces(m).map((f) => f.subjects[0]);

describe('data-in-many-places', () => {
  it('a dataset held by two actors', () => {
    const m = map({
      actors: [actor('council', { name: 'City Council' }), actor('uni', { name: 'City University' })],
      datasets: [dataset('readings', { name: 'Sensor readings', heldBy: ['uni', 'council'] }), dataset('one', { heldBy: ['uni'] })],
    });
    expect(dataInManyPlaces(m)).toEqual([
      {
        rule: 'data-in-many-places',
        severity: 'warning',
        subjects: ['readings'],
        message:
          'The dataset Sensor readings is held by 2 actors (City Council, City University): copies in many places are harder to keep accurate and secure',
      },
    ]);
  });

  it('data flows of one dataset leaving two different actors', () => {
    const m = map({
      actors: actors(3),
      datasets: [dataset('d1', { heldBy: ['a0'] }), dataset('d2')],
      flows: [
        flow('f1', 'a0', 'a1', { dataset: 'd1' }),
        flow('f2', 'a1', 'a2', { dataset: 'd1' }),
        flow('f3', 'a0', 'a1', { dataset: 'd2' }),
        flow('f4', 'a0', 'a2', { dataset: 'd2' }),
      ],
    });
    expect(subjects(m)).toEqual(['d1']);
    expect(dataInManyPlaces(m)[0]?.message).toBe(
      'The dataset d1 data flows out of 2 actors (A0, A1): copies in many places are harder to keep accurate and secure',
    );
  });

  it('names both reasons, and at most four actors', () => {
    const m = map({
      actors: actors(6),
      datasets: [dataset('d1', { heldBy: ['a5', 'a4', 'a3', 'a2', 'a1', 'a0'] })],
      flows: [flow('f1', 'a0', 'a1', { dataset: 'd1' }), flow('f2', 'a1', 'a0', { dataset: 'd1' })],
    });
    expect(dataInManyPlaces(m)[0]?.message).toBe(
      'The dataset d1 data is held by 6 actors (A0, A1, A2, A3 and 2 more) and flows out of 2 actors (A0, A1): copies in many places are harder to keep accurate and secure',
    );
  });

  it('a self-loop does not leave its actor; flows without the dataset do not count', () => {
    const m = map({
      actors: actors(3),
      datasets: [dataset('d1')],
      flows: [flow('f1', 'a0', 'a1', { dataset: 'd1' }), flow('f2', 'a1', 'a1', { dataset: 'd1' }), flow('f3', 'a2', 'a1')],
    });
    expect(subjects(m)).toEqual([]);
  });

  it('a map with no flows: only holders count', () => {
    expect(subjects(map({ actors: actors(2), datasets: [dataset('d1', { heldBy: ['a0', 'a1'] }), dataset('d2')] }))).toEqual(['d1']);
  });

  it(`agrees with the plain reading on random maps (${seedRange})`, () => {
    expectSameAsReference('data-in-many-places', (m) => dataInManyPlaces(m), reference);
  });
});

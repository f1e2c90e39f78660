import { describe, expect, it } from 'vitest';
import { focalPoint } from '../../../src/domain/analysis/rules/focalPoint.js';
import type { EcosystemMap } from '../../../src/domain/map/index.js';
import { actor, actors, flow, map } from './build.js';
import { expectSameAsReference, seedRange, type Expected } from './reference.js';

/** The contract read plainly: count the flows each actor is an end of; at least half, from 4 actors and 4 flows. */
function reference(m: EcosystemMap): Expected[] {
  if (m.actors.length < 4 || m.flows.length < 4) return [];
  return m.actors
    .filter((a) => m.flows.filter((f) => f.from === a.id || f.to === a.id).length * 2 >= m.flows.length)
    .map((a) => ({ subject: a.id, severity: 'warning' }));
}

const subjects = (m: EcosystemMap) => focalPoint(m).map((f) => f.subjects[0]);

describe('focal-point', () => {
  it('names the actor with its count of all flows', () => {
    const m = map({
      actors: [actor('council', { name: 'City Council' }), ...actors(4)],
      flows: [
        flow('f1', 'council', 'a0'),
        flow('f2', 'a1', 'council', { kind: 'money' }),
        flow('f3', 'council', 'a2'),
        flow('f4', 'a0', 'a1'),
        flow('f5', 'a2', 'a3'),
      ],
    });
    expect(focalPoint(m)).toEqual([
      {
        rule: 'focal-point',
        severity: 'warning',
        subjects: ['council'],
        message: 'City Council is on 3 of 5 flows: much of the ecosystem depends on this one actor',
      },
    ]);
  });

  it('exactly half of the flows is enough; one fewer is not', () => {
    const four = actors(4);
    const half = [flow('f1', 'a0', 'a1'), flow('f2', 'a0', 'a2'), flow('f3', 'a1', 'a3'), flow('f4', 'a2', 'a3')];
    expect(subjects(map({ actors: four, flows: half }))).toEqual(['a0', 'a1', 'a2', 'a3']);
    const underHalf = [...half, flow('f5', 'a3', 'a1')]; // a0 and a2 are on 2 of 5
    expect(subjects(map({ actors: four, flows: underHalf }))).toEqual(['a1', 'a3']);
  });

  it('needs at least 4 actors and at least 4 flows', () => {
    const star = (n: number, flows: number) =>
      map({ actors: actors(n), flows: Array.from({ length: flows }, (_, i) => flow(`f${i}`, 'a0', `a${1 + (i % (n - 1))}`)) });
    expect(subjects(star(3, 6))).toEqual([]);
    expect(subjects(star(4, 3))).toEqual([]);
    expect(subjects(star(4, 4))).toEqual(['a0', 'a1']); // a1 is on the first and the fourth: half
  });

  it('a self-loop is one flow its actor is on, counted once', () => {
    const flows = [flow('f1', 'a0', 'a0', { kind: 'value' }), flow('f2', 'a0', 'a1'), flow('f3', 'a2', 'a3'), flow('f4', 'a3', 'a2')];
    const found = focalPoint(map({ actors: actors(4), flows }));
    expect(found.map((f) => f.subjects[0])).toEqual(['a0', 'a2', 'a3']);
    expect(found[0]?.message).toMatch(/^A0 is on 2 of 4 flows/);
  });

  it('a map with no flows has no focal point', () => {
    expect(focalPoint(map({ actors: actors(5) }))).toEqual([]);
  });

  it(`agrees with the plain reading on random maps (${seedRange})`, () => {
    expectSameAsReference('focal-point', (m) => focalPoint(m), reference);
  });
});

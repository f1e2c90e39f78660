import { describe, expect, it } from 'vitest';
import { oneWayValue } from '../../../src/domain/analysis/rules/oneWayValue.js';
import type { EcosystemMap } from '../../../src/domain/map/index.js';
import { actor, actors, flow, map } from './build.js';
import { expectSameAsReference, seedRange, type Expected } from './reference.js';

function reference(m: EcosystemMap): Expected[] {
  return m.actors
    .filter((a) => m.flows.some((f) => f.kind === 'data' && f.from === a.id) && !m.flows.some((f) => f.to === a.id))
    .map((a) => ({ subject: a.id, severity: 'info' }));
}

const subjects = (m: EcosystemMap) => oneWayValue(m).map((f) => f.subjects[0]);

describe('one-way-value', () => {
  it('a source of data that nothing flows back to', () => {
    const m = map({
      actors: [actor('clean-air', { name: 'Clean Air Now' }), ...actors(2)],
      flows: [flow('f1', 'clean-air', 'a0'), flow('f2', 'clean-air', 'a1'), flow('f3', 'a0', 'a1', { kind: 'money' })],
    });
    expect(oneWayValue(m)).toEqual([
      {
        rule: 'one-way-value',
        severity: 'info',
        subjects: ['clean-air'],
        message: 'Clean Air Now sends data on 2 flows but no flow of any kind comes back to it',
      },
    ]);
  });

  it('any kind of flow back is enough, a data self-loop too', () => {
    expect(subjects(map({ actors: actors(2), flows: [flow('f1', 'a0', 'a1'), flow('f2', 'a1', 'a0', { kind: 'value' })] }))).toEqual([]);
    expect(subjects(map({ actors: actors(2), flows: [flow('f1', 'a0', 'a1'), flow('f2', 'a0', 'a0')] }))).toEqual([]);
  });

  it('sending only money, services, value or oversight is not giving data', () => {
    const flows = (['money', 'service', 'value', 'oversight'] as const).map((kind, i) => flow(`f${i}`, 'a0', 'a1', { kind }));
    expect(subjects(map({ actors: actors(2), flows }))).toEqual([]);
  });

  it('a map with no flows has none', () => {
    expect(oneWayValue(map({ actors: actors(3) }))).toEqual([]);
  });

  it(`agrees with the plain reading on random maps (${seedRange})`, () => {
    expectSameAsReference('one-way-value', (m) => oneWayValue(m), reference);
  });
});

import { describe, expect, it } from 'vitest';
import { isolatedActor } from '../../../src/domain/analysis/rules/isolatedActor.js';
import type { EcosystemMap } from '../../../src/domain/map/index.js';
import { actor, actors, flow, map } from './build.js';
import { expectSameAsReference, seedRange, type Expected } from './reference.js';

function reference(m: EcosystemMap): Expected[] {
  return m.actors
    .filter((a) => !m.flows.some((f) => f.from === a.id || f.to === a.id))
    .map((a) => ({ subject: a.id, severity: 'warning' }));
}

const subjects = (m: EcosystemMap) => isolatedActor(m).map((f) => f.subjects[0]);

describe('isolated-actor', () => {
  it('an actor with no flow of any kind', () => {
    const m = map({
      actors: [...actors(2), actor('archive', { name: 'Records Office' })],
      flows: [flow('f1', 'a0', 'a1', { kind: 'money' })],
    });
    expect(isolatedActor(m)).toEqual([
      {
        rule: 'isolated-actor',
        severity: 'warning',
        subjects: ['archive'],
        message: 'Records Office has no flows: it is on the map but exchanges nothing with anyone',
      },
    ]);
  });

  it('a self-loop or one incoming flow is enough to be linked', () => {
    const m = map({ actors: actors(3), flows: [flow('f1', 'a0', 'a0', { kind: 'value' }), flow('f2', 'a0', 'a1', { kind: 'oversight' })] });
    expect(subjects(m)).toEqual(['a2']);
  });

  it('in a map with no flows every actor is isolated; with no actors, none', () => {
    expect(subjects(map({ actors: actors(3) }))).toEqual(['a0', 'a1', 'a2']);
    expect(subjects(map())).toEqual([]);
  });

  it('an actor with a blank name is named by its id', () => {
    expect(isolatedActor(map({ actors: [actor('a9', { name: ' ' })] }))[0]?.message).toMatch(/^a9 has no flows/);
  });

  it(`agrees with the plain reading on random maps (${seedRange})`, () => {
    expectSameAsReference('isolated-actor', (m) => isolatedActor(m), reference);
  });
});

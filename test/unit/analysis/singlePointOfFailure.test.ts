import { describe, expect, it } from 'vitest';
import { singlePointOfFailure } from '../../../src/domain/analysis/rules/singlePointOfFailure.js';
import type { EcosystemMap } from '../../../src/domain/map/index.js';
import { createPrng } from '../../fuzz/prng.js';
import { actor, actors, chain, flow, map } from './build.js';
import { adjacencyMatrix, componentsOracle, cutVerticesOracle } from './oracle.js';
import { randomEcosystem, ruleSeeds } from './randomEcosystem.js';
import { expectSameAsReference, seedRange, type Expected } from './reference.js';

/** The graph of the actors with data flows, then the oracle's cut vertices of it, with the part counts. */
function dataGraph(m: EcosystemMap) {
  const data = m.flows.filter((f) => f.kind === 'data');
  const members = m.actors.filter((a) => data.some((f) => f.from === a.id || f.to === a.id)).map((a) => a.id);
  const links = data.map((f) => [members.indexOf(f.from), members.indexOf(f.to)] as [number, number]);
  const matrix = adjacencyMatrix(members.length, links);
  return { members, before: componentsOracle(matrix), cuts: cutVerticesOracle(matrix) };
}

function reference(m: EcosystemMap): Expected[] {
  const { members, cuts } = dataGraph(m);
  return [...cuts.keys()].map((v) => ({ subject: members[v]!, severity: 'warning' }));
}

const subjects = (m: EcosystemMap) => singlePointOfFailure(m).map((f) => f.subjects[0]);

describe('single-point-of-failure', () => {
  it('the middle of a chain of data flows, with the parts before and after', () => {
    const m = map({
      actors: [actor('vendor'), actor('council', { name: 'City Council' }), actor('uni')],
      flows: chain(['vendor', 'council', 'uni']),
    });
    expect(singlePointOfFailure(m)).toEqual([
      {
        rule: 'single-point-of-failure',
        severity: 'warning',
        subjects: ['council'],
        message: 'City Council holds the data flows together: without it, the actors they link fall from 1 connected part into 2',
      },
    ]);
  });

  it('the centre of a star falls into as many parts as it has arms', () => {
    const m = map({ actors: actors(5), flows: [1, 2, 3, 4].map((i) => flow(`f${i}`, 'a0', `a${i}`)) });
    expect(singlePointOfFailure(m)[0]?.message).toMatch(/from 1 connected part into 4$/);
  });

  it('only data flows link: other kinds neither make nor mend a cut', () => {
    expect(subjects(map({ actors: actors(3), flows: chain(['a0', 'a1', 'a2'], { kind: 'money' }) }))).toEqual([]);
    const mended = [...chain(['a0', 'a1', 'a2']), flow('m1', 'a0', 'a2', { kind: 'service' })];
    expect(subjects(map({ actors: actors(3), flows: mended }))).toEqual(['a1']);
  });

  it('a cycle, a pair and repeated flows have no cut; direction does not matter', () => {
    expect(subjects(map({ actors: actors(3), flows: chain(['a0', 'a1', 'a2', 'a0']) }))).toEqual([]);
    expect(subjects(map({ actors: actors(2), flows: chain(['a0', 'a1', 'a0', 'a1']) }))).toEqual([]);
    expect(subjects(map({ actors: actors(3), flows: [flow('f1', 'a1', 'a0'), flow('f2', 'a1', 'a2')] }))).toEqual(['a1']);
  });

  it('counts parts across the whole data graph; self-loops and actors without data flows stay out', () => {
    const flows = [...chain(['a0', 'a1', 'a2']), flow('g1', 'a3', 'a4'), flow('s1', 'a5', 'a5'), flow('m1', 'a6', 'a1', { kind: 'money' })];
    const found = singlePointOfFailure(map({ actors: actors(8), flows }));
    expect(found.map((f) => f.subjects[0])).toEqual(['a1']);
    expect(found[0]?.message).toMatch(/from 3 connected parts into 4$/);
  });

  it('a map with no flows has none', () => {
    expect(singlePointOfFailure(map({ actors: actors(4) }))).toEqual([]);
  });

  it(`agrees with removing each actor in turn on random maps (${seedRange})`, () => {
    expectSameAsReference('single-point-of-failure', (m) => singlePointOfFailure(m), reference);
  });

  it(`states the oracle's part counts (${seedRange})`, () => {
    for (const seed of ruleSeeds) {
      const m = randomEcosystem(createPrng(seed));
      const { members, before, cuts } = dataGraph(m);
      for (const f of singlePointOfFailure(m)) {
        const after = cuts.get(members.indexOf(f.subjects[0]!));
        expect(f.message, `seed ${seed}`).toMatch(new RegExp(`from ${before} connected parts? into ${after}$`));
      }
    }
  });
});

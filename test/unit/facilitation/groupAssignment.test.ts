import { describe, expect, it } from 'vitest';
import { assignGroups, organisationKey, spreadCost } from '../../../src/domain/facilitation/index.js';
import type { Person } from '../../../src/domain/facilitation/index.js';
import { createPrng } from '../../fuzz/prng.js';
import type { Prng } from '../../fuzz/prng.js';

/** Group sizes differ by at most 1, every person is in exactly one group. */
function expectBalancedPartition(groups: string[][], people: Person[], groupCount: number): void {
  expect(groups).toHaveLength(groupCount);
  const sizes = groups.map((g) => g.length);
  expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  expect(groups.flat().sort()).toEqual(people.map((p) => p.id).sort());
}

/**
 * The oracle (STYLE 8): tries every assignment of people to groups, keeps those with balanced
 * sizes, and returns the least cost. k^n assignments: fine for n ≤ 8, k ≤ 3.
 */
function bruteForceOptimum(people: Person[], groupCount: number): number {
  let best = Infinity;
  const choice = new Array<number>(people.length).fill(0);
  const total = groupCount ** people.length;
  for (let code = 0; code < total; code++) {
    let rest = code;
    for (let i = 0; i < people.length; i++) {
      choice[i] = rest % groupCount;
      rest = Math.floor(rest / groupCount);
    }
    const groups: string[][] = Array.from({ length: groupCount }, () => []);
    people.forEach((p, i) => groups[choice[i]!]!.push(p.id));
    const sizes = groups.map((g) => g.length);
    if (Math.max(...sizes) - Math.min(...sizes) > 1) continue;
    best = Math.min(best, spreadCost(groups, people));
  }
  return best;
}

const organisations = ['Council', 'council ', 'Fire Service', 'FIRE  service', 'University', 'Bus Co', '', 'Library'];

function randomPeople(rng: Prng): Person[] {
  const n = 1 + rng.int(8);
  // A small pool of organisations (with spelling variants of the same one) makes clashes likely.
  const pool = organisations.slice(0, 2 + rng.int(organisations.length - 1));
  return Array.from({ length: n }, (_, i) => ({ id: `p${i}`, organisation: rng.pick(pool) }));
}

describe('assignGroups', () => {
  it('one organisation of 4 into 2 groups: 2 + 2', () => {
    const people = ['a', 'b', 'c', 'd'].map((id) => ({ id, organisation: 'Council' }));
    const groups = assignGroups(people, 2, createPrng(1).next);
    expect(groups.map((g) => g.length)).toEqual([2, 2]);
  });

  it('two organisations of 2 into 2 groups: each group gets one of each', () => {
    const people = [
      { id: 'c1', organisation: 'Council' },
      { id: 'c2', organisation: 'Council' },
      { id: 'u1', organisation: 'University' },
      { id: 'u2', organisation: 'University' },
    ];
    for (let seed = 0; seed < 20; seed++) {
      const groups = assignGroups(people, 2, createPrng(seed).next);
      for (const g of groups) expect(g.map((id) => id[0]).sort()).toEqual(['c', 'u']);
    }
  });

  it('an organisation of 5 into 3 groups: 2 + 2 + 1, and the others fill the gaps', () => {
    const people = [...['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, organisation: 'Fire service' })), { id: 'x', organisation: 'Library' }];
    const groups = assignGroups(people, 3, createPrng(3).next);
    expectBalancedPartition(groups, people, 3);
    const fireCounts = groups.map((g) => g.filter((id) => id !== 'x').length).sort();
    expect(fireCounts).toEqual([1, 2, 2]);
    // x joins the group with only one firefighter, making sizes 2, 2, 2.
    expect(groups.map((g) => g.length)).toEqual([2, 2, 2]);
  });

  it('compares organisations ignoring case and spaces', () => {
    expect(organisationKey('  Fire  Service ')).toBe(organisationKey('fireservice'));
    expect(organisationKey('ＦＩＲＥ service')).toBe('fireservice');
    const people = [
      { id: 'a', organisation: 'Fire Service' },
      { id: 'b', organisation: 'fire service' },
      { id: 'c', organisation: 'FIRESERVICE' },
      { id: 'd', organisation: 'Council' },
    ];
    const groups = assignGroups(people, 3, createPrng(5).next);
    for (const g of groups) expect(g.filter((id) => id !== 'd')).toHaveLength(1);
  });

  it('treats an empty organisation as unique to the person, not as one shared organisation', () => {
    expect(organisationKey('   ')).toBeNull();
    const people = ['a', 'b', 'c', 'd'].map((id) => ({ id, organisation: '' }));
    // Four people of "no organisation" cost 4 in any balanced split; were they one organisation, 2 + 2 would cost 8.
    expect(spreadCost(assignGroups(people, 2, createPrng(9).next), people)).toBe(4);
  });

  it('more groups than people leaves groups empty, sizes still within 1', () => {
    const people = [{ id: 'a', organisation: 'X' }];
    expect(assignGroups(people, 3, createPrng(1).next)).toEqual([['a'], [], []]);
    expect(assignGroups([], 2, createPrng(1).next)).toEqual([[], []]);
  });

  it('refuses a group count that is not 1–100 and a person listed twice', () => {
    const rnd = createPrng(1).next;
    expect(() => assignGroups([], 0, rnd)).toThrow(/groupCount/);
    expect(() => assignGroups([], 1.5, rnd)).toThrow(/groupCount/);
    expect(() =>
      assignGroups(
        [
          { id: 'a', organisation: '' },
          { id: 'a', organisation: '' },
        ],
        2,
        rnd,
      ),
    ).toThrow(/twice/);
  });

  it('survives a random source that returns 1 or NaN', () => {
    const people = Array.from({ length: 6 }, (_, i) => ({ id: `p${i}`, organisation: i % 2 ? 'A' : 'B' }));
    expectBalancedPartition(
      assignGroups(people, 2, () => 1),
      people,
      2,
    );
    expectBalancedPartition(
      assignGroups(people, 2, () => Number.NaN),
      people,
      2,
    );
  });

  it('is deterministic for a given random source, and the source does vary who goes where', () => {
    const people = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, organisation: ['A', 'B', 'C'][i % 3]! }));
    expect(assignGroups(people, 3, createPrng(42).next)).toEqual(assignGroups(people, 3, createPrng(42).next));
    const outcomes = new Set(Array.from({ length: 10 }, (_, seed) => JSON.stringify(assignGroups(people, 3, createPrng(seed).next))));
    expect(outcomes.size).toBeGreaterThan(1);
  });

  it('spreadCost counts the objective: Σ count(organisation, group)²', () => {
    const people = [
      { id: 'a', organisation: 'X' },
      { id: 'b', organisation: 'x' },
      { id: 'c', organisation: 'Y' },
      { id: 'd', organisation: '' },
    ];
    expect(
      spreadCost(
        [
          ['a', 'b'],
          ['c', 'd'],
        ],
        people,
      ),
    ).toBe(4 + 1 + 1);
    expect(
      spreadCost(
        [
          ['a', 'c'],
          ['b', 'd'],
        ],
        people,
      ),
    ).toBe(4);
  });

  // 200 seeded cases against brute force: the dealing is optimal, not just good.
  describe('matches the brute-force optimum (seeds 1–200)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      it(`optimal spread, balanced sizes (seed ${seed})`, () => {
        const rng = createPrng(seed);
        const people = randomPeople(rng);
        const groupCount = 2 + rng.int(2);
        const groups = assignGroups(people, groupCount, rng.next);
        expectBalancedPartition(groups, people, groupCount);
        expect(spreadCost(groups, people)).toBe(bruteForceOptimum(people, groupCount));
      });
    }
  });
});

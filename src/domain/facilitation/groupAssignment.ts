import { AppError } from '../../shared/index.js';

/**
 * Splitting people into groups so that colleagues meet people from other organisations.
 *
 * The objective, precisely: among assignments whose group sizes differ by at most 1, minimise
 *
 *     cost = Σ over organisations o, Σ over groups g, of count(o, g)²
 *
 * where count(o, g) is how many members of o are in g. For a single organisation this is least
 * when its members are spread round-robin (its counts differ by at most 1 between groups).
 *
 * Why dealing is exact (no search needed): with c members, k groups, q = ⌊c/k⌋, r = c mod k,
 * an organisation's share of the cost is at least (k − r)·q² + r·(q + 1)², because a sum of
 * squares of k integers with a fixed total is least when they differ by at most 1. So cost is
 * at least the sum of those bounds. Put everyone in one list with each organisation's members
 * next to each other and deal the list to groups 0, 1, …, k−1, 0, 1, …: any c consecutive
 * places hit each group q or q + 1 times, which meets every organisation's bound at once, and
 * group g gets ⌈n/k⌉ people when g < n mod k, else ⌊n/k⌋. The bound is reached under the size
 * rule, so the result is optimal. test/unit/facilitation checks it against brute force.
 *
 * The random source only decides who is who among equals: the order of people within an
 * organisation and of organisations of the same size. The same people and the same random
 * sequence give the same groups.
 */
export interface Person {
  id: string;
  organisation: string;
}

/**
 * Organisation names compared case- and space-insensitively ("Fire Service", "fire  service"
 * and "FireService" are one organisation). NFKC folds look-alike forms (full-width letters).
 * An empty name means "unknown", never "the same as the other unknowns": null.
 */
export function organisationKey(organisation: string): string | null {
  const key = organisation.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
  return key === '' ? null : key;
}

/** Fisher–Yates. Clamped so a random source returning 1 or NaN cannot index out of range. */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.min(i, Math.max(0, Math.floor(random() * (i + 1)) || 0));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

/** Buckets of people by organisation; everyone with no organisation is a bucket of one. */
function byOrganisation(people: readonly Person[]): Person[][] {
  const buckets = new Map<string, Person[]>();
  const singles: Person[][] = [];
  for (const person of people) {
    const key = organisationKey(person.organisation);
    if (key === null) {
      singles.push([person]);
      continue;
    }
    const bucket = buckets.get(key);
    if (bucket) bucket.push(person);
    else buckets.set(key, [person]);
  }
  return [...buckets.values(), ...singles];
}

/**
 * Assigns people to `groupCount` groups: returns one list of ids per group. Groups 0, 1, …
 * take the extra person when the numbers do not divide evenly. `random` returns floats in
 * [0, 1) (Math.random in production, a seeded source in tests).
 */
export function assignGroups(people: readonly Person[], groupCount: number, random: () => number): string[][] {
  if (!Number.isInteger(groupCount) || groupCount < 1 || groupCount > 100) {
    throw new AppError('VALIDATION_FAILED', 'groupCount: must be a whole number from 1 to 100');
  }
  const ids = new Set(people.map((p) => p.id));
  if (ids.size !== people.length) throw new AppError('VALIDATION_FAILED', 'people: the same person is listed twice');

  // Sorting is stable, so buckets of the same size keep the shuffled order.
  const buckets = byOrganisation(shuffled(people, random)).sort((a, b) => b.length - a.length);
  const groups: string[][] = Array.from({ length: groupCount }, () => []);
  let place = 0;
  for (const bucket of buckets) {
    for (const person of bucket) groups[place++ % groupCount]?.push(person.id);
  }
  return groups;
}

/** The objective above for a given split, so tests and the UI can compare splits. */
export function spreadCost(groups: readonly (readonly string[])[], people: readonly Person[]): number {
  // Prefixes keep an organisation's key apart from a person's own (no organisation) key.
  const keyOf = new Map(
    people.map((p) => {
      const org = organisationKey(p.organisation);
      return [p.id, org === null ? `person:${p.id}` : `org:${org}`];
    }),
  );
  let cost = 0;
  for (const group of groups) {
    const counts = new Map<string, number>();
    for (const id of group) {
      const key = keyOf.get(id) ?? `person:${id}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const count of counts.values()) cost += count * count;
  }
  return cost;
}

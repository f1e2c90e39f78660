import type { ListChanges, MapChanges } from '../../../domain/map/index.js';

const nouns = {
  actors: ['actor', 'actors'],
  flows: ['flow', 'flows'],
  datasets: ['dataset', 'datasets'],
  notes: ['note', 'notes'],
} as const;

const count = (n: number, [one, many]: readonly [string, string]) => `${n} ${n === 1 ? one : many}`;

/**
 * What restoring a version would do to the map, in words: `changes` goes from the map now to
 * the version ("add 2 actors", "remove 1 flow", "change 3 actors"). Empty when nothing differs.
 */
export function restoreWords(changes: MapChanges): string[] {
  const lists = Object.keys(nouns) as (keyof typeof nouns)[];
  const part = (verb: string, pick: (l: ListChanges) => number) =>
    lists.filter((name) => pick(changes[name]) > 0).map((name) => `${verb} ${count(pick(changes[name]), nouns[name])}`);
  return [
    ...part('add', (l) => l.added),
    ...part('remove', (l) => l.removed),
    ...part('change', (l) => l.changed),
    ...(changes.info ? ['change the title or description'] : []),
  ];
}

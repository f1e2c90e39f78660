import type { EcosystemMap } from './types.js';

/**
 * The order of elements by id: runs of digits compare as numbers, so `f2` comes before `f10`.
 * Locale-free (code units otherwise), so every replica and every runtime sorts the same;
 * ties (`f01` and `f1`) fall back to plain code-unit order.
 */
export function compareIds(a: string, b: string): number {
  const chunks = /(\d+|\D+)/g;
  const as = a.match(chunks) ?? [];
  const bs = b.match(chunks) ?? [];
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const x = as[i] ?? '';
    const y = bs[i] ?? '';
    if (x === y) continue;
    const bothNumbers = /^\d/.test(x) && /^\d/.test(y);
    if (bothNumbers) {
      // Compare as numbers of any size: fewer significant digits is smaller.
      const [nx, ny] = [x.replace(/^0+/, ''), y.replace(/^0+/, '')];
      if (nx.length !== ny.length) return nx.length - ny.length;
      if (nx !== ny) return nx < ny ? -1 : 1;
      continue;
    }
    return x < y ? -1 : 1;
  }
  if (as.length !== bs.length) return as.length - bs.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The map with every list sorted by id: the order a board reads in (its elements are keyed, not ordered). */
export function sortMapById(map: EcosystemMap): EcosystemMap {
  const byId = <T extends { id: string }>(items: T[]) => [...items].sort((x, y) => compareIds(x.id, y.id));
  return { ...map, actors: byId(map.actors), datasets: byId(map.datasets), flows: byId(map.flows), notes: byId(map.notes) };
}

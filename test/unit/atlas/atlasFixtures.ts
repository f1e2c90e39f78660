import type { AtlasDecision, AtlasMapInput } from '../../../src/domain/atlas/index.js';
import type { Actor, EcosystemMap, Flow } from '../../../src/domain/map/index.js';

/** A small project map: actors by name (ids a1, a2…), flows between them by index. */
export function projectMap(
  names: string[],
  flows: [number, number, Flow['kind']?][] = [],
  extra: Partial<EcosystemMap> = {},
): EcosystemMap {
  const actors: Actor[] = names.map((name, i) => ({ id: `a${i + 1}`, name, roles: [], tags: [] }));
  return {
    title: 'Project',
    actors,
    datasets: [],
    flows: flows.map(([from, to, kind], i) => ({ id: `f${i + 1}`, from: `a${from + 1}`, to: `a${to + 1}`, kind: kind ?? 'service' })),
    notes: [],
    ...extra,
  };
}

/** A map of a board: the board's id doubles as its project's, in workshop `w`. */
export function onBoard(board: string, map: EcosystemMap, workshop = 'w1', project: string | null = `p-${board}`): AtlasMapInput {
  return {
    workshop: { id: workshop, title: `Workshop ${workshop}` },
    project: project === null ? null : { id: project, title: `Project ${project}` },
    board: { id: board, title: `Board ${board}` },
    map,
  };
}

let n = 0;
export function decision(kind: AtlasDecision['kind'], a: string, b: string): AtlasDecision {
  return { id: `d${++n}`, cityKey: 'coventry', kind, a, b, decidedBy: null, decidedAt: '2026-01-01T00:00:00.000Z' };
}

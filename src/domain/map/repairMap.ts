import { mapProblems } from './mapProblems.js';
import type { MapProblem } from './mapProblems.js';
import type { EcosystemMap, MapIssue } from './types.js';

/**
 * Mends a map whose elements are each well formed but whose references may not hold, as
 * concurrent edits leave it (a flow added to an actor another peer deleted): later duplicates
 * and flows with a missing end are dropped, notes whose target is missing are dropped, missing
 * `steward`/`dataset` references are cleared and missing holders taken out of `heldBy`.
 * Deterministic: the same map gives the same result, so replicas that converged read the same.
 *
 * `repaired` says what was done, one issue per problem, its path by id (`flows.f3.to`).
 * A valid map comes back unchanged (the same object) with nothing repaired.
 */
export function repairMap(map: EcosystemMap): { map: EcosystemMap; repaired: MapIssue[] } {
  const repaired: MapIssue[] = [];
  let current = map;
  // Dropping a flow can orphan the notes pinned to it, found in the next round; nothing else
  // cascades, so the loop ends in at most three rounds. The bound is a guard.
  for (let round = 0; round < 5; round++) {
    const problems = mapProblems(current);
    if (problems.length === 0) break;
    for (const p of problems) repaired.push({ path: `${p.list}.${p.id}.${p.field}`, message: `${p.message}; ${outcome[p.fix]}` });
    current = applyFixes(current, problems);
  }
  return { map: current, repaired };
}

const outcome: Record<MapProblem['fix'], string> = {
  drop: 'left out',
  clear: 'cleared',
  unlist: 'taken out of the list',
};

function applyFixes(map: EcosystemMap, problems: MapProblem[]): EcosystemMap {
  const byElement = new Map<string, MapProblem[]>();
  for (const p of problems) byElement.set(`${p.list}/${p.index}`, [...(byElement.get(`${p.list}/${p.index}`) ?? []), p]);
  /** Each kept element with its fixes; dropped ones left out. */
  const mend = <T>(list: MapProblem['list'], items: T[], fix: (item: T, fixes: MapProblem[]) => T): T[] =>
    items.flatMap((item, index) => {
      const fixes = byElement.get(`${list}/${index}`) ?? [];
      if (fixes.some((f) => f.fix === 'drop')) return [];
      return [fixes.length === 0 ? item : fix(item, fixes)];
    });
  return {
    ...map,
    actors: mend('actors', map.actors, (actor) => actor),
    datasets: mend('datasets', map.datasets, ({ steward, ...rest }, fixes) => {
      const unlisted = new Set(fixes.filter((f) => f.fix === 'unlist').map((f) => f.value));
      const heldBy = rest.heldBy.filter((holder) => !unlisted.has(holder));
      const keepSteward = steward !== undefined && !fixes.some((f) => f.field === 'steward');
      return keepSteward ? { ...rest, steward, heldBy } : { ...rest, heldBy };
    }),
    flows: mend('flows', map.flows, ({ dataset: _cleared, ...rest }) => rest),
    notes: mend('notes', map.notes, (note) => note),
  };
}

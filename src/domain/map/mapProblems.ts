import { sayMap as say, type FileProblem } from '../fileProblems/index.js';
import type { EcosystemMap } from './types.js';

/**
 * The map's invariants, checked on a value whose elements are each well formed:
 * ids unique within their list; `from`/`to`/`steward`/`heldBy` name an actor, `dataset` a
 * dataset (and only on a data flow), a note's `target` an actor, dataset or flow.
 *
 * Ids are unique within their list only (the format's rule), so an actor and a flow may share
 * an id; a note's target resolves when any of the three lists has it.
 */
export type MapList = 'actors' | 'datasets' | 'flows' | 'notes';

export interface MapProblem {
  list: MapList;
  /** Index in the map's list. */
  index: number;
  id: string;
  /** The field at fault, `heldBy[2]` for a list item. */
  field: string;
  message: string;
  /** The same as data (fileProblems/). */
  problem: FileProblem;
  /** How repairMap mends it: drop the element, clear the field, or take `value` out of the list. */
  fix: 'drop' | 'clear' | 'unlist';
  /** For `unlist`: the list item to take out. */
  value?: string;
}

export function mapProblems(map: EcosystemMap): MapProblem[] {
  const problems: MapProblem[] = [];
  const actorIds = uniqueIds(map, 'actors', 'actor', problems);
  const datasetIds = uniqueIds(map, 'datasets', 'dataset', problems);
  const flowIds = uniqueIds(map, 'flows', 'flow', problems);
  uniqueIds(map, 'notes', 'note', problems);
  const noActor = (id: string) => say('noActor', { id: JSON.stringify(id) });

  map.datasets.forEach(({ id, steward, heldBy }, index) => {
    if (steward !== undefined && !actorIds.has(steward))
      problems.push({ list: 'datasets', index, id, field: 'steward', ...noActor(steward), fix: 'clear' });
    heldBy.forEach((holder, i) => {
      if (!actorIds.has(holder))
        problems.push({ list: 'datasets', index, id, field: `heldBy[${i}]`, ...noActor(holder), fix: 'unlist', value: holder });
    });
  });

  map.flows.forEach(({ id, from, to, kind, dataset }, index) => {
    if (!actorIds.has(from)) problems.push({ list: 'flows', index, id, field: 'from', ...noActor(from), fix: 'drop' });
    if (!actorIds.has(to)) problems.push({ list: 'flows', index, id, field: 'to', ...noActor(to), fix: 'drop' });
    if (dataset === undefined) return;
    if (kind !== 'data') {
      problems.push({ list: 'flows', index, id, field: 'dataset', ...say('datasetOnDataFlow', { kind }), fix: 'clear' });
    } else if (!datasetIds.has(dataset)) {
      const said = say('noDataset', { id: JSON.stringify(dataset) });
      problems.push({ list: 'flows', index, id, field: 'dataset', ...said, fix: 'clear' });
    }
  });

  map.notes.forEach(({ id, target }, index) => {
    if (target === undefined || actorIds.has(target) || datasetIds.has(target) || flowIds.has(target)) return;
    problems.push({ list: 'notes', index, id, field: 'target', ...say('noTarget', { id: JSON.stringify(target) }), fix: 'drop' });
  });
  return problems;
}

/** The ids of a list; every repeat after the first is a problem (the first one stays). */
function uniqueIds(map: EcosystemMap, list: MapList, noun: 'actor' | 'dataset' | 'flow' | 'note', problems: MapProblem[]): Set<string> {
  const first = new Map<string, number>();
  map[list].forEach(({ id }, index) => {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else problems.push({ list, index, id, field: 'id', ...say('idTaken', { id: JSON.stringify(id), element: noun }), fix: 'drop' });
  });
  return new Set(first.keys());
}

import { actorFields, datasetFields, elementToJson, flowFields, noteFields } from './mapJson.js';
import type { MapList } from './mapProblems.js';
import type { EcosystemMap } from './types.js';

/** How one list of elements differs between two maps, by id. */
export interface ListChanges {
  added: number;
  removed: number;
  changed: number;
}

/** What going from one map to another changes: counts per list, and whether the title or description differ. */
export interface MapChanges {
  actors: ListChanges;
  flows: ListChanges;
  datasets: ListChanges;
  notes: ListChanges;
  /** The title or description differ. */
  info: boolean;
}

const fieldsOf: Record<MapList, readonly string[]> = {
  actors: actorFields,
  flows: flowFields,
  datasets: datasetFields,
  notes: noteFields,
};

/**
 * What changes from `from` to `to`: elements are matched by id, and one counts as changed when
 * any of its fields (as written to a file, unknown fields included) differs; a moved actor is
 * changed. Used to say what restoring a version would do before it is done.
 */
export function mapChanges(from: EcosystemMap, to: EcosystemMap): MapChanges {
  const list = (name: MapList): ListChanges => {
    const json = (map: EcosystemMap) =>
      new Map<string, string>(map[name].map((e) => [e.id, JSON.stringify(elementToJson(e, fieldsOf[name]))]));
    const before = json(from);
    const after = json(to);
    let added = 0;
    let changed = 0;
    for (const [id, text] of after) {
      const old = before.get(id);
      if (old === undefined) added++;
      else if (old !== text) changed++;
    }
    const removed = [...before.keys()].filter((id) => !after.has(id)).length;
    return { added, removed, changed };
  };
  return {
    actors: list('actors'),
    flows: list('flows'),
    datasets: list('datasets'),
    notes: list('notes'),
    info: from.title !== to.title || (from.description ?? '') !== (to.description ?? ''),
  };
}

/** Nothing differs. */
export function noMapChanges(changes: MapChanges): boolean {
  const lists = [changes.actors, changes.flows, changes.datasets, changes.notes];
  return !changes.info && lists.every((l) => l.added + l.removed + l.changed === 0);
}

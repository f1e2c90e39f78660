import { readActor, readDataset, readFlow, readNote } from './elements.js';
import { restoreMapJson } from './mapFile.js';
import { actorFields, datasetFields, elementToJson, flowFields, mapToJson, noteFields } from './mapJson.js';
import type { Actor, Dataset, EcosystemMap, Flow, MapIssue, MapNote } from './types.js';

/**
 * Checks of values built in code (an editor form, an import about to be written to a board)
 * by the same rules a file is read with: a value passes exactly when a file holding it would
 * load. Paths start with the element's kind (`actor.name`); references are not checked here.
 */

export function actorIssues(actor: Actor): MapIssue[] {
  return check(actor, actorFields, 'actor', readActor);
}

export function datasetIssues(dataset: Dataset): MapIssue[] {
  return check(dataset, datasetFields, 'dataset', readDataset);
}

export function flowIssues(flow: Flow): MapIssue[] {
  return check(flow, flowFields, 'flow', readFlow);
}

export function noteIssues(note: MapNote): MapIssue[] {
  return check(note, noteFields, 'note', readNote);
}

/** Every problem of a whole map, paths by index: exactly what reading its file would refuse. */
export function mapIssues(map: EcosystemMap): MapIssue[] {
  const result = restoreMapJson(mapToJson(map));
  return result.ok ? [] : result.errors;
}

/** Problems of the map's own fields (title, description, id), paths as in a file. */
export function mapInfoIssues(info: Pick<EcosystemMap, 'id' | 'title' | 'description'>): MapIssue[] {
  return mapIssues({ ...info, actors: [], datasets: [], flows: [], notes: [] });
}

function check<T extends object>(
  element: T,
  fields: readonly string[],
  noun: string,
  read: (raw: unknown, path: string, issues: MapIssue[]) => unknown,
): MapIssue[] {
  const issues: MapIssue[] = [];
  read(elementToJson(element, fields), noun, issues);
  return issues;
}

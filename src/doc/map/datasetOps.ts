import * as Y from 'yjs';
import type { Dataset, MapIssue } from '../../domain/map/index.js';
import { datasetKind, insertElement, patchElement, refuseIssues } from './elementStore.js';
import { actorsOf, datasetsOf, flowsOf, hasElement, mapTransact } from './mapLayout.js';
import { deleteOrphanedNotes } from './references.js';

/** The fields of a dataset an edit may change; a field set to undefined is removed. */
export type DatasetPatch = Partial<Omit<Dataset, 'id' | 'extra'>>;

/** Adds a dataset; refuses bad fields, a steward or holder not on the board, a taken id. */
export function addDataset(doc: Y.Doc, dataset: Dataset): void {
  refuseIssues(missingActors(doc, dataset));
  insertElement(datasetKind, doc, dataset);
}

/**
 * Changes the given fields of a dataset; false when it is gone. Only the references being set
 * are checked against the board: one a peer removed meanwhile is left for readMap to clear.
 */
export function updateDataset(doc: Y.Doc, id: string, patch: DatasetPatch): boolean {
  refuseIssues(missingActors(doc, patch));
  return patchElement(datasetKind, doc, id, patch);
}

/** Removes a dataset in one transaction: flows that carried it stay without one, notes pinned to it go. */
export function removeDataset(doc: Y.Doc, id: string): boolean {
  const datasets = datasetsOf(doc);
  if (!datasets.has(id)) return false;
  mapTransact(doc, () => {
    datasets.delete(id);
    flowsOf(doc).forEach((flow) => {
      if (flow instanceof Y.Map && flow.get('dataset') === id) flow.delete('dataset');
    });
    deleteOrphanedNotes(doc, [id]);
  });
  return true;
}

function missingActors(doc: Y.Doc, { steward, heldBy }: DatasetPatch): MapIssue[] {
  const actors = actorsOf(doc);
  const missing = (id: string) => `no actor with id ${JSON.stringify(id)} on the board`;
  const issues: MapIssue[] = [];
  if (steward !== undefined && !hasElement(actors, steward)) issues.push({ path: 'dataset.steward', message: missing(steward) });
  heldBy?.forEach((holder, i) => {
    if (!hasElement(actors, holder)) issues.push({ path: `dataset.heldBy[${i}]`, message: missing(holder) });
  });
  return issues;
}

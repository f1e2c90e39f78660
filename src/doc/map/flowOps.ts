import type * as Y from 'yjs';
import type { Flow, MapIssue } from '../../domain/map/index.js';
import { flowKind, insertElement, patchElement, refuseIssues } from './elementStore.js';
import { actorsOf, datasetsOf, flowsOf, hasElement, mapTransact } from './mapLayout.js';
import { deleteOrphanedNotes } from './references.js';

/** The fields of a flow an edit may change; a field set to undefined is removed. */
export type FlowPatch = Partial<Omit<Flow, 'id' | 'extra'>>;

/** Adds a flow between actors on the board; refuses bad fields, a dataset on a non-data flow, a taken id. */
export function addFlow(doc: Y.Doc, flow: Flow): void {
  refuseIssues([...missingReferences(doc, flow), ...datasetOnNonData(flow.kind, flow.dataset)]);
  insertElement(flowKind, doc, flow);
}

/**
 * Changes the given fields of a flow; false when it is gone. Changing the kind away from
 * `data` also clears the dataset (only data flows carry one), in the same transaction; setting
 * a dataset on a flow that is not a data flow is refused.
 */
export function updateFlow(doc: Y.Doc, id: string, patch: FlowPatch): boolean {
  refuseIssues(missingReferences(doc, patch));
  return patchElement(flowKind, doc, id, patch, (merged) => {
    if (merged.kind === 'data' || merged.dataset === undefined) return {};
    refuseIssues(patch.dataset === undefined ? [] : datasetOnNonData(merged.kind, patch.dataset));
    return { dataset: undefined };
  });
}

/** Removes a flow and the notes pinned to it, in one transaction. */
export function removeFlow(doc: Y.Doc, id: string): boolean {
  const flows = flowsOf(doc);
  if (!flows.has(id)) return false;
  mapTransact(doc, () => {
    flows.delete(id);
    deleteOrphanedNotes(doc, [id]);
  });
  return true;
}

function missingReferences(doc: Y.Doc, { from, to, dataset }: FlowPatch): MapIssue[] {
  const issues: MapIssue[] = [];
  for (const [field, actor] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (actor !== undefined && !hasElement(actorsOf(doc), actor))
      issues.push({ path: `flow.${field}`, message: `no actor with id ${JSON.stringify(actor)} on the board` });
  }
  if (dataset !== undefined && !hasElement(datasetsOf(doc), dataset))
    issues.push({ path: 'flow.dataset', message: `no dataset with id ${JSON.stringify(dataset)} on the board` });
  return issues;
}

function datasetOnNonData(kind: Flow['kind'] | undefined, dataset: string | undefined): MapIssue[] {
  if (kind === 'data' || kind === undefined || dataset === undefined) return [];
  return [{ path: 'flow.dataset', message: `only data flows name a dataset; this is a ${kind} flow` }];
}

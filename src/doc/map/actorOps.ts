import * as Y from 'yjs';
import type { Actor } from '../../domain/map/index.js';
import { actorKind, insertElement, patchElement } from './elementStore.js';
import { actorsOf, datasetsOf, flowsOf, mapTransact } from './mapLayout.js';
import { deleteOrphanedNotes } from './references.js';
import { placeElements } from './placement.js';
import type { Placement } from './placement.js';

/** The fields of an actor an edit may change; a field set to undefined is removed. */
export type ActorPatch = Partial<Omit<Actor, 'id' | 'extra'>>;

/** Adds an actor; refuses bad fields (VALIDATION_FAILED) or an id already on the board. */
export function addActor(doc: Y.Doc, actor: Actor): void {
  insertElement(actorKind, doc, actor);
}

/** Changes the given fields of an actor; false when it is gone (a peer removed it). */
export function updateActor(doc: Y.Doc, id: string, patch: ActorPatch): boolean {
  return patchElement(actorKind, doc, id, patch);
}

/**
 * Removes an actor in one transaction with its flows (either end), the notes pinned to it or
 * to those flows, and its place as steward or holder of datasets (domain removeActor's rule).
 * False when it was not on the board.
 */
export function removeActor(doc: Y.Doc, id: string): boolean {
  const actors = actorsOf(doc);
  if (!actors.has(id)) return false;
  mapTransact(doc, () => {
    actors.delete(id);
    const flows = flowsOf(doc);
    const removedFlows: string[] = [];
    flows.forEach((flow, flowId) => {
      if (flow instanceof Y.Map && (flow.get('from') === id || flow.get('to') === id)) removedFlows.push(flowId);
    });
    for (const flowId of removedFlows) flows.delete(flowId);
    datasetsOf(doc).forEach((dataset) => {
      if (!(dataset instanceof Y.Map)) return;
      if (dataset.get('steward') === id) dataset.delete('steward');
      const heldBy: unknown = dataset.get('heldBy');
      if (Array.isArray(heldBy) && heldBy.includes(id))
        dataset.set(
          'heldBy',
          heldBy.filter((holder) => holder !== id),
        );
    });
    deleteOrphanedNotes(doc, [id, ...removedFlows]);
  });
  return true;
}

/**
 * Stores the final positions of dragged actors, in one transaction (one undo step). Only
 * drag ends are stored: positions during a drag go to others through awareness, so a drag is
 * not hundreds of document updates. Actors a peer removed meanwhile are skipped. Returns how
 * many positions changed; refuses non-finite coordinates.
 */
export function moveActors(doc: Y.Doc, placements: Placement[]): number {
  return placeElements(doc, actorsOf(doc), placements);
}

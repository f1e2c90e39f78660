import * as Y from 'yjs';
import { actorsOf, datasetsOf, flowsOf, hasElement, mapNotesOf } from './mapLayout.js';

/** Whether an actor, dataset or flow has this id (a note's target resolves in any of them). */
export function targetExists(doc: Y.Doc, id: string): boolean {
  return hasElement(actorsOf(doc), id) || hasElement(datasetsOf(doc), id) || hasElement(flowsOf(doc), id);
}

/**
 * Within a removal's transaction: deletes the notes pinned to one of `removed` that no longer
 * names any element (a note goes with what it is pinned to).
 */
export function deleteOrphanedNotes(doc: Y.Doc, removed: string[]): void {
  const notes = mapNotesOf(doc);
  const orphans: string[] = [];
  notes.forEach((note, id) => {
    const target = note instanceof Y.Map ? note.get('target') : undefined;
    if (typeof target === 'string' && removed.includes(target) && !targetExists(doc, target)) orphans.push(id);
  });
  for (const id of orphans) notes.delete(id);
}

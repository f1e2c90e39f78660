import * as Y from 'yjs';
import type { BoardLimitName } from '../../domain/map/index.js';

/** The map layout's element lists (doc/map/mapLayout.ts), by the board limit that bounds them. */
const lists: Record<BoardLimitName, string> = { actors: 'actors', flows: 'flows', datasets: 'datasets', notes: 'mapNotes' };

/**
 * How many elements each list of a map board would hold once `update` is applied, worked out
 * without applying it (beforeSync runs before the update is applied, and cannot undo it after):
 * the entries there now, plus each key the update adds. An entry is added by an item whose
 * parent is the list itself and that has no left origin (setting a key that is already there
 * names the value it replaces as its origin). Deletions in the same update are not subtracted:
 * at worst a change that adds and removes as many is refused at the limit, never one let past
 * it. Decoding costs in proportion to the message, as applying it does. Null for bytes that are
 * not a Yjs update (the sync protocol refuses those itself).
 */
export function countsAfter(doc: Y.Doc, update: Uint8Array): Record<BoardLimitName, number> | null {
  let structs: ReturnType<typeof Y.decodeUpdate>['structs'];
  try {
    ({ structs } = Y.decodeUpdate(update));
  } catch {
    return null;
  }
  const current = (name: string): Y.Map<unknown> | null => (doc.share.has(name) ? doc.getMap(name) : null);
  const counts = {} as Record<BoardLimitName, number>;
  const added = new Map<string, Set<string>>();
  for (const struct of structs) {
    if (!(struct instanceof Y.Item) || typeof struct.parent !== 'string' || struct.parentSub === null || struct.origin !== null) continue;
    if (struct.deleted) continue;
    const keys = added.get(struct.parent) ?? new Set<string>();
    keys.add(struct.parentSub);
    added.set(struct.parent, keys);
  }
  for (const [limit, name] of Object.entries(lists) as [BoardLimitName, string][]) {
    const map = current(name);
    let count = map?.size ?? 0;
    for (const key of added.get(name) ?? []) if (!map?.has(key)) count++;
    counts[limit] = count;
  }
  return counts;
}

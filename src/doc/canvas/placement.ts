import * as Y from 'yjs';
import type { SectionId } from '../../domain/canvas/index.js';
import { effectiveKey, keyBetween } from './orderKey.js';

/**
 * Where to put a note (or action) within its section: before or after another one, at an
 * index of the section as shown, or (nothing given) at the end. A `beforeId`/`afterId` that is
 * no longer in that section (a peer just moved or deleted it) falls back to `index`, then
 * to the end, rather than failing a drag that was right a moment ago.
 */
export interface Placement {
  beforeId?: string;
  afterId?: string;
  index?: number;
}

/** The items of `section` in a keyed container, in the order readers show them. */
export function itemsInSection(container: Y.Map<unknown>, section: SectionId, except?: string): { id: string; key: string }[] {
  const items: { id: string; key: string }[] = [];
  container.forEach((value, id) => {
    if (id === except || !(value instanceof Y.Map) || value.get('section') !== section) return;
    items.push({ id, key: effectiveKey(value.get('order')) });
  });
  return items.sort(compareItems);
}

/** Order key first, then id: equal keys (two clients filling one gap at once) still sort the same everywhere. */
export function compareItems(a: { id: string; key: string }, b: { id: string; key: string }): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The order key that puts an item at `place` in `section`, leaving out the item being moved. */
export function orderKeyFor(container: Y.Map<unknown>, section: SectionId, place: Placement = {}, moving?: string): string {
  const items = itemsInSection(container, section, moving);
  let at = items.length;
  const before = place.beforeId === undefined ? -1 : items.findIndex((i) => i.id === place.beforeId);
  const after = place.afterId === undefined ? -1 : items.findIndex((i) => i.id === place.afterId);
  if (before >= 0) at = before;
  else if (after >= 0) at = after + 1;
  else if (place.index !== undefined && Number.isFinite(place.index)) at = Math.min(Math.max(0, Math.floor(place.index)), items.length);
  return keyBetween(items[at - 1]?.key, items[at]?.key);
}

/**
 * The map's keyboard order, as pure functions of the nodes' order (React Flow's, which is the
 * order Tab visits the nodes it has drawn). The canvas draws only what is in view, so the
 * browser alone would skip every node off screen; useMapFocus moves the view for these.
 */

/** The node Tab (or Shift+Tab) goes to from `current`; null at either end (focus leaves the map). */
export function nextInTabOrder(order: readonly string[], current: string, backwards: boolean): string | null {
  const at = order.indexOf(current);
  if (at < 0) return null;
  return order[backwards ? at - 1 : at + 1] ?? null;
}

/**
 * Where focus goes after `removed` are deleted, starting from `from` (the focused or last
 * removed node): the next node after it that stays, else the nearest one before it; null
 * when none is left (focus goes to the canvas).
 */
export function neighbourAfterRemoval(order: readonly string[], removed: ReadonlySet<string>, from: string | undefined): string | null {
  const kept = (id: string) => !removed.has(id);
  const at = from === undefined ? -1 : order.indexOf(from);
  if (at < 0) return order.find(kept) ?? null;
  const after = order.slice(at + 1).find(kept);
  if (after !== undefined) return after;
  return [...order.slice(0, at)].reverse().find(kept) ?? null;
}

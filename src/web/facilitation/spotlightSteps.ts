import type { Spotlight } from '../../domain/facilitation/index.js';
import type { BoardSummary } from '../apiTypes.js';

export interface SpotlightSteps {
  /** Where the spotlit board is among its activity's group boards (0-based), and how many there are. */
  index: number;
  count: number;
  previous: Spotlight | null;
  next: Spotlight | null;
}

/**
 * "Groups present their maps": the boards the facilitator steps through are the spotlit
 * board's siblings — the same activity and kind, one per group, in the workshop's group order.
 * Null when the spotlit board has no siblings to step to.
 */
export function spotlightSteps(spotlight: Spotlight | null, boards: BoardSummary[], groupOrder: string[]): SpotlightSteps | null {
  const current = spotlight ? boards.find((b) => b.id === spotlight.boardId) : undefined;
  if (!current) return null;
  const rank = (groupId: string | null) => (groupId === null ? Infinity : groupOrder.indexOf(groupId));
  const siblings = boards
    .filter((b) => b.groupId !== null && b.kind === current.kind && b.activityId === current.activityId)
    .sort((a, b) => rank(a.groupId) - rank(b.groupId));
  const index = siblings.findIndex((b) => b.id === current.id);
  if (siblings.length < 2 || index < 0) return null;
  const at = (i: number): Spotlight | null => {
    const board = siblings[i];
    return board?.groupId ? { groupId: board.groupId, boardId: board.id } : null;
  };
  return { index, count: siblings.length, previous: at(index - 1), next: at(index + 1) };
}

import type { BoardSummary, GroupRef } from '../apiTypes.js';

/**
 * How a board reads in the facilitator's board pickers: the group first ("Group 1: Map the data
 * ecosystem"), so the options stay tell-apart when a narrow picker cuts the end off. Board
 * titles end with " — <group>" (agendaBoards), which is then dropped rather than repeated.
 */
export function boardChoiceLabel(board: Pick<BoardSummary, 'title' | 'groupId'>, groups: readonly Pick<GroupRef, 'id' | 'name'>[]): string {
  const group = board.groupId === null ? undefined : groups.find((g) => g.id === board.groupId);
  if (!group) return board.title;
  const suffix = ` — ${group.name}`;
  const rest = board.title.endsWith(suffix) ? board.title.slice(0, -suffix.length) : board.title;
  return `${group.name}: ${rest}`;
}

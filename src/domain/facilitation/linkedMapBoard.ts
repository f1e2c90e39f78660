import type { Board } from '../workshop.js';

type Linkable = Pick<Board, 'id' | 'kind' | 'groupId' | 'projectId'>;

/**
 * The ecosystem map a canvas is linked to when nobody has linked one by hand: the map of the
 * same group for the same project (DESIGN: "a project's boards (map, canvas) of one group are
 * linked"). A board with no project counts as the workshop's only one. With several such maps
 * (two mapping activities), the first in `boards`' order, which is the order they were made.
 * Null when the group has no map for the project, or the canvas is not a group's.
 */
export function linkedMapBoard<B extends Linkable>(canvas: Linkable, boards: readonly B[]): B | null {
  if (canvas.groupId === null) {
    return boards.find((b) => b.kind === 'ecosystem-map' && b.groupId === null && b.projectId === canvas.projectId) ?? null;
  }
  const maps = boards.filter((b) => b.kind === 'ecosystem-map' && b.groupId === canvas.groupId);
  return maps.find((b) => b.projectId === canvas.projectId) ?? maps.find((b) => b.projectId === null || canvas.projectId === null) ?? null;
}

import type { Position } from '../../../domain/map/index.js';

/**
 * What the map editor shares through awareness, beside `user` (set by collab/useBoard):
 * - `cursor`: the pointer in board coordinates, or null when it is off the map;
 * - `selection`: ids of what this person has selected;
 * - `dragging`: elements being dragged now and where they are, so others see the drag live
 *   without a single document write until it ends.
 * Awareness is never stored. Peers' values are restored before use (STYLE 5): anything of
 * the wrong shape reads as absent, and lists are capped.
 */
export interface Dragging {
  ids: string[];
  positions: Position[];
}

export interface PeerMapState {
  cursor: Position | null;
  selection: string[];
  dragging: Dragging | null;
}

const maxSelection = 500;
const maxDragged = 1000;

function isPosition(value: unknown): value is Position {
  if (typeof value !== 'object' || value === null) return false;
  const { x, y } = value as { x?: unknown; y?: unknown };
  return typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y);
}

function readIds(value: unknown, max: number): string[] {
  if (!Array.isArray(value)) return [];
  return value.slice(0, max).filter((id): id is string => typeof id === 'string' && id.length > 0 && id.length < 200);
}

export function readPeerMapState(state: Record<string, unknown>): PeerMapState {
  const cursor = isPosition(state.cursor) ? { x: state.cursor.x, y: state.cursor.y } : null;
  const selection = readIds(state.selection, maxSelection);
  let dragging: Dragging | null = null;
  const raw = state.dragging as { ids?: unknown; positions?: unknown } | null | undefined;
  if (raw && typeof raw === 'object' && Array.isArray(raw.positions)) {
    const ids = readIds(raw.ids, maxDragged);
    const positions = raw.positions.slice(0, ids.length);
    // Ids and positions go in pairs: a list whose pairs do not line up is dropped whole.
    if (ids.length > 0 && positions.length === ids.length && positions.every(isPosition))
      dragging = { ids, positions: positions.map(({ x, y }) => ({ x, y })) };
  }
  return { cursor, selection, dragging };
}

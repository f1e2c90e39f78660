import type { EcosystemMap, Position } from '../../domain/map/index.js';
import { actorWidth, noteWidth } from './mapStyle.js';

/** Room an element takes on the board, as a new element is placed (sizes at creation). */
const actorBox = { width: actorWidth, height: 110 };
const noteBox = { width: noteWidth, height: 110 };
const margin = 24;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width + margin && b.x < a.x + a.width + margin && a.y < b.y + b.height + margin && b.y < a.y + a.height + margin;

/**
 * A top-left position for a new actor or free note centred on `centre`, moved to the nearest
 * clear spot (rings of neighbouring cells) so that adding several in a row, each at the middle
 * of the view, never stacks them on top of each other.
 */
export function freeSpot(map: EcosystemMap, centre: Position, kind: 'actor' | 'note'): Position {
  const size = kind === 'actor' ? actorBox : noteBox;
  const taken: Box[] = [
    ...map.actors.flatMap((a) => (a.position ? [{ ...a.position, ...actorBox }] : [])),
    ...map.notes.flatMap((n) => (n.position && n.target === undefined ? [{ ...n.position, ...noteBox }] : [])),
  ];
  const start = { x: Math.round(centre.x - size.width / 2), y: Math.round(centre.y - size.height / 2) };
  const step = { x: size.width + margin * 2, y: size.height + margin * 2 };
  for (let ring = 0; ring < 12; ring++) {
    for (const [dx, dy] of ringCells(ring)) {
      const spot = { x: start.x + dx * step.x, y: start.y + dy * step.y, ...size };
      if (!taken.some((box) => overlaps(box, spot))) return { x: spot.x, y: spot.y };
    }
  }
  return start; // a very full view: overlap rather than search forever
}

/** The cells of a square ring around the centre, right and below first (reading order goes on). */
function ringCells(ring: number): [number, number][] {
  const cells: [number, number][] = [];
  for (let dy = -ring; dy <= ring; dy++)
    for (let dx = -ring; dx <= ring; dx++) if (Math.max(Math.abs(dx), Math.abs(dy)) === ring) cells.push([dx, dy]);
  const cost = ([dx, dy]: [number, number]) => (dy < 0 ? 4 : 0) + (dx < 0 ? 2 : 0) + Math.abs(dx) + Math.abs(dy);
  return cells.sort((a, b) => cost(a) - cost(b));
}

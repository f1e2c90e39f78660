import type { EcosystemMap, Position } from '../../domain/map/index.js';
import { actorWidth, noteWidth } from './mapStyle.js';

/** Room an element takes on the board when it has not been drawn yet (sizes at creation). */
const actorBox = { width: actorWidth, height: 110 };
const noteBox = { width: noteWidth, height: 110 };
const margin = 24;
/**
 * The room kept clear around a new actor: a flow between two actors needs space for its line,
 * its dataset label and its vote button, so neighbours stay at least one actor width apart
 * side by side and one actor height apart above and below.
 */
const actorClearance = { x: actorWidth, y: actorBox.height };
const noteClearance = { x: margin, y: margin };
/** How far the search for a clear spot goes before it gives up and overlaps (rings of cells). */
const rings = 12;

export interface Size {
  width: number;
  height: number;
}

interface Box extends Size {
  x: number;
  y: number;
}

/** The drawn size of an element, when the view has measured it (a long name wraps onto more lines). */
export type MeasuredSize = (id: string) => Size | undefined;

/** Room kept clear between a new box and what stands on the board, across and down. */
interface Clearance {
  x: number;
  y: number;
}

const overlaps = (a: Box, b: Box, gap: Clearance) =>
  a.x < b.x + b.width + gap.x && b.x < a.x + a.width + gap.x && a.y < b.y + b.height + gap.y && b.y < a.y + a.height + gap.y;

/** Room a flow's label (and its vote button) takes, around the middle of the flow. */
const flowLabelBox = { width: 200, height: 64 };

/** What stands on the board: actors and free notes with a position, at their drawn size when known. */
function takenBoxes(map: EcosystemMap, measured: MeasuredSize): Box[] {
  return [
    ...map.actors.flatMap((a) => (a.position ? [{ ...a.position, ...(measured(a.id) ?? actorBox) }] : [])),
    ...map.notes.flatMap((n) => (n.position && n.target === undefined ? [{ ...n.position, ...(measured(n.id) ?? noteBox) }] : [])),
  ];
}

/**
 * The middle of each flow between two placed actors, where its label and vote button are
 * drawn (roughly: halfway between the actors' centres), so a new element is not put on top.
 */
function flowLabelBoxes(map: EcosystemMap, measured: MeasuredSize): Box[] {
  const centres = new Map(
    map.actors.flatMap((a) => {
      if (!a.position) return [];
      const size = measured(a.id) ?? actorBox;
      return [[a.id, { x: a.position.x + size.width / 2, y: a.position.y + size.height / 2 }] as const];
    }),
  );
  return map.flows.flatMap((f) => {
    const [from, to] = [centres.get(f.from), centres.get(f.to)];
    if (!from || !to || f.from === f.to) return [];
    const middle = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
    return [{ ...flowLabelBox, x: middle.x - flowLabelBox.width / 2, y: middle.y - flowLabelBox.height / 2 }];
  });
}

/**
 * The top-left corner nearest `start` (moving in steps of the box's own size, ring by ring)
 * where a box of `size` overlaps nothing in `taken`; `start` itself when it is clear, and
 * when the search finds no clear cell (a very full view: overlap rather than search forever).
 */
function clearCorner(taken: Box[], start: Position, size: Size, gap: Clearance = noteClearance): Position {
  const step = { x: size.width + gap.x + margin, y: size.height + gap.y + margin };
  for (let ring = 0; ring < rings; ring++) {
    for (const [dx, dy] of ringCells(ring)) {
      const spot = { width: size.width, height: size.height, x: start.x + dx * step.x, y: start.y + dy * step.y };
      if (!taken.some((box) => overlaps(box, spot, gap))) return { x: spot.x, y: spot.y };
    }
  }
  return start;
}

/**
 * A top-left position for a new actor or free note centred on `centre` (where the person
 * pointed, or the middle of the view), moved to the nearest clear spot, so that adding several
 * at one place — A, a double-click, the + buttons — never stacks them on top of each other.
 * A new actor keeps an actor's width (and height) of room from its neighbours, so a flow drawn
 * to it has room for its label and vote button instead of hiding under the actors; and nothing
 * new lands on the middle of a flow, where its label is.
 */
export function freeSpot(map: EcosystemMap, centre: Position, kind: 'actor' | 'note', measured: MeasuredSize = () => undefined): Position {
  const size = kind === 'actor' ? actorBox : noteBox;
  const start = { x: Math.round(centre.x - size.width / 2), y: Math.round(centre.y - size.height / 2) };
  const taken = [...takenBoxes(map, measured), ...flowLabelBoxes(map, measured)];
  return clearCorner(taken, start, size, kind === 'actor' ? actorClearance : noteClearance);
}

/**
 * How far to move pasted elements (whose own bounding box is `pasted`) so that, starting from
 * `offset`, the whole group lands clear of what is on the board.
 */
export function freePasteOffset(map: EcosystemMap, pasted: Box, offset: Position, measured: MeasuredSize = () => undefined): Position {
  const start = { x: pasted.x + offset.x, y: pasted.y + offset.y };
  const corner = clearCorner(takenBoxes(map, measured), start, pasted);
  return { x: corner.x - pasted.x, y: corner.y - pasted.y };
}

/** The box around the positioned actors and free notes of `copy` (their creation sizes), or null. */
export function boxOfCopy(copy: EcosystemMap): Box | null {
  const boxes = takenBoxes(copy, () => undefined);
  if (boxes.length === 0) return null;
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    left = Math.min(left, b.x);
    top = Math.min(top, b.y);
    right = Math.max(right, b.x + b.width);
    bottom = Math.max(bottom, b.y + b.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The cells of a square ring around the centre, right and below first (reading order goes on). */
function ringCells(ring: number): [number, number][] {
  const cells: [number, number][] = [];
  for (let dy = -ring; dy <= ring; dy++)
    for (let dx = -ring; dx <= ring; dx++) if (Math.max(Math.abs(dx), Math.abs(dy)) === ring) cells.push([dx, dy]);
  const cost = ([dx, dy]: [number, number]) => (dy < 0 ? 4 : 0) + (dx < 0 ? 2 : 0) + Math.abs(dx) + Math.abs(dy);
  return cells.sort((a, b) => cost(a) - cost(b));
}

import type { Flow } from '../map/index.js';
import { flowCurve, lanesOf, pointAt, samplePoints, type Point } from './flowGeometry.js';
import type { Rect } from './layout.js';

/** Above this many actors flows are not bowed round actors: the check would cost more than it helps on a giant map. */
export const avoidActorsLimit = 250;
/** Lanes tried, in order, for a flow whose straight line crosses another actor. */
const tries = [1, -1, 2, -2, 3, -3];
/** Room kept between a flow and an actor it passes. */
const clearance = 10;
/**
 * The box a typical flow label takes (kind, name, a line of dataset details): what the
 * automatic layout leaves room for between actors, and what a bowed flow keeps clear of them.
 */
export const typicalFlowLabel = { width: 180, height: 56 } as const;

type FlowEnds = Pick<Flow, 'id' | 'from' | 'to'>;

/**
 * Each flow's lane (flowGeometry.ts), the same in the editor and in pictures: flows between the
 * same two actors fan out (`lanesOf`), and a single flow whose straight line would run under a
 * third actor, or put its middle on one, is bowed onto the first lane where line and label pass
 * clear of every other actor. Not on maps of more than `avoidActorsLimit` actors.
 */
export function flowLanes(flows: FlowEnds[], rects: ReadonlyMap<string, Rect>): Map<string, number> {
  return avoidActors(flows, lanesOf(flows), rects);
}

/** `lanes`, with the straight flows that would pass under another actor bowed round it. Flows already on a lane keep theirs. */
export function avoidActors(flows: FlowEnds[], lanes: ReadonlyMap<string, number>, rects: ReadonlyMap<string, Rect>): Map<string, number> {
  const result = new Map(lanes);
  if (rects.size > avoidActorsLimit) return result;
  const all = [...rects];
  for (const flow of flows) {
    if (flow.from === flow.to || (lanes.get(flow.id) ?? 0) !== 0) continue;
    const from = rects.get(flow.from);
    const to = rects.get(flow.to);
    if (!from || !to) continue;
    const others = all.filter(([id]) => id !== flow.from && id !== flow.to).map(([, r]) => r);
    if (isClear(from, to, 0, others)) continue;
    const lane = tries.find((l) => isClear(from, to, l, others));
    if (lane !== undefined) result.set(flow.id, lane);
  }
  return result;
}

function isClear(from: Rect, to: Rect, lane: number, obstacles: Rect[]): boolean {
  const { points } = flowCurve(from, to, lane);
  const middle = pointAt(points, 0.5);
  const label = { x: middle.x - typicalFlowLabel.width / 2, y: middle.y - typicalFlowLabel.height / 2, ...typicalFlowLabel };
  const labelHits = (r: Rect) =>
    r.x < label.x + label.width && label.x < r.x + r.width && r.y < label.y + label.height && label.y < r.y + r.height;
  if (obstacles.some(labelHits)) return false;
  const along = samplePoints(points, 10);
  for (let i = 1; i < along.length; i++) {
    const a = along[i - 1]!;
    const b = along[i]!;
    const box = { x0: Math.min(a.x, b.x), y0: Math.min(a.y, b.y), x1: Math.max(a.x, b.x), y1: Math.max(a.y, b.y) };
    for (const r of obstacles) {
      if (r.x - clearance > box.x1 || r.x + r.width + clearance < box.x0 || r.y - clearance > box.y1 || r.y + r.height + clearance < box.y0)
        continue;
      if (segmentHitsRect(a, b, r)) return false;
    }
  }
  return true;
}

/** Liang–Barsky: whether the segment a→b passes through the rect grown by `clearance`. */
function segmentHitsRect(a: Point, b: Point, r: Rect): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a.x - (r.x - clearance)],
    [dx, r.x + r.width + clearance - a.x],
    [-dy, a.y - (r.y - clearance)],
    [dy, r.y + r.height + clearance - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

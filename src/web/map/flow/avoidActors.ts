import type { Flow } from '../../../domain/map/index.js';
import { flowGeometry, flowGeometryPoints, type Rect } from './flowGeometry.js';

/** Above this many actors the check is skipped: it would cost more than it helps on a giant map. */
export const avoidActorsLimit = 250;
/** Lanes tried, in order, for a flow whose straight line crosses another actor. */
const tries = [1, -1, 2, -2, 3, -3];
/** Room kept between a flow and an actor it passes. */
const clearance = 10;
/**
 * The box a flow's label takes round the middle of the flow: a typical one (kind, name, a
 * line of dataset details), not the exact size of each, which is known only once drawn.
 */
export const flowLabelBox = { width: 180, height: 56 };

/**
 * A flow drawn straight between two actors can run underneath a third and vanish, or have its
 * label land on one (a layout puts actors in rows). Such a flow is bowed onto the first lane
 * where both line and label pass clear of every other actor, so every flow stays readable. Flows already on a lane (several between the same
 * two actors) keep theirs. Worked out from stored positions when the map changes, not during
 * a drag.
 */
export function avoidActors(flows: Flow[], lanes: Map<string, number>, rects: Map<string, Rect>): Map<string, number> {
  if (rects.size > avoidActorsLimit) return lanes;
  const result = new Map(lanes);
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
  const { labelX, labelY } = flowGeometry(from, to, lane);
  const label = { x0: labelX - flowLabelBox.width / 2, y0: labelY - flowLabelBox.height / 2 };
  const labelHits = (r: Rect) =>
    r.x < label.x0 + flowLabelBox.width && label.x0 < r.x + r.width && r.y < label.y0 + flowLabelBox.height && label.y0 < r.y + r.height;
  if (obstacles.some(labelHits)) return false;
  const points = flowGeometryPoints(from, to, lane, 10);
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
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
function segmentHitsRect(a: { x: number; y: number }, b: { x: number; y: number }, r: Rect): boolean {
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

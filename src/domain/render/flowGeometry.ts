import type { EcosystemMap, Flow } from '../map/index.js';
import type { Rect } from './layout.js';
import { num } from './xml.js';
import { minOf, maxOf } from '../../shared/index.js';

export interface Point {
  x: number;
  y: number;
}

/** Where a flow is drawn: its line, and the shortened line of a double stroke's core. */
export interface FlowCurve {
  flow: Flow;
  d: string;
  /** The same curve stopping short of the arrowhead, for the white core of a double line. */
  core: string;
  /** The Bézier control points (3: quadratic, 4: cubic for a loop), for points along the line. */
  points: Point[];
  /** A box the whole line stays inside (generous: it holds the curve's control points). */
  extent: Rect;
}

/** Space between parallel flows of one pair of actors, at their middle. */
const parallelGap = 46;
/** Lines stop this far outside a card, so the arrowhead's tip stays visible. */
const endGap = 3;
/** The double line's core stops this far before the end, so it does not cut the arrowhead. */
const coreInset = 12;

function around(points: Point[]): Rect {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = minOf(xs);
  const y = minOf(ys);
  return { x, y, width: maxOf(xs) - x, height: maxOf(ys) - y };
}

const centre = (r: Rect): Point => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/** The point where a ray from the card's centre towards `to` leaves the card, `endGap` further out. */
function exitPoint(r: Rect, to: Point): Point {
  const c = centre(r);
  const dx = to.x - c.x;
  const dy = to.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const scale = Math.min(dx === 0 ? Infinity : r.width / 2 / Math.abs(dx), dy === 0 ? Infinity : r.height / 2 / Math.abs(dy));
  const length = Math.hypot(dx, dy);
  const t = Math.min(1, scale + endGap / length);
  return { x: c.x + dx * t, y: c.y + dy * t };
}

function toward(from: Point, to: Point, distance: number): Point {
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  if (length === 0) return from;
  const t = Math.min(1, distance / length);
  return { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t };
}

/**
 * A curve for each flow between two drawn actors. Flows between the same two actors (either
 * direction) fan out side by side so their lines and labels do not sit on each other; a
 * single flow is straight. A flow from an actor to itself is a loop off its top-right corner.
 */
export function flowCurves(map: EcosystemMap, rects: Map<string, Rect>): FlowCurve[] {
  const pairs = new Map<string, Flow[]>();
  for (const flow of map.flows) {
    if (!rects.has(flow.from) || !rects.has(flow.to)) continue;
    const key = flow.from < flow.to ? `${flow.from}\u0000${flow.to}` : `${flow.to}\u0000${flow.from}`;
    pairs.set(key, [...(pairs.get(key) ?? []), flow]);
  }
  const curves: FlowCurve[] = [];
  for (const flows of pairs.values()) {
    flows.forEach((flow, index) => {
      const from = rects.get(flow.from);
      const to = rects.get(flow.to);
      if (!from || !to) return;
      curves.push(flow.from === flow.to ? loop(flow, from, index) : curve(flow, from, to, (index - (flows.length - 1) / 2) * parallelGap));
    });
  }
  return curves;
}

/** The point at `t` (0–1) along a Bézier curve (de Casteljau). */
export function pointAt(points: Point[], t: number): Point {
  let level = points;
  while (level.length > 1)
    level = level.slice(1).map((p, i) => ({ x: (level[i]?.x ?? p.x) * (1 - t) + p.x * t, y: (level[i]?.y ?? p.y) * (1 - t) + p.y * t }));
  return level[0] ?? { x: 0, y: 0 };
}

/** A quadratic curve whose middle sits `offset` to the side of the straight line between the cards' centres. */
function curve(flow: Flow, from: Rect, to: Rect, offset: number): FlowCurve {
  const a = centre(from);
  const b = centre(to);
  // The side is measured from the pair's own order, not the flow's direction, so flows both ways fan out too.
  const [p, q] = flow.from < flow.to ? [a, b] : [b, a];
  const length = Math.hypot(q.x - p.x, q.y - p.y) || 1;
  const normal = { x: -(q.y - p.y) / length, y: (q.x - p.x) / length };
  // A quadratic's middle is halfway to its control point: twice the offset puts the middle where wanted.
  const control = { x: (a.x + b.x) / 2 + normal.x * offset * 2, y: (a.y + b.y) / 2 + normal.y * offset * 2 };
  const start = exitPoint(from, control);
  const end = exitPoint(to, control);
  const coreEnd = toward(end, control, coreInset);
  const q2 = (e: Point) => `M${num(start.x)} ${num(start.y)}Q${num(control.x)} ${num(control.y)} ${num(e.x)} ${num(e.y)}`;
  return {
    flow,
    d: q2(end),
    core: q2(coreEnd),
    points: [start, control, end],
    extent: around([start, control, end]),
  };
}

/** A loop from the card's top edge round to its right edge; several loops nest outward. */
function loop(flow: Flow, r: Rect, index: number): FlowCurve {
  const reach = 70 + index * 34;
  const start = { x: r.x + r.width - 40 - index * 14, y: r.y - endGap };
  const end = { x: r.x + r.width + endGap, y: r.y + 26 + index * 10 };
  const c1 = { x: start.x, y: start.y - reach };
  const c2 = { x: end.x + reach, y: end.y };
  const path = (e: Point) => `M${num(start.x)} ${num(start.y)}C${num(c1.x)} ${num(c1.y)} ${num(c2.x)} ${num(c2.y)} ${num(e.x)} ${num(e.y)}`;
  return {
    flow,
    d: path(end),
    core: path(toward(end, c2, coreInset)),
    points: [start, c1, c2, end],
    extent: around([start, c1, c2, end]),
  };
}

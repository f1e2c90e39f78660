import type { Flow } from '../map/index.js';
import type { Rect } from './layout.js';
import { num } from './xml.js';
import { minOf, maxOf } from '../../shared/index.js';

/**
 * Where a flow is drawn between two actor boxes: the one geometry of the editor's flows and of
 * the exported pictures (SVG, PNG), so a picture shows what people saw. Flows "float": they
 * leave and enter an actor at the point of its box that faces the other end, so an actor has
 * no fixed ports. Units are board units (px at zoom 1), which are also picture units.
 */

export interface Point {
  x: number;
  y: number;
}

/** A flow's line: its path, the shortened path of a double line's core, and its Bézier points. */
export interface FlowCurve {
  /** The SVG path, ending where the arrowhead's tip goes. */
  d: string;
  /** The same curve stopping short of the arrowhead, for the white core of a double line. */
  core: string;
  /** The Bézier points: 2 for a straight line, 3 for a quadratic curve, 4 for a cubic loop. */
  points: Point[];
  /** A box the whole line stays inside (generous: it holds the curve's control points). */
  extent: Rect;
}

export const flowGeometryConstants = {
  /** Distance between two neighbouring lanes of flows between the same actors, at their middle. */
  laneGap: 56,
  /** Space left between the arrow's tip and the target's box. */
  endGap: 4,
  /** The double line's core stops this far before the end, so it does not cut the arrowhead. */
  coreInset: 12,
  /** How far a self-loop reaches out of its actor's corner, and how much further each next one. */
  loopReach: 70,
  loopStep: 30,
} as const;

/**
 * The arrowhead at a flow's end, one per kind in its colour. Sized in board units (not in line
 * widths), so thick lines do not get huge heads; its tip sits 1/12 past the line's end.
 */
export const arrowHead = { viewBox: '0 0 12 12', path: 'M0 1 12 6 0 11z', refX: 11, refY: 6, size: 15 } as const;

const { laneGap, endGap, coreInset, loopReach, loopStep } = flowGeometryConstants;

const centre = (r: Rect): Point => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

function around(points: Point[]): Rect {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = minOf(xs);
  const y = minOf(ys);
  return { x, y, width: maxOf(xs) - x, height: maxOf(ys) - y };
}

/** The point where the ray from the box's centre towards `toward` leaves the box, `gap` further out. */
export function boundaryPoint(r: Rect, toward: Point, gap = 0): Point {
  const c = centre(r);
  const vx = toward.x - c.x;
  const vy = toward.y - c.y;
  const length = Math.hypot(vx, vy);
  if (length < 1e-6) return c;
  const scale = Math.min(vx === 0 ? Infinity : r.width / 2 / Math.abs(vx), vy === 0 ? Infinity : r.height / 2 / Math.abs(vy));
  return { x: c.x + vx * scale + (vx / length) * gap, y: c.y + vy * scale + (vy / length) * gap };
}

/** `distance` from `from` towards `to` (at most all the way). */
function toward(from: Point, to: Point, distance: number): Point {
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  if (length === 0) return from;
  const t = Math.min(1, distance / length);
  return { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t };
}

/** A Bézier path through `points` (2: line, 3: quadratic, 4: cubic). */
function pathOf(points: Point[]): string {
  const [start, ...rest] = points;
  if (!start) return '';
  const command = rest.length === 1 ? 'L' : rest.length === 2 ? 'Q' : 'C';
  return `M${num(start.x)} ${num(start.y)}${command}${rest.map((p) => `${num(p.x)} ${num(p.y)}`).join(' ')}`;
}

function curveThrough(points: Point[]): FlowCurve {
  const end = points[points.length - 1] ?? { x: 0, y: 0 };
  const before = points[points.length - 2] ?? end;
  return {
    d: pathOf(points),
    core: pathOf([...points.slice(0, -1), toward(end, before, coreInset)]),
    points,
    extent: around(points),
  };
}

/**
 * A flow from `source` to `target` on `lane`: 0 is a straight line; ±0.5, ±1… bow it to one
 * side (positive lanes: clockwise of its direction, as the screen shows it, y pointing down)
 * as a quadratic curve whose control point sits `2 * lane * laneGap` off the middle of the
 * line between the boxes' centres. It starts on the source's box and ends `endGap`
 * short of the target's, where the arrowhead's tip goes.
 */
export function flowCurve(source: Rect, target: Rect, lane: number): FlowCurve {
  const a = centre(source);
  const b = centre(target);
  const offset = lane * laneGap;
  if (offset === 0) return curveThrough([boundaryPoint(source, b), boundaryPoint(target, a, endGap)]);
  const control = controlPoint(a, b, offset);
  return curveThrough([boundaryPoint(source, control), control, boundaryPoint(target, control, endGap)]);
}

/** The curve's control point: twice the wanted bow off the middle (a quadratic's midpoint is halfway to it). */
function controlPoint(a: Point, b: Point, offset: number): Point {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  return { x: (a.x + b.x) / 2 - (dy / length) * offset * 2, y: (a.y + b.y) / 2 + (dx / length) * offset * 2 };
}

/** A flow from an actor to itself: a loop off its top-right corner, reaching further for each next loop (`lane` 0, 1…). */
export function loopCurve(r: Rect, lane: number): FlowCurve {
  const reach = loopReach + lane * loopStep;
  const start = { x: r.x + r.width * 0.7, y: r.y };
  const end = { x: r.x + r.width + endGap, y: r.y + r.height * 0.4 };
  return curveThrough([start, { x: start.x, y: start.y - reach }, { x: end.x + reach, y: end.y }, end]);
}

/** The curve of a flow between boxes `from` and `to` (the same box: a loop) on `lane`. */
export function curveOf(flow: Pick<Flow, 'from' | 'to'>, from: Rect, to: Rect, lane: number): FlowCurve {
  return flow.from === flow.to ? loopCurve(from, lane) : flowCurve(from, to, lane);
}

/** The point at `t` (0–1) along a Bézier curve (de Casteljau). */
export function pointAt(points: Point[], t: number): Point {
  let level = points;
  while (level.length > 1)
    level = level.slice(1).map((p, i) => ({ x: (level[i]?.x ?? p.x) * (1 - t) + p.x * t, y: (level[i]?.y ?? p.y) * (1 - t) + p.y * t }));
  return level[0] ?? { x: 0, y: 0 };
}

/** The unit normal at `t`, on the side positive lanes bow to (a Bézier's derivative is a Bézier of its differences). */
export function normalAt(points: Point[], t: number): Point {
  const differences = points.slice(1).map((p, i) => ({ x: p.x - (points[i]?.x ?? p.x), y: p.y - (points[i]?.y ?? p.y) }));
  const d = pointAt(differences, t);
  const length = Math.hypot(d.x, d.y);
  return length < 1e-9 ? { x: 0, y: -1 } : { x: -d.y / length, y: d.x / length };
}

/** Points along a curve, `steps` segments from end to end: to test what it passes over. */
export function samplePoints(points: Point[], steps: number): Point[] {
  return Array.from({ length: steps + 1 }, (_, i) => pointAt(points, i / steps));
}

/**
 * Flows between the same two actors (either way) fan out on lanes -k…k so none hides
 * another; lanes count from one actor to the other in a fixed order (smaller id first), so a
 * flow back the other way takes the opposite sign and lands on its own side. Self-loops
 * count 0, 1, 2… outward.
 */
export function lanesOf(flows: Pick<Flow, 'id' | 'from' | 'to'>[]): Map<string, number> {
  const groups = new Map<string, Pick<Flow, 'id' | 'from' | 'to'>[]>();
  for (const flow of flows) {
    const key = flow.from < flow.to ? `${flow.from}\u0000${flow.to}` : `${flow.to}\u0000${flow.from}`;
    const group = groups.get(key);
    if (group) group.push(flow);
    else groups.set(key, [flow]);
  }
  const lanes = new Map<string, number>();
  for (const group of groups.values()) {
    group.forEach((flow, i) => {
      if (flow.from === flow.to) lanes.set(flow.id, i);
      else {
        const lane = i - (group.length - 1) / 2;
        lanes.set(flow.id, flow.from <= flow.to ? lane : -lane);
      }
    });
  }
  return lanes;
}

/**
 * Where a flow is drawn between two actors. Flows "float": they leave and enter an actor at
 * the point of its box that faces the other end, so a map reads the same however actors are
 * arranged, and an actor has no fixed ports. Units are board coordinates.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Point {
  x: number;
  y: number;
}

export interface FlowGeometry {
  path: string;
  labelX: number;
  labelY: number;
}

/** Distance between two neighbouring lanes of flows between the same actors. */
const laneGap = 56;
/** Space left between the arrow's tip and the actor's outline. */
const endGap = 4;

const centre = (r: Rect): Point => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/** The point where the ray from the rect's centre towards `toward` leaves the rect, plus `gap`. */
export function boundaryPoint(r: Rect, toward: Point, gap = 0): Point {
  const c = centre(r);
  const vx = toward.x - c.x;
  const vy = toward.y - c.y;
  const length = Math.hypot(vx, vy);
  if (length < 1e-6) return c;
  const scale = Math.min(vx === 0 ? Infinity : r.width / 2 / Math.abs(vx), vy === 0 ? Infinity : r.height / 2 / Math.abs(vy));
  return { x: c.x + vx * scale + (vx / length) * gap, y: c.y + vy * scale + (vy / length) * gap };
}

const fmt = (n: number) => Math.round(n * 10) / 10;

/**
 * A flow from `source` to `target` on lane `lane` (0: straight; ±0.5, ±1…: bowed to one side,
 * as a quadratic curve whose middle sits `lane * laneGap` off the straight line).
 */
export function flowGeometry(source: Rect, target: Rect, lane: number): FlowGeometry {
  const a = centre(source);
  const b = centre(target);
  const offset = lane * laneGap;
  const control = controlPoint(a, b, offset);
  const start = boundaryPoint(source, offset === 0 ? b : control, 0);
  const end = boundaryPoint(target, offset === 0 ? a : control, endGap);
  if (offset === 0) {
    return {
      path: `M${fmt(start.x)},${fmt(start.y)} L${fmt(end.x)},${fmt(end.y)}`,
      labelX: (start.x + end.x) / 2,
      labelY: (start.y + end.y) / 2,
    };
  }
  return {
    path: `M${fmt(start.x)},${fmt(start.y)} Q${fmt(control.x)},${fmt(control.y)} ${fmt(end.x)},${fmt(end.y)}`,
    labelX: 0.25 * start.x + 0.5 * control.x + 0.25 * end.x,
    labelY: 0.25 * start.y + 0.5 * control.y + 0.25 * end.y,
  };
}

/** The curve's control point: twice the wanted bow off the middle (a quadratic's midpoint is halfway to it). */
function controlPoint(a: Point, b: Point, offset: number): Point {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  return { x: (a.x + b.x) / 2 - (dy / length) * offset * 2, y: (a.y + b.y) / 2 + (dx / length) * offset * 2 };
}

/** Points along a flow on `lane`, from actor edge to actor edge, `steps` segments: to test what it passes over. */
export function flowGeometryPoints(source: Rect, target: Rect, lane: number, steps: number): Point[] {
  const a = centre(source);
  const b = centre(target);
  const control = controlPoint(a, b, lane * laneGap);
  const start = boundaryPoint(source, lane === 0 ? b : control);
  const end = boundaryPoint(target, lane === 0 ? a : control);
  const points: Point[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    points.push({ x: u * u * start.x + 2 * u * t * control.x + t * t * end.x, y: u * u * start.y + 2 * u * t * control.y + t * t * end.y });
  }
  return points;
}

/** A flow from an actor to itself: a loop over its top-right corner, bigger for each further loop. */
export function loopGeometry(r: Rect, lane: number): FlowGeometry {
  const reach = 70 + lane * 30;
  const sx = r.x + r.width * 0.7;
  const sy = r.y;
  const ex = r.x + r.width + endGap;
  const ey = r.y + r.height * 0.4;
  return {
    path: `M${fmt(sx)},${fmt(sy)} C${fmt(sx)},${fmt(sy - reach)} ${fmt(ex + reach)},${fmt(ey)} ${fmt(ex)},${fmt(ey)}`,
    labelX: r.x + r.width + reach * 0.45,
    labelY: r.y - reach * 0.45,
  };
}

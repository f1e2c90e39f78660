import { normalAt, pointAt, type Point } from './flowGeometry.js';
import type { Rect } from './layout.js';
import { RectIndex } from './rectIndex.js';

/** Where a flow's label sits: `t` along its curve (0–1), `offset` off it along the curve's normal (`normalAt`), and the box that makes. */
export interface LabelPlace {
  t: number;
  offset: number;
  rect: Rect;
  /** False when no spot was free: the label covers part of an actor or another label. */
  clear: boolean;
}

/** Where along its line a label may sit, best first: the middle, then further out on either side. */
const along = [0.5, 0.42, 0.58, 0.34, 0.66, 0.27, 0.73];
/**
 * Steps off the line when sliding along it finds no room: `offsetStep` each, up to `nearSteps`
 * on either side; then, on a crowded map, bigger steps up to `maxSteps` (about 1,100 units off).
 */
const offsetStep = 14;
const nearSteps = 30;
const maxSteps = 55;
/** Above this many flows, a label only slides along its line: a map at its limits draws as quickly as before the steps off it. */
export const fullSearchLimit = 2000;
/** Room kept round every label, so that a label and an actor or another label never touch. */
export const labelMargin = 4;

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The spots tried for a label, best first: along the line, then stepping off it to either side. */
function* spots(steps: number): Generator<{ t: number; offset: number }> {
  for (const t of along) yield { t, offset: 0 };
  for (let k = 1; k <= steps; k++) {
    const distance = k <= nearSteps ? k * offsetStep : (nearSteps + (k - nearSteps) * 2) * offsetStep;
    for (const t of along) {
      yield { t, offset: distance };
      yield { t, offset: -distance };
    }
  }
}

/** The centre of a label placed at `place` on a curve through `points`. */
export function labelCentre(points: Point[], place: { t: number; offset: number }): Point {
  const p = pointAt(points, place.t);
  if (place.offset === 0) return p;
  const n = normalAt(points, place.t);
  return { x: p.x + n.x * place.offset, y: p.y + n.y * place.offset };
}

/**
 * A place for each flow's label, the same in the editor and in pictures: the middle of its line
 * when that is clear, else the first spot further along the line, then a step off it to either
 * side and further, where the label (with `labelMargin` round it) covers no actor box and no
 * label placed before it; if none is free, the spot that covers least. Labels go in the order
 * given, so the result is the same every time.
 */
export function placeFlowLabels(
  curves: { id: string; points: Point[] }[],
  sizeOf: (flowId: string) => { width: number; height: number },
  actors: Rect[],
): Map<string, LabelPlace> {
  const placed = new Map<string, LabelPlace>();
  const taken = new RectIndex();
  for (const actor of actors) taken.add(actor);
  const steps = curves.length > fullSearchLimit ? 0 : maxSteps;
  for (const curve of curves) {
    const size = sizeOf(curve.id);
    let best: { place: LabelPlace; cost: number } | undefined;
    for (const spot of spots(steps)) {
      const c = labelCentre(curve.points, spot);
      const rect = { x: c.x - size.width / 2, y: c.y - size.height / 2, ...size };
      const grown = {
        x: rect.x - labelMargin,
        y: rect.y - labelMargin,
        width: size.width + 2 * labelMargin,
        height: size.height + 2 * labelMargin,
      };
      const cost = taken.near(grown).reduce((sum, other) => sum + overlapArea(grown, other), 0);
      if (!best || cost < best.cost) best = { place: { ...spot, rect, clear: cost === 0 }, cost };
      if (cost === 0) break;
    }
    if (best) {
      placed.set(curve.id, best.place);
      taken.add(best.place.rect);
    }
  }
  return placed;
}

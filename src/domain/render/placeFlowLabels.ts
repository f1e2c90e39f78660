import type { FlowCurve } from './flowGeometry.js';
import { pointAt } from './flowGeometry.js';
import type { Rect } from './layout.js';
import { RectIndex } from './rectIndex.js';

/** Where along its line a label may sit, best first: the middle, then further out on either side. */
const along = [0.5, 0.42, 0.58, 0.34, 0.66, 0.27, 0.73];

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * A box for each flow's label on its line: the middle when it is clear, else the first spot
 * further along that covers no actor card and no label already placed, else the spot that
 * covers least. Labels go in map order, so the result is the same every time.
 */
export function placeFlowLabels(
  curves: FlowCurve[],
  sizeOf: (flowId: string) => { width: number; height: number },
  cards: Rect[],
): Map<string, Rect> {
  const placed = new Map<string, Rect>();
  const taken = new RectIndex();
  for (const card of cards) taken.add(card);
  for (const curve of curves) {
    const size = sizeOf(curve.flow.id);
    const centres = along.map((t) => pointAt(curve.points, t));
    let best: { rect: Rect; cost: number } | undefined;
    for (const c of centres) {
      const rect = { x: c.x - size.width / 2, y: c.y - size.height / 2, ...size };
      const cost = taken.near(rect).reduce((sum, other) => sum + overlapArea(rect, other), 0);
      if (!best || cost < best.cost) best = { rect, cost };
      if (cost === 0) break;
    }
    if (best) {
      placed.set(curve.flow.id, best.rect);
      taken.add(best.rect);
    }
  }
  return placed;
}

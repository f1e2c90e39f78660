import { describe, expect, it } from 'vitest';
import type { Flow } from '../../../src/domain/map/index.js';
import {
  avoidActors,
  flowCurve,
  pointAt,
  samplePoints,
  typicalFlowLabel as flowLabelBox,
  type Rect,
} from '../../../src/domain/render/index.js';

const flow: Flow = { id: 'f1', from: 'a', to: 'b', kind: 'data' } as Flow;
const overlap = (p: Rect, q: Rect) => p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
const labelAt = (from: Rect, to: Rect, lane: number): Rect => {
  const { x: labelX, y: labelY } = pointAt(flowCurve(from, to, lane).points, 0.5);
  return { x: labelX - flowLabelBox.width / 2, y: labelY - flowLabelBox.height / 2, ...flowLabelBox };
};

describe('avoidActors: flows bowed round the actors they would pass under', () => {
  const a: Rect = { x: 0, y: 0, width: 200, height: 100 };
  const b: Rect = { x: 700, y: 0, width: 200, height: 100 };
  /** The lane avoidActors gives the flow from a to b with these other actors on the map (0: straight). */
  const laneWith = (...others: Rect[]) =>
    avoidActors([flow], new Map(), new Map([['a', a], ['b', b], ...others.map((r, i): [string, Rect] => [`other${i}`, r])])).get('f1') ?? 0;

  it('leaves a flow straight when nothing is in its way', () => {
    expect(laneWith()).toBe(0);
  });

  it('bows a flow whose line runs under another actor, onto a lane clear of it', () => {
    const c: Rect = { x: 400, y: 20, width: 120, height: 60 };
    const lane = laneWith(c);
    expect(lane).not.toBe(0);
    expect(
      samplePoints(flowCurve(a, b, lane).points, 20).some((p) => p.x >= c.x && p.x <= c.x + c.width && p.y >= c.y && p.y <= c.y + c.height),
    ).toBe(false);
  });

  it('bows a flow whose line is clear but whose label would sit on another actor', () => {
    // Just below the line, clear of it, but where the middle of the flow carries its label.
    const c: Rect = { x: 380, y: 72, width: 140, height: 100 };
    expect(overlap(labelAt(a, b, 0), c)).toBe(true);
    const lane = laneWith(c);
    expect(lane).not.toBe(0);
    expect(overlap(labelAt(a, b, lane), c)).toBe(false);
  });
});

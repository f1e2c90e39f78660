import { describe, expect, it } from 'vitest';
import type { EcosystemMap, Flow } from '../../../src/domain/map/index.js';
import {
  curveOf,
  drawnFlows,
  flowCurve,
  flowLanes,
  flowGeometryConstants,
  labelCentre,
  lanesOf,
  layoutActors,
  loopCurve,
  mapSvg,
  normalAt,
  pointAt,
  samplePoints,
  type Point,
  type Rect,
} from '../../../src/domain/render/index.js';
import { actorBox } from '../../../src/domain/render/actorBox.js';
import { spreadFactor } from '../../../src/domain/render/layout.js';
import { createPrng } from '../../fuzz/prng.js';

const a: Rect = { x: 0, y: 0, width: 200, height: 100 };
const b: Rect = { x: 600, y: 0, width: 200, height: 100 };
const flow = (id: string, from: string, to: string): Flow => ({ id, from, to, kind: 'data' });

/** Distance from `p` to the curve, as a polyline of 1,000 segments. */
function distanceToCurve(points: Point[], p: Point): number {
  const along = samplePoints(points, 1000);
  let best = Infinity;
  for (let i = 1; i < along.length; i++) {
    const [u, v] = [along[i - 1]!, along[i]!];
    const length2 = (v.x - u.x) ** 2 + (v.y - u.y) ** 2 || 1;
    const k = Math.max(0, Math.min(1, ((p.x - u.x) * (v.x - u.x) + (p.y - u.y) * (v.y - u.y)) / length2));
    best = Math.min(best, Math.hypot(u.x + k * (v.x - u.x) - p.x, u.y + k * (v.y - u.y) - p.y));
  }
  return best;
}

describe('flowGeometry: one geometry for the editor and the pictures (issue 12)', () => {
  it('draws a single flow straight, from the facing side of one box to just short of the other', () => {
    // Centres (100, 50) and (700, 50): leaves a at x=200, stops endGap short of b at x=600.
    expect(flowCurve(a, b, 0).d).toBe(`M200 50L${600 - flowGeometryConstants.endGap} 50`);
    // Diagonal: leaves through a's bottom edge, enters b's top edge.
    const below: Rect = { x: 300, y: 400, width: 200, height: 100 };
    expect(flowCurve(a, below, 0).d).toBe('M137.5 100L360.1 396.8');
  });

  it('bows a flow on lane 1 clockwise of its direction, as a quadratic curve through a control point two lane gaps off', () => {
    // East, y pointing down: clockwise is down, the control point at y = 50 + 2·56; the ends face it.
    expect(flowCurve(a, b, 1).d).toBe('M200 87.3Q400 162 596.3 88.7');
    expect(flowCurve(b, a, 1).d).toBe('M600 12.7Q400 -62 203.7 11.3');
  });

  it('fans out parallel flows between the same actors, both directions, so that no two lines overlap', () => {
    const flows = [flow('f1', 'a', 'b'), flow('f2', 'a', 'b'), flow('f3', 'b', 'a'), flow('f4', 'a', 'b')];
    const lanes = lanesOf(flows);
    const boxes = new Map([
      ['a', a],
      ['b', b],
    ]);
    const middles = flows.map((f) => pointAt(curveOf(f, boxes.get(f.from)!, boxes.get(f.to)!, lanes.get(f.id)!).points, 0.5).y);
    // Four lanes, the flow back the other way on its own: -1.5, -0.5, 0.5, 1.5 in a→b terms.
    expect(flows.map((f) => lanes.get(f.id))).toEqual([-1.5, -0.5, -0.5, 1.5]);
    const sorted = [...middles].sort((p, q) => p - q);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThan(flowGeometryConstants.laneGap * 0.75);
    // And apart all along (the ends meet the boxes at different points too, except where they touch the same side).
    for (let i = 0; i < flows.length; i++)
      for (let j = i + 1; j < flows.length; j++) {
        const p = curveOf(flows[i]!, boxes.get(flows[i]!.from)!, boxes.get(flows[i]!.to)!, lanes.get(flows[i]!.id)!).points;
        const q = curveOf(flows[j]!, boxes.get(flows[j]!.from)!, boxes.get(flows[j]!.to)!, lanes.get(flows[j]!.id)!).points;
        const inner = samplePoints(p, 20).slice(4, -4);
        expect(Math.min(...inner.map((pt) => distanceToCurve(q, pt)))).toBeGreaterThan(10);
      }
  });

  it('draws self-loops off the top-right corner, each next one reaching further', () => {
    expect(loopCurve(a, 0).d).toBe('M140 0C140 -70 274 40 204 40');
    const first = loopCurve(a, 0).extent;
    const second = loopCurve(a, 1).extent;
    expect(second.y).toBeLessThan(first.y);
    expect(second.x + second.width).toBeGreaterThan(first.x + first.width);
  });

  it('puts a label placed at t and an offset on the curve, or that far off it along its normal', () => {
    const rng = createPrng(12);
    for (let i = 0; i < 200; i++) {
      const from: Rect = { x: rng.int(1000), y: rng.int(800), width: 120 + rng.int(120), height: 60 + rng.int(60) };
      const to: Rect = { x: rng.int(1000) + 1400, y: rng.int(800), width: 200, height: 100 };
      const points = (rng.chance(0.2) ? loopCurve(from, rng.int(3)) : flowCurve(from, to, rng.int(5) - 2)).points;
      const t = 0.25 + rng.next() / 2;
      expect(distanceToCurve(points, labelCentre(points, { t, offset: 0 }))).toBeLessThan(2);
      const off = labelCentre(points, { t, offset: 42 });
      const on = pointAt(points, t);
      expect(Math.hypot(off.x - on.x, off.y - on.y)).toBeCloseTo(42, 6);
      const n = normalAt(points, t);
      expect(Math.hypot(n.x, n.y)).toBeCloseTo(1, 6);
    }
  });

  it('the exported SVG writes exactly the paths the geometry gives for the picture’s boxes (a seeded map)', () => {
    const rng = createPrng(1212);
    const ids = Array.from({ length: 9 }, (_, i) => `actor${i}`);
    const map: EcosystemMap = {
      title: 'Seeded',
      actors: ids.map((id, i) => ({
        id,
        name: `Actor ${i}`,
        roles: [],
        tags: [],
        ...(i < 6 ? { position: { x: (i % 3) * 420, y: Math.floor(i / 3) * 300 } } : {}),
      })),
      datasets: [],
      flows: Array.from({ length: 16 }, (_, i) => ({
        ...flow(`f${i}`, rng.pick(ids), rng.pick(ids)),
        kind: rng.pick(['data', 'money', 'oversight'] as const),
      })),
      notes: [],
    };
    const sizeOf = (id: string) => actorBox(map.actors.find((x) => x.id === id) ?? map.actors[0]!);
    const rects = layoutActors(map, sizeOf, spreadFactor(map, sizeOf));
    // What the editor computes for the same boxes: flowLanes, then curveOf (useFlowElements, FlowEdgeView).
    const lanes = flowLanes(map.flows, rects);
    const expected = map.flows.map((f) => curveOf(f, rects.get(f.from)!, rects.get(f.to)!, lanes.get(f.id) ?? 0).d);
    expect(new Set(expected).size).toBe(16);
    const svg = mapSvg(map);
    const flowsGroup = /<g class="flows">(.*?)<\/g>/s.exec(svg)?.[1] ?? '';
    const written = [...flowsGroup.matchAll(/<path d="([^"]+)" fill="none" stroke="#(?!ffffff)/g)].map((m) => m[1]);
    expect(written).toEqual(expected);
    expect(drawnFlows(map, rects).map((c) => c.d)).toEqual(expected);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LayoutRequest } from '../../src/domain/index.js';
import { readMapFile, type Position } from '../../src/domain/map/index.js';
import { elkLayout } from '../../src/server/layout/elkLayout.js';
import { avoidActors, flowCurve, pointAt, typicalFlowLabel as flowLabelBox, type Rect } from '../../src/domain/render/index.js';

const box = (id: string, width = 240, height = 110) => ({ id, width, height });
type Placed = Record<string, Position>;
const overlapping = (p: Rect, q: Rect) => p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;

/** Every pair of boxes apart: no actor drawn over another. */
function overlaps(request: LayoutRequest, p: Placed): string[] {
  const found: string[] = [];
  for (const a of request.actors)
    for (const b of request.actors) {
      if (a.id >= b.id) continue;
      const pa = p[a.id]!;
      const pb = p[b.id]!;
      const apart = pa.x + a.width <= pb.x || pb.x + b.width <= pa.x || pa.y + a.height <= pb.y || pb.y + b.height <= pa.y;
      if (!apart) found.push(`${a.id}/${b.id}`);
    }
  return found;
}

describe('elkLayout: actors placed by their flows, the unconnected ones in rows below', () => {
  it('puts a few unconnected actors side by side, in the order given', async () => {
    const request: LayoutRequest = { actors: ['council', 'fire', 'uni'].map((id) => box(id)), flows: [], aspectRatio: 1.5 };
    const p = await elkLayout(request);
    expect([p.council!.y, p.fire!.y, p.uni!.y]).toEqual([0, 0, 0]);
    expect(p.council!.x).toBe(0);
    expect(p.fire!.x).toBeGreaterThanOrEqual(240);
    expect(p.uni!.x).toBeGreaterThanOrEqual(p.fire!.x + 240);
  });

  it('lays the connected actors out first and gathers the unconnected ones underneath', async () => {
    const request: LayoutRequest = {
      actors: [box('council'), box('lab'), box('residents'), box('alone1', 300, 140), box('alone2'), box('alone3')],
      flows: [
        { from: 'council', to: 'lab' },
        { from: 'lab', to: 'residents' },
        { from: 'alone1', to: 'alone1' }, // a loop does not connect an actor
        { from: 'alone2', to: 'gone' }, // nor does a flow to an actor not laid out
      ],
      aspectRatio: 1.6,
    };
    const p = await elkLayout(request);
    const connectedBottom = Math.max(...['council', 'lab', 'residents'].map((id) => p[id]!.y + 110));
    for (const id of ['alone1', 'alone2', 'alone3']) expect([id, p[id]!.y > connectedBottom]).toEqual([id, true]);
    expect(Math.min(...['council', 'lab', 'residents'].map((id) => p[id]!.x))).toBe(0);
    expect(p.alone1!.x).toBe(0);
    expect(p.alone1!.y).toBe(p.alone2!.y);
    expect(overlaps(request, p)).toEqual([]);
  });

  it('wraps many unconnected actors onto rows of about the screen’s shape, none overlapping', async () => {
    const request: LayoutRequest = { actors: Array.from({ length: 30 }, (_, i) => box(`a${i}`)), flows: [], aspectRatio: 1.5 };
    const p = await elkLayout(request);
    expect(overlaps(request, p)).toEqual([]);
    const rows = new Set(Object.values(p).map((at) => at.y)).size;
    const width = Math.max(...Object.values(p).map((at) => at.x + 240));
    const height = Math.max(...Object.values(p).map((at) => at.y + 110));
    expect(rows).toBeGreaterThan(1);
    expect(width / height).toBeGreaterThan(1);
    expect(width / height).toBeLessThan(3);
    // Reading order is the order given: along a row, then the next row down.
    for (let i = 1; i < 30; i++) {
      const [a, b] = [p[`a${i - 1}`]!, p[`a${i}`]!];
      expect([i, b.y > a.y || (b.y === a.y && b.x > a.x)]).toEqual([i, true]);
    }
  });

  it('leaves room for each flow’s label, so that none lands on an actor as the editor draws them (the air-quality example)', async () => {
    const read = readMapFile(readFileSync('test/fixtures/ecosystem-map/v1-air-quality.json', 'utf8'));
    if (!read.ok) throw new Error('the air-quality example does not read');
    const { actors, flows } = read.map;
    const request: LayoutRequest = {
      actors: actors.map((a) => box(a.id)),
      flows: flows.map(({ from, to }) => ({ from, to, label: flowLabelBox })),
      aspectRatio: 1.3,
    };
    const p = await elkLayout(request);
    expect(overlaps(request, p)).toEqual([]);
    // The editor draws each flow straight, or bowed round the actors in its way (avoidActors),
    // with its label at the middle. Without room for the labels, two of them land on actors.
    const rects = new Map(actors.map((a): [string, Rect] => [a.id, { ...p[a.id]!, width: 240, height: 110 }]));
    const lanes = avoidActors(flows, new Map(), rects);
    const labelsOnActors = flows.flatMap((f) => {
      const { x: labelX, y: labelY } = pointAt(flowCurve(rects.get(f.from)!, rects.get(f.to)!, lanes.get(f.id) ?? 0).points, 0.5);
      const label = { x: labelX - flowLabelBox.width / 2, y: labelY - flowLabelBox.height / 2, ...flowLabelBox };
      return actors.filter((a) => overlapping(label, rects.get(a.id)!)).map((a) => `${f.id} on ${a.id}`);
    });
    expect(labelsOnActors).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Flow } from '../../../src/domain/map/index.js';
import {
  curveOf,
  flowLanes,
  labelCentre,
  placeFlowLabels,
  pointAt,
  typicalFlowLabel,
  type LabelPlace,
  type Rect,
} from '../../../src/domain/render/index.js';
import { elkLayout } from '../../../src/server/layout/elkLayout.js';
import { createPrng, type Prng } from '../../fuzz/prng.js';

/** The oracle: two boxes overlap when they share any area (touching edges do not). */
const intersect = (p: Rect, q: Rect) => p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;

interface Drawn {
  actors: Map<string, Rect>;
  flows: Flow[];
  labels: Map<string, LabelPlace>;
  sizes: Map<string, { width: number; height: number }>;
}

/** Every label that overlaps an actor's box or another label's box, named. */
function overlaps({ actors, flows, labels }: Drawn): string[] {
  const found: string[] = [];
  flows.forEach((flow, i) => {
    const label = labels.get(flow.id)!.rect;
    for (const [id, box] of actors) if (intersect(label, box)) found.push(`${flow.id} on actor ${id}`);
    for (const other of flows.slice(i + 1))
      if (intersect(label, labels.get(other.id)!.rect)) found.push(`${flow.id} on ${other.id}'s label`);
  });
  return found;
}

function randomFlows(rng: Prng, ids: string[], count: number): Flow[] {
  return Array.from({ length: count }, (_, i) => {
    const from = rng.pick(ids);
    // A few self-loops and several flows between the same pair, as real maps have.
    const to = rng.chance(0.08) ? from : rng.pick(ids);
    return { id: `f${i}`, from, to, kind: 'data' };
  });
}

/** Label sizes as the editor and pictures make them: from one short line to a few lines with notes. */
const randomSize = (rng: Prng) => ({ width: 110 + rng.int(120), height: 30 + rng.int(70) });

function draw(actors: Map<string, Rect>, flows: Flow[], rng: Prng): Drawn {
  const lanes = flowLanes(flows, actors);
  const sizes = new Map(flows.map((f) => [f.id, randomSize(rng)]));
  const curves = flows.map((f) => ({ id: f.id, points: curveOf(f, actors.get(f.from)!, actors.get(f.to)!, lanes.get(f.id) ?? 0).points }));
  const labels = placeFlowLabels(curves, (id) => sizes.get(id)!, [...actors.values()]);
  return { actors, flows, labels, sizes };
}

describe('placeFlowLabels: no flow label on an actor or on another label (issue 12)', () => {
  it('keeps a label at the middle of its line when nothing is in the way', () => {
    const actors = new Map<string, Rect>([
      ['a', { x: 0, y: 0, width: 240, height: 110 }],
      ['b', { x: 700, y: 0, width: 240, height: 110 }],
    ]);
    const { labels } = draw(actors, [{ id: 'f0', from: 'a', to: 'b', kind: 'data' }], createPrng(1));
    expect(labels.get('f0')).toMatchObject({ t: 0.5, offset: 0 });
  });

  it('slides a label along its line, then steps it off the line, when the middle is taken', () => {
    const a: Rect = { x: 0, y: 0, width: 240, height: 110 };
    const b: Rect = { x: 700, y: 0, width: 240, height: 110 };
    const curves = [{ id: 'f', points: curveOf({ from: 'a', to: 'b' }, a, b, 0).points }];
    const middle = pointAt(curves[0]!.points, 0.5);
    // A small box on the middle: sliding along the line clears it.
    const slid = placeFlowLabels(curves, () => ({ width: 100, height: 40 }), [
      a,
      b,
      { x: middle.x - 20, y: middle.y - 20, width: 40, height: 40 },
    ]);
    expect(slid.get('f')!.t).not.toBe(0.5);
    expect(slid.get('f')!.offset).toBe(0);
    // A wide box over the whole gap: only stepping off the line clears it.
    const wall: Rect = { x: 240, y: 30, width: 460, height: 50 };
    const stepped = placeFlowLabels(curves, () => ({ width: 100, height: 40 }), [a, b, wall]).get('f')!;
    expect(stepped.offset).not.toBe(0);
    expect(intersect(stepped.rect, wall)).toBe(false);
    const centre = labelCentre(curves[0]!.points, stepped);
    expect(stepped.rect.x + stepped.rect.width / 2).toBeCloseTo(centre.x, 6);
    expect(stepped.rect.y + stepped.rect.height / 2).toBeCloseTo(centre.y, 6);
  });

  it('after the automatic layout (ELK), on seeded random maps', async () => {
    for (let seed = 1; seed <= 12; seed++) {
      const rng = createPrng(seed * 7919);
      const ids = Array.from({ length: 4 + rng.int(14) }, (_, i) => `actor${i}`);
      const flows = randomFlows(rng, ids, Math.round(ids.length * (0.8 + rng.next())));
      const sizes = ids.map((id) => ({ id, width: 240, height: 90 + rng.int(60) }));
      const placed = await elkLayout({
        actors: sizes,
        flows: flows.filter((f) => f.from !== f.to).map(({ from, to }) => ({ from, to, label: typicalFlowLabel })),
        aspectRatio: 1.6,
      });
      const actors = new Map(sizes.map(({ id, width, height }) => [id, { ...placed[id]!, width, height }]));
      expect([seed, overlaps(draw(actors, flows, rng))]).toEqual([seed, []]);
    }
  });

  it('on seeded random maps whose actors people placed by hand (scattered, not overlapping)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const rng = createPrng(seed);
      const ids = Array.from({ length: 3 + rng.int(20) }, (_, i) => `actor${i}`);
      // Cells of a loose grid, each actor somewhere in its own cell: close together, never on each other.
      const columns = Math.ceil(Math.sqrt(ids.length));
      const actors = new Map(
        ids.map((id, i): [string, Rect] => [
          id,
          { x: (i % columns) * 340 + rng.int(80), y: Math.floor(i / columns) * 230 + rng.int(60), width: 240, height: 90 + rng.int(70) },
        ]),
      );
      const flows = randomFlows(rng, ids, Math.round(ids.length * (0.5 + 1.5 * rng.next())));
      const drawn = draw(actors, flows, rng);
      expect([seed, overlaps(drawn)]).toEqual([seed, []]);
      // Each label stays by its own line: never further than the search goes (a crowded corner of a map sends it furthest).
      for (const flow of flows) expect(Math.abs(drawn.labels.get(flow.id)!.offset)).toBeLessThanOrEqual(1200);
    }
  });
});

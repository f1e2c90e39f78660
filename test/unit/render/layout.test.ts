import { describe, expect, it } from 'vitest';
import { readMapFile } from '../../../src/domain/map/index.js';
import type { EcosystemMap } from '../../../src/domain/map/index.js';
import { layoutActors } from '../../../src/domain/render/index.js';
import type { Rect } from '../../../src/domain/render/index.js';
import { fixture } from '../map/fixtures.js';

const size = () => ({ width: 240, height: 100 });
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function golden(): EcosystemMap {
  const read = readMapFile(fixture('v1-air-quality.json'));
  if (!read.ok) throw new Error('the golden map must load');
  return read.map;
}

function expectNoOverlap(rects: Map<string, Rect>) {
  const list = [...rects.entries()];
  for (const [i, [a, ra]] of list.entries()) for (const [b, rb] of list.slice(i + 1)) expect(overlap(ra, rb), `${a} and ${b}`).toBe(false);
}

describe('layoutActors', () => {
  it('lays out a map with no positions without overlapping cards, the busiest actor in the middle', () => {
    const map = golden();
    map.actors = map.actors.map(({ position: _, ...a }) => a);
    const rects = layoutActors(map, size);
    expect(rects.size).toBe(map.actors.length);
    expectNoOverlap(rects);
    const centre = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
    const all = [...rects.values()].map(centre);
    const mid = {
      x: (Math.min(...all.map((p) => p.x)) + Math.max(...all.map((p) => p.x))) / 2,
      y: (Math.min(...all.map((p) => p.y)) + Math.max(...all.map((p) => p.y))) / 2,
    };
    const council = centre(rects.get('council')!);
    expect(Math.hypot(council.x - mid.x, council.y - mid.y)).toBeLessThan(1);
  });

  it('keeps the arrangement people made, and puts unplaced actors below it', () => {
    const map = golden();
    const rects = layoutActors(map, size);
    const placed = map.actors.filter((a) => a.position);
    const spread = rects.get('vendor')!.x / 420;
    for (const a of placed) expect(rects.get(a.id)).toMatchObject({ x: a.position!.x * spread, y: a.position!.y * spread });
    expect(spread).toBeGreaterThanOrEqual(1);
    const lowest = Math.max(...placed.map((a) => rects.get(a.id)!.y + 100));
    expect(rects.get('lep')!.y).toBeGreaterThan(lowest);
  });

  it('sets actors with no flows apart, in rows, and handles a long chain without recursion trouble', () => {
    const chain: EcosystemMap = {
      title: 'Chain',
      actors: Array.from({ length: 3000 }, (_, i) => ({ id: `a${i}`, name: `A${i}`, roles: [], tags: [] })),
      datasets: [],
      flows: Array.from({ length: 2000 }, (_, i) => ({ id: `f${i}`, from: `a${i}`, to: `a${i + 1}`, kind: 'data' as const })),
      notes: [],
    };
    const rects = layoutActors(chain, size);
    expect(rects.size).toBe(3000);
    const loner = rects.get('a2999')!;
    expect(loner.y).toBeGreaterThan(Math.max(...Array.from({ length: 2001 }, (_, i) => rects.get(`a${i}`)!.y)));
  });
});

import { describe, expect, it } from 'vitest';
import type { EcosystemMap } from '../../../src/domain/map/index.js';
import { spreadFactor } from '../../../src/domain/render/layout.js';

/** The rule itself, every pair of positioned cards against each other: what spreadFactor must equal. */
function everyPair(map: EcosystemMap, sizeOf: (id: string) => { width: number; height: number }): number {
  const placed = map.actors.flatMap((a) => (a.position ? [{ ...a.position, ...sizeOf(a.id) }] : []));
  let factor = 1;
  for (let i = 0; i < placed.length; i++)
    for (let j = i + 1; j < placed.length; j++) {
      const [a, b] = [placed[i]!, placed[j]!];
      const [left, right] = a.x <= b.x ? [a, b] : [b, a];
      const [top, bottom] = a.y <= b.y ? [a, b] : [b, a];
      const dx = right.x - left.x;
      const dy = bottom.y - top.y;
      const needX = dx === 0 ? Infinity : (left.width + 150) / dx;
      const needY = dy === 0 ? Infinity : (top.height + 80) / dy;
      factor = Math.max(factor, Math.min(needX, needY, 2));
    }
  return factor;
}

/** A seeded generator (Park–Miller), so a failure names a map that can be made again. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

describe('spreadFactor', () => {
  it('equals the every-pair rule on seeded maps: crowded, spread out, in one column, some without a position', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const next = random(seed);
      const width = [0, 400, 900, 3000][seed % 4]!;
      const actors = Array.from({ length: seed % 4 === 0 ? Math.floor(next() * 40) : 2 + Math.floor(next() * 6) }, (_, i) => ({
        id: `a${i}`,
        name: `A${i}`,
        type: 'public' as const,
        roles: [],
        ...(next() < 0.9 ? { position: { x: Math.round(next() * width), y: Math.round(next() * 300) } } : {}),
      }));
      const sizes = new Map(actors.map((a) => [a.id, { width: 100 + Math.round(next() * 200), height: 40 + Math.round(next() * 80) }]));
      const sizeOf = (id: string) => sizes.get(id)!;
      const map = { actors, flows: [], datasets: [], notes: [] } as unknown as EcosystemMap;
      expect(spreadFactor(map, sizeOf), `seed ${seed}`).toBe(everyPair(map, sizeOf));
    }
  });

  it('is 1 for a map with no positioned actors, and 2 at most when two cards sit on each other', () => {
    const sizeOf = () => ({ width: 200, height: 80 });
    const at = (x: number, y: number, id: string) => ({ id, name: id, type: 'public', roles: [], position: { x, y } });
    expect(spreadFactor({ actors: [] } as unknown as EcosystemMap, sizeOf)).toBe(1);
    expect(spreadFactor({ actors: [at(0, 0, 'a'), at(0, 0, 'b')] } as unknown as EcosystemMap, sizeOf)).toBe(2);
  });
});

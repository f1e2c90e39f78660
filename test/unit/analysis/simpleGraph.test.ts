import { describe, expect, it } from 'vitest';
import { articulationPoints, countComponents, simpleGraph } from '../../../src/domain/analysis/simpleGraph.js';
import { createPrng } from '../../fuzz/prng.js';
import { adjacencyMatrix, componentsOracle, cutVerticesOracle } from './oracle.js';

/** Random links over 0–25 vertices: trees, sparse and dense graphs, with self-loops and repeats. */
function randomLinks(seed: number): { n: number; links: [number, number][] } {
  const rng = createPrng(seed);
  const n = rng.int(26);
  if (n === 0) return { n, links: [] };
  const count = rng.int(rng.pick([n, 2 * n, 4 * n]) + 1);
  const links: [number, number][] = [];
  // Half the graphs start from a random tree, where most vertices are cut vertices.
  if (rng.chance(0.5)) for (let v = 1; v < n; v++) links.push([v, rng.int(v)]);
  for (let i = 0; i < count; i++) links.push([rng.int(n), rng.int(n)]);
  return { n, links };
}

describe('simple graph', () => {
  it('drops self-loops and repeats in either direction', () => {
    const g = simpleGraph(3, [
      [0, 1],
      [1, 0],
      [2, 2],
      [0, 1],
    ]);
    expect(g).toEqual({ size: 3, neighbours: [[1], [0], []], edgeCount: 1 });
  });

  it('articulation points of a path, a star and a bowtie, with the parts left', () => {
    expect(
      articulationPoints(
        simpleGraph(3, [
          [0, 1],
          [1, 2],
        ]),
      ),
    ).toEqual(new Map([[1, 2]]));
    expect(
      articulationPoints(
        simpleGraph(4, [
          [0, 1],
          [0, 2],
          [0, 3],
        ]),
      ),
    ).toEqual(new Map([[0, 3]]));
    const bowtie = simpleGraph(5, [
      [0, 1],
      [1, 2],
      [2, 0],
      [2, 3],
      [3, 4],
      [4, 2],
    ]);
    expect(articulationPoints(bowtie)).toEqual(new Map([[2, 2]]));
    expect(articulationPoints(simpleGraph(0, []))).toEqual(new Map());
  });

  it('a long path does not overflow the stack', () => {
    const n = 200_000;
    const path = simpleGraph(
      n,
      Array.from({ length: n - 1 }, (_, i) => [i, i + 1] as const),
    );
    expect(articulationPoints(path).size).toBe(n - 2);
    expect(countComponents(path)).toBe(1);
  });

  const seeds = Array.from({ length: 300 }, (_, i) => i + 1);
  it.each(seeds)('components and articulation points equal the oracle, seed %i', (seed) => {
    const { n, links } = randomLinks(seed);
    const graph = simpleGraph(n, links);
    const matrix = adjacencyMatrix(n, links);
    expect(countComponents(graph)).toBe(componentsOracle(matrix));
    // The fast version reports the parts the vertex's own part falls into; the oracle counts all parts after.
    const before = componentsOracle(matrix);
    const fast = new Map([...articulationPoints(graph)].map(([v, parts]) => [v, before - 1 + parts]));
    expect(fast).toEqual(cutVerticesOracle(matrix));
  });
});

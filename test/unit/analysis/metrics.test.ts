import { describe, expect, it } from 'vitest';
import { mapMetrics } from '../../../src/domain/analysis/index.js';
import type { EcosystemMap } from '../../../src/domain/map/index.js';
import { createPrng, type Prng } from '../../fuzz/prng.js';
import { actors, chain, flow, map } from './build.js';
import { adjacencyMatrix, componentsOracle } from './oracle.js';

/** The contract's definitions computed the obvious way, on an adjacency matrix. */
function metricsOracle(m: EcosystemMap) {
  const n = m.actors.length;
  const at = (id: string) => m.actors.findIndex((a) => a.id === id);
  const matrix = adjacencyMatrix(
    n,
    m.flows.map((f) => [at(f.from), at(f.to)]),
  );
  let edges = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (matrix[i]![j]) edges++;
  const degrees = matrix.map((row) => row.filter(Boolean).length);
  const highest = Math.max(0, ...degrees);
  let shortfall = 0;
  for (const d of degrees) shortfall += highest - d;
  return {
    actors: n,
    flows: m.flows.length,
    density: n < 2 ? 0 : edges / ((n * (n - 1)) / 2),
    components: componentsOracle(matrix),
    degreeCentralisation: n < 3 ? 0 : shortfall / ((n - 1) * (n - 2)),
  };
}

/** Random graphs of 0–30 actors: sparse to dense, with hubs, self-loops, repeats and both directions. */
function randomGraphMap(rng: Prng): EcosystemMap {
  const n = rng.int(31);
  const flowCount = n === 0 ? 0 : rng.int(rng.pick([n, 2 * n, (n * n) / 2]) + 1);
  const hub = rng.int(Math.max(n, 1));
  const end = () => (rng.chance(0.3) ? hub : rng.int(n));
  const flows = Array.from({ length: flowCount }, (_, i) => {
    const from = end();
    return flow(`f${i}`, `a${from}`, `a${rng.chance(0.05) ? from : end()}`, { kind: rng.pick(['data', 'money', 'value'] as const) });
  });
  return map({ actors: actors(n), flows });
}

describe('metrics', () => {
  it('a star has centralisation 1; a cycle, where every degree is equal, 0', () => {
    const star = map({ actors: actors(5), flows: [1, 2, 3, 4].map((i) => flow(`f${i}`, 'a0', `a${i}`)) });
    expect(mapMetrics(star)).toEqual({ actors: 5, flows: 4, density: 0.4, components: 1, degreeCentralisation: 1 });
    const cycle = map({ actors: actors(4), flows: chain(['a0', 'a1', 'a2', 'a3', 'a0']) });
    expect(mapMetrics(cycle)).toEqual({ actors: 4, flows: 4, density: 4 / 6, components: 1, degreeCentralisation: 0 });
  });

  it('drops direction, repeats and self-loops from the graph but counts every flow', () => {
    const flows = [flow('f1', 'a0', 'a1'), flow('f2', 'a1', 'a0', { kind: 'money' }), flow('f3', 'a0', 'a1'), flow('f4', 'a2', 'a2')];
    expect(mapMetrics(map({ actors: actors(3), flows }))).toEqual({
      actors: 3,
      flows: 4,
      density: 1 / 3,
      components: 2,
      degreeCentralisation: 1 / 2,
    });
  });

  it('an isolated actor is a part of its own; the ratios are 0 below 2 and 3 actors', () => {
    expect(mapMetrics(map())).toEqual({ actors: 0, flows: 0, density: 0, components: 0, degreeCentralisation: 0 });
    expect(mapMetrics(map({ actors: actors(1), flows: [flow('f1', 'a0', 'a0')] }))).toEqual({
      actors: 1,
      flows: 1,
      density: 0,
      components: 1,
      degreeCentralisation: 0,
    });
    expect(mapMetrics(map({ actors: actors(2), flows: [flow('f1', 'a0', 'a1')] }))).toMatchObject({ density: 1, degreeCentralisation: 0 });
    expect(mapMetrics(map({ actors: actors(4) }))).toMatchObject({ components: 4, density: 0, degreeCentralisation: 0 });
  });

  const seeds = Array.from({ length: 300 }, (_, i) => i + 1);
  it.each(seeds)('equal the oracle on random graph seed %i', (seed) => {
    const m = randomGraphMap(createPrng(seed));
    // Both sides divide the same two integers, so equality is exact, not approximate.
    expect(mapMetrics(m)).toEqual(metricsOracle(m));
  });
});

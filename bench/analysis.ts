/**
 * `npm run bench -- analysis`: the findings of a large seeded map — by default 10,000 actors and
 * 30,000 flows, a bigger map than any workshop draws — timed over several runs in this
 * process. Target: the median under 1 s. The map is built once; only `analyzeMap` is timed.
 */
import { performance } from 'node:perf_hooks';
import { analyzeMap } from '../src/domain/analysis/index.js';
import { accessLevels, deidentifications, flowKinds, sensitivities } from '../src/domain/map/index.js';
import type { Actor, Dataset, EcosystemMap, Flow } from '../src/domain/map/index.js';
import { wholeNumberOptions } from './options.js';
import { fixed, summarize } from './stats.js';

export interface AnalysisOptions {
  actors: number;
  flows: number;
  runs: number;
  seed: number;
}

const defaults: AnalysisOptions = { actors: 10_000, flows: 30_000, runs: 5, seed: 1 };
const usage = `usage: npm run bench -- analysis [--actors ${defaults.actors}] [--flows ${defaults.flows}] [--runs ${defaults.runs}] [--seed ${defaults.seed}]`;

export function parseAnalysisOptions(args: string[]): AnalysisOptions {
  return wholeNumberOptions(args, defaults, usage);
}

/** mulberry32, as test/fuzz/prng.ts: the same seed gives the same map on every machine. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(items: readonly T[]): T => items[int(items.length)] as T };
}

/**
 * A map shaped like a real one, only bigger: a few hubs on many flows (the square of a uniform
 * number favours low actor numbers), one dataset for every five actors, most flows data flows,
 * every optional field sometimes absent. So every rule has work to do.
 */
export function benchMap(options: AnalysisOptions): EcosystemMap {
  const rng = random(options.seed);
  const actors: Actor[] = Array.from({ length: options.actors }, (_, i) => ({ id: `a${i}`, name: `Actor ${i}`, roles: [], tags: [] }));
  const actor = () => `a${Math.floor(rng.next() ** 2 * options.actors)}`;
  const datasets: Dataset[] = Array.from({ length: Math.ceil(options.actors / 5) }, (_, i) => ({
    id: `d${i}`,
    name: `Dataset ${i}`,
    ...(rng.next() < 0.7 && { steward: actor() }),
    heldBy: [...new Set([actor(), actor()].slice(0, 1 + rng.int(2)))],
    sensitivity: rng.pick(sensitivities),
    ...(rng.next() < 0.5 && { deidentification: rng.pick(deidentifications) }),
    access: rng.pick(accessLevels),
    ...(rng.next() < 0.5 && { standard: 'CSV' }),
  }));
  const flows: Flow[] = Array.from({ length: options.flows }, (_, i) => {
    const kind = rng.next() < 0.6 ? 'data' : rng.pick(flowKinds);
    return {
      id: `f${i}`,
      from: actor(),
      to: actor(),
      kind,
      ...(kind === 'data' && rng.next() < 0.8 && { dataset: `d${rng.int(datasets.length)}` }),
      ...(rng.next() < 0.3 && { access: rng.pick(accessLevels) }),
    };
  });
  return { title: `Bench map (seed ${options.seed})`, actors, datasets, flows, notes: [] };
}

export async function runAnalysis(args: string[]): Promise<void> {
  const options = parseAnalysisOptions(args);
  const map = benchMap(options);
  const times: number[] = [];
  let findings = 0;
  for (let run = 0; run < options.runs; run++) {
    const start = performance.now();
    findings = analyzeMap(map).findings.length;
    times.push(performance.now() - start);
  }
  const s = summarize(times);
  console.log(
    `analysis: ${options.actors} actors, ${options.flows} flows, ${map.datasets.length} datasets (seed ${options.seed}) → ${findings} findings`,
  );
  console.log(
    `  median of ${s.count} runs ${fixed(s.p50)} ms (fastest ${fixed(Math.min(...times))}, slowest ${fixed(s.max)}); target < 1000 ms`,
  );
  console.log(`  runs: ${times.map((t) => fixed(t)).join(', ')} ms · node ${process.version}`);
}

/**
 * `npm run bench -- atlas`: building a city atlas (merge, metrics, findings, suggestions and the
 * register: `buildAtlas`) from 50 seeded project maps of 200 actors and 600 flows each (10,000
 * actors, 30,000 flows), where 20 % of each map's organisations are shared with other maps under
 * name variants the name rules merge ("Ltd"/"Limited", "&"/"and", case, spacing, punctuation).
 * Target: under 2 s. The maps are built once; only `buildAtlas` is timed, over several runs.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { buildAtlas, type AtlasMapInput } from '../src/domain/atlas/index.js';
import { accessLevels, flowKinds, sensitivities } from '../src/domain/map/index.js';
import type { Actor, Dataset, EcosystemMap, Flow } from '../src/domain/map/index.js';
import { random } from './analysis.js';
import { wholeNumberOptions } from './options.js';
import { fixed, summarize } from './stats.js';

export interface AtlasBenchOptions {
  maps: number;
  actors: number;
  flows: number;
  shared: number;
  runs: number;
  seed: number;
}

const defaults: AtlasBenchOptions = { maps: 50, actors: 200, flows: 600, shared: 20, runs: 3, seed: 1 };
const usage = `usage: npm run bench -- atlas [--maps ${defaults.maps}] [--actors ${defaults.actors}] [--flows ${defaults.flows}] [--shared ${defaults.shared} (per cent)] [--runs ${defaults.runs}] [--seed ${defaults.seed}]`;

const places = ['Coventry', 'Foleshill', 'Earlsdon', 'Tile Hill', 'Radford', 'Canley', 'Binley', 'Walsgrave', 'Holbrooks', 'Stoke'];
const sectors = ['Housing', 'Health', 'Transport', 'Energy', 'Schools', 'Youth', 'Libraries', 'Parks', 'Waste', 'Care', 'Policing', 'Arts'];
const forms = ['Trust', 'Ltd', 'Partnership', 'Council team', 'Co', '& Partners', 'Network', 'Association', 'Foundation', 'Services'];

/** A name as another map might write it: same name key, different text. */
function variant(name: string, pick: (n: number) => number): string {
  switch (pick(5)) {
    case 0:
      return name.toUpperCase();
    case 1:
      return name.replace(/ Ltd$/, ' Limited').replace(/ Co$/, ' Company').replace(' & ', ' and ');
    case 2:
      return `  ${name.replace(/ /g, '  ')}.`;
    case 3:
      return name.toLowerCase();
    default:
      return name;
  }
}

export function benchAtlasMaps(o: AtlasBenchOptions): AtlasMapInput[] {
  const rng = random(o.seed);
  const orgName = (n: number) =>
    `${places[n % places.length]} ${sectors[Math.floor(n / places.length) % sectors.length]} ${forms[n % forms.length]} ${n}`;
  const sharedPool = Array.from({ length: Math.max(1, Math.round((o.actors * o.shared) / 100) * 5) }, (_, i) => orgName(i));
  let unique = sharedPool.length;
  return Array.from({ length: o.maps }, (_, m) => {
    const sharedCount = Math.round((o.actors * o.shared) / 100);
    const chosen = new Set<number>();
    while (chosen.size < Math.min(sharedCount, sharedPool.length)) chosen.add(rng.int(sharedPool.length));
    const names = [
      ...[...chosen].map((i) => variant(sharedPool[i]!, rng.int)),
      ...Array.from({ length: o.actors - chosen.size }, () => orgName(unique++)),
    ];
    const actors: Actor[] = names.map((name, i) => ({ id: `a${i}`, name, roles: [], tags: [] }));
    const actor = () => `a${Math.floor(rng.next() ** 2 * o.actors)}`;
    const datasets: Dataset[] = Array.from({ length: Math.ceil(o.actors / 5) }, (_, i) => ({
      id: `d${i}`,
      name: rng.next() < o.shared / 100 ? `Shared dataset ${rng.int(50)}` : `Dataset ${m}-${i}`,
      steward: actor(),
      heldBy: [...new Set([actor(), actor()])],
      sensitivity: rng.pick(sensitivities),
      access: rng.pick(accessLevels),
    }));
    const flows: Flow[] = Array.from({ length: o.flows }, (_, i) => {
      const kind = rng.next() < 0.6 ? 'data' : rng.pick(flowKinds);
      return { id: `f${i}`, from: actor(), to: actor(), kind, ...(kind === 'data' && { dataset: `d${rng.int(datasets.length)}` }) };
    });
    const map: EcosystemMap = { title: `Project ${m}`, actors, datasets, flows, notes: [] };
    return {
      workshop: { id: `w${m % 10}`, title: `Workshop ${m % 10}` },
      project: { id: `p${m}`, title: `Project ${m}` },
      board: { id: `b${m}`, title: `Map ${m}` },
      map,
    };
  });
}

export async function runAtlas(args: string[]): Promise<void> {
  const o = wholeNumberOptions(args, defaults, usage);
  const maps = benchAtlasMaps(o);
  const times: number[] = [];
  let summary = '';
  for (let run = 0; run < o.runs; run++) {
    const start = performance.now();
    const atlas = buildAtlas('Coventry', maps, []);
    times.push(performance.now() - start);
    summary = `${atlas.map.actors.length} atlas actors, ${atlas.map.flows.length} atlas flows, ${atlas.findings.length} findings, ${atlas.suggestions.length} suggestions`;
  }
  const s = summarize(times);
  const [load1, load5] = loadavg();
  console.log(`atlas: ${o.maps} maps × ${o.actors} actors, ${o.maps * o.flows} flows, ${o.shared} % shared (seed ${o.seed}) → ${summary}`);
  console.log(
    `  median of ${s.count} runs ${fixed(s.p50)} ms (fastest ${fixed(Math.min(...times))}, slowest ${fixed(s.max)}); target < 2000 ms`,
  );
  console.log(
    `  runs: ${times.map((t) => fixed(t)).join(', ')} ms · node ${process.version} · load ${fixed(load1!, 2)} / ${fixed(load5!, 2)} (1 / 5 min)`,
  );
}

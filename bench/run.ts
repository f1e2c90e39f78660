/**
 * Benchmark dispatcher: `npm run bench -- <name> [options]`, or
 * `node --import tsx bench/run.ts <name> [options]`. Benchmarks print figures; they assert
 * nothing and are not part of `npm test`.
 */
import { runAnalysis } from './analysis.js';
import { runAudience } from './audience.js';
import { runAtlas } from './atlas.js';
import { runCluster } from './cluster.js';
import { runKumu } from './kumu.js';
import { runSignIn } from './signIn.js';
import { runStall } from './stall.js';
import { runSync } from './sync.js';
import { runWorkshop } from './workshop.js';

const benches: Record<string, (args: string[]) => Promise<void>> = {
  sync: runSync,
  analysis: runAnalysis,
  atlas: runAtlas,
  kumu: runKumu,
  workshop: runWorkshop,
  'sign-in': runSignIn,
  cluster: runCluster,
  audience: runAudience,
  stall: runStall,
  map: (args) => import('./map.js').then((m) => m.runMap(args)), // loads Vite and Playwright only when asked
  'atlas-view': (args) => import('./atlasView.js').then((m) => m.runAtlasView(args)), // loads Vite and Playwright only when asked
  bundle: (args) => import('./bundle.js').then((m) => m.runBundle(args)),
};

/** Named in later issues; listed so a typo and a not-yet-written bench read differently. */
const planned: string[] = [];

async function main(): Promise<number> {
  const [name, ...args] = process.argv.slice(2);
  const known = Object.keys(benches).join(', ');
  if (!name || name === '--help' || name === '-h') {
    console.log(`usage: npm run bench -- <name> [options]\nbenchmarks: ${known}`);
    return name ? 0 : 2;
  }
  const bench = benches[name];
  if (!bench) {
    const why = planned.includes(name) ? `"${name}" is planned but not written yet` : `there is no benchmark called "${name}"`;
    console.error(`${why}. Available: ${known}.`);
    return 2;
  }
  await bench(args);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: Error) => {
    console.error(e.message);
    process.exit(1);
  },
);

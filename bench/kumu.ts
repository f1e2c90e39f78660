/**
 * `npm run bench -- kumu`: importing a 5,000-row Kumu workbook (target: under 3 s). "Rows" are
 * the rows Kumu itself reads, elements plus connections: by default 2,000 elements (actors) and
 * 3,000 connections (flows). Our writer adds the sheets Kumu has no place for (Datasets, Notes,
 * Map), so the file also carries 400 datasets and 200 notes, as a real export of such a map would.
 *
 * The workbook is written once with the project's own writer (`opencities export --format
 * kumu-xlsx`); each round then imports it through the same code as `opencities import` and the
 * HTTP import: `importBoardFile` (bytes → sheets → map, validated whole → a board document →
 * stored) into a fresh SQLite store. Also timed: the bytes → validated map step alone
 * (`parseBoardFile`), and the same map as the kumu-csv archive and as Kumu's own CSV pair
 * (elements.csv with --connections connections.csv). Medians over the rounds, after one warm-up.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { strToU8 } from 'fflate';
import { writeKumuCsvArchive, writeKumuCsvFiles } from '../src/domain/formats/index.js';
import { accessLevels, actorRoles, actorTypes, flowKinds, noteKinds, sensitivities } from '../src/domain/map/index.js';
import type { Actor, Dataset, EcosystemMap, Flow, MapNote } from '../src/domain/map/index.js';
import { importBoardFile, parseBoardFile, type ImportFile } from '../src/server/services/boardFiles.js';
import { createDemoWorkshop } from '../src/server/services/demoWorkshop.js';
import { writeKumuXlsx } from '../src/server/services/kumuXlsxWriter.js';
import { openStore } from '../src/server/store/index.js';
import { random } from './analysis.js';
import { wholeNumberOptions } from './options.js';
import { fixed, summarize } from './stats.js';

export interface KumuOptions {
  elements: number;
  connections: number;
  rounds: number;
  seed: number;
}

const defaults: KumuOptions = { elements: 2_000, connections: 3_000, rounds: 5, seed: 1 };
const usage = `usage: npm run bench -- kumu [--elements ${defaults.elements}] [--connections ${defaults.connections}] [--rounds ${defaults.rounds}] [--seed ${defaults.seed}]`;
/** The target for the whole import, in ms. */
const targetMs = 3_000;

function parseKumuOptions(args: string[]): KumuOptions {
  return wholeNumberOptions(args, defaults, usage);
}

/**
 * A map such as a workshop's Kumu export: every actor with a type, roles, a description, tags
 * and a place on the board; flows of every kind, data flows naming a dataset, some with a label
 * and frequency; datasets with stewards and holders; notes pinned to actors and flows.
 */
export function kumuBenchMap(options: KumuOptions): EcosystemMap {
  const rng = random(options.seed);
  const n = options.elements;
  const actor = () => `a${Math.floor(rng.next() ** 2 * n)}`; // a few hubs, as real maps have
  const actors: Actor[] = Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    name: `Organisation ${i}`,
    type: rng.pick(actorTypes),
    roles: [...new Set([rng.pick(actorRoles), rng.pick(actorRoles)])],
    description: `Works with data on ${rng.pick(['transport', 'health', 'housing', 'air quality', 'energy'])} across the city.`,
    tags: rng.next() < 0.5 ? ['pilot'] : [],
    position: { x: (i % 40) * 320, y: Math.floor(i / 40) * 220 },
  }));
  const datasets: Dataset[] = Array.from({ length: Math.ceil(n / 5) }, (_, i) => ({
    id: `d${i}`,
    name: `Dataset ${i}`,
    steward: actor(),
    heldBy: [...new Set([actor(), actor()])],
    sensitivity: rng.pick(sensitivities),
    access: rng.pick(accessLevels),
    ...(rng.next() < 0.5 && { standard: 'CSV' }),
  }));
  const flows: Flow[] = Array.from({ length: options.connections }, (_, i) => {
    const kind = rng.next() < 0.6 ? 'data' : rng.pick(flowKinds);
    return {
      id: `f${i}`,
      from: actor(),
      to: actor(),
      kind,
      ...(kind === 'data' && { dataset: `d${rng.int(datasets.length)}` }),
      ...(rng.next() < 0.4 && { label: `exchange ${i}` }),
      ...(rng.next() < 0.3 && { frequency: rng.pick(['daily', 'weekly', 'monthly']) }),
    };
  });
  const notes: MapNote[] = Array.from({ length: Math.ceil(n / 10) }, (_, i) => ({
    id: `n${i}`,
    text: `Note ${i}: who else holds this?`,
    kind: rng.pick(noteKinds),
    target: rng.next() < 0.5 ? actor() : `f${rng.int(flows.length)}`,
    author: `Group ${1 + rng.int(5)}`,
  }));
  return { id: 'bench-kumu', title: `Kumu bench map (seed ${options.seed})`, actors, datasets, flows, notes };
}

interface Case {
  name: string;
  file: ImportFile;
  connections?: ImportFile;
  bytes: number;
}

const loadAverage = async () =>
  (await import('node:fs/promises')).readFile('/proc/loadavg', 'utf8').then(
    (text) => text.split(' ').slice(0, 3).join(' '),
    () => 'unknown (no /proc/loadavg)',
  );

export async function runKumu(args: string[]): Promise<void> {
  const options = parseKumuOptions(args);
  console.log(`kumu: load average at start ${await loadAverage()} · node ${process.version}`);
  const map = kumuBenchMap(options);
  const xlsx = await writeKumuXlsx(map);
  const archive = writeKumuCsvArchive(map);
  const csv = writeKumuCsvFiles(map);
  const cases: Case[] = [
    { name: 'xlsx workbook', file: { name: 'bench.xlsx', data: xlsx }, bytes: xlsx.length },
    { name: 'kumu-csv archive (.zip)', file: { name: 'bench.zip', data: archive }, bytes: archive.length },
    {
      name: 'CSV pair (elements + connections)',
      file: { name: 'elements.csv', data: strToU8(csv.elements) },
      connections: { name: 'connections.csv', data: strToU8(csv.connections) },
      bytes: csv.elements.length + csv.connections.length,
    },
  ];
  console.log(
    `  map: ${map.actors.length} elements + ${map.flows.length} connections = ${map.actors.length + map.flows.length} Kumu rows; also ${map.datasets.length} datasets, ${map.notes.length} notes (seed ${options.seed})`,
  );

  const dataDir = mkdtempSync(join(tmpdir(), 'ocs-bench-kumu-'));
  const store = await openStore({ dataDir });
  try {
    const workshopId = (await createDemoWorkshop(store, new Date())).workshop.id;
    const rows: string[][] = [];
    for (const c of cases) {
      const parse: number[] = [];
      const whole: number[] = [];
      // One warm-up round (module loading, JIT), then the measured ones.
      for (let round = 0; round <= options.rounds; round++) {
        let start = performance.now();
        const parsed = await parseBoardFile(c.file, c.connections);
        const parseMs = performance.now() - start;
        if (parsed.kind !== 'ecosystem-map') throw new Error(`${c.name}: read as a ${parsed.kind}`);
        start = performance.now();
        await importBoardFile(store, { workshopId, file: c.file, connections: c.connections, now: new Date() });
        const wholeMs = performance.now() - start;
        if (round > 0) {
          parse.push(parseMs);
          whole.push(wholeMs);
        }
      }
      const p = summarize(parse);
      const w = summarize(whole);
      rows.push([
        c.name,
        `${fixed(c.bytes / 1024, 0)} kB`,
        `${fixed(p.p50, 0)} (${fixed(Math.min(...parse), 0)}–${fixed(p.max, 0)})`,
        `${fixed(w.p50, 0)} (${fixed(Math.min(...whole), 0)}–${fixed(w.max, 0)})`,
        w.p50 < targetMs ? 'met' : 'missed',
      ]);
    }
    console.log(`  medians of ${options.rounds} rounds after a warm-up, ms (fastest–slowest); target: whole import < ${targetMs} ms`);
    const headings = ['file', 'size', 'bytes → validated map', 'whole import (→ stored board)', 'target'];
    const widths = headings.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    for (const row of [headings, ...rows]) console.log(`  ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')}`);
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(`  load average at end ${await loadAverage()}`);
}

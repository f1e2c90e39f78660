import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readKumuCsvArchive } from '../../src/domain/formats/index.js';
import { readMapFile, sortMapById } from '../../src/domain/map/index.js';
import type { EcosystemMap, ReadMapResult } from '../../src/domain/map/index.js';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import { readKumuXlsx } from '../../src/server/services/kumuXlsxReader.js';
import { e2eRequired } from '../setup/optional.js';
import { runCli } from '../support/cliProcess.js';
import { testStore } from '../support/stores.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/**
 * Other tools' formats through the CLI (formats/interop.md): each format exported from a board
 * and imported back to an equal map, files from other programs imported, bad files refused
 * whole with nothing created; and a common graph tool (NetworkX) reading our GraphML.
 */

const fixture = (path: string) => join(import.meta.dirname, '..', 'fixtures', path);
const golden = (): EcosystemMap => mapOf(readMapFile(readFileSync(fixture('ecosystem-map/v1-air-quality.json'), 'utf8')));
const cliEntry = fileURLToPath(new URL('../../src/cli/run.ts', import.meta.url));

function mapOf(result: ReadMapResult): EcosystemMap {
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
  return result.map;
}

/** `opencities ARGS` with standard output as bytes (runCli decodes it as text, which would spoil a workbook). */
function runCliBytes(args: string[]): { status: number | null; stdout: Uint8Array; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', cliEntry, ...args], { timeout: 60_000 });
  return { status: r.status, stdout: new Uint8Array(r.stdout), stderr: r.stderr.toString('utf8') };
}

/** A python3 that has NetworkX (Debian's python3-networkx, or one on PATH), else null. */
function pythonWithNetworkx(): string | null {
  for (const python of ['python3', '/usr/bin/python3'])
    if (spawnSync(python, ['-c', 'import networkx'], { timeout: 30_000 }).status === 0) return python;
  return null;
}

// Each CLI run starts Node and opens the store (a few seconds on a busy machine); some tests run several.
describe('interop formats through opencities import and export', { timeout: 120_000 }, () => {
  const handle = testStore('sqlite');
  const dir = mkdtempSync(join(tmpdir(), 'ocs-interop-'));
  let workshopId: string;
  let goldenBoard: string;
  let t: TestServer;
  const cli = (args: string[]) => runCli([...args, ...handle.cliArgs]);
  const importFile = (path: string, extra: string[] = []) => {
    const r = cli(['import', path, ...extra, '--workshop', workshopId, '--json']);
    expect(r.status, r.stderr).toBe(0);
    return JSON.parse(r.stdout).board as { id: string; kind: string; title: string };
  };
  const exportJson = (boardId: string) => {
    const r = cli(['export', '--board', boardId, '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    return mapOf(readMapFile(r.stdout));
  };

  beforeAll(async () => {
    t = await startTestServer('sqlite', {}, handle);
    workshopId = (await createDemoWorkshop(t.store, new Date())).workshop.id;
    goldenBoard = importFile(fixture('ecosystem-map/v1-air-quality.json')).id;
  });
  afterAll(() => t.dispose());

  it('kumu-xlsx: written with --out and to standard output; the workbook imports back to an equal map', async () => {
    const out = join(dir, 'air.xlsx');
    const written = cli(['export', '--board', goldenBoard, '--format', 'kumu-xlsx', '--out', out]);
    expect(written.status, written.stderr).toBe(0);
    const board = importFile(out);
    expect(board).toMatchObject({ kind: 'ecosystem-map', title: 'Air quality sensing' });
    expect(exportJson(board.id)).toEqual(sortMapById(golden()));
    const piped = runCliBytes(['export', '--board', goldenBoard, '--format', 'kumu-xlsx', ...handle.cliArgs]);
    expect(piped.status, piped.stderr).toBe(0);
    expect([...piped.stdout.slice(0, 2)]).toEqual([0x50, 0x4b]); // a zip package, byte for byte
    expect(sortMapById(mapOf(await readKumuXlsx(piped.stdout, 'piped.xlsx')))).toEqual(sortMapById(golden()));
  });

  it('kumu-csv: a .zip of the CSV files, to a file or standard output, imported back whole', () => {
    const out = join(dir, 'air.zip');
    expect(cli(['export', '--board', goldenBoard, '--format', 'kumu-csv', '--out', out]).status).toBe(0);
    expect(exportJson(importFile(out).id)).toEqual(sortMapById(golden()));
    const piped = runCliBytes(['export', '--board', goldenBoard, '--format', 'kumu-csv', ...handle.cliArgs]);
    expect(sortMapById(mapOf(readKumuCsvArchive(piped.stdout, 'piped.zip')))).toEqual(sortMapById(golden()));
  });

  it('Kumu CSV files: an elements file with --connections gives the actors and flows', () => {
    const board = importFile(fixture('kumu/v1-air-quality/elements.csv'), [
      '--connections',
      fixture('kumu/v1-air-quality/connections.csv'),
    ]);
    // No Map sheet: the board is named after the file.
    expect(board.title).toBe('elements');
    const map = exportJson(board.id);
    expect(map.actors).toEqual(sortMapById(golden()).actors);
    expect(map.flows).toEqual(sortMapById(golden()).flows);
    const hand = exportJson(
      importFile(fixture('kumu/kumu-labels-elements.csv'), ['--connections', fixture('kumu/kumu-labels-connections.csv')]).id,
    );
    expect(hand.flows).toHaveLength(4);
  });

  it('a Kumu workbook written by a spreadsheet program (LibreOffice) imports', () => {
    const board = importFile(fixture('kumu/kumu-spreadsheet-app.xlsx'));
    expect(board.title).toBe('kumu-spreadsheet-app');
    const map = exportJson(board.id);
    expect(map.actors.map((a) => a.name).sort()).toEqual(['AirSense Ltd', 'City Council', 'City University', 'Residents']);
    expect(map.flows.map((f) => f.kind)).toEqual(['data', 'data', 'value', 'money', 'data']);
  });

  it('graphml: exported and imported back equal; a NetworkX file imports; mermaid is a flowchart', () => {
    const out = join(dir, 'air.graphml');
    expect(cli(['export', '--board', goldenBoard, '--format', 'graphml', '--out', out]).status).toBe(0);
    expect(exportJson(importFile(out).id)).toEqual(sortMapById(golden()));
    expect(exportJson(importFile(fixture('graphml/networkx-undirected.graphml')).id).flows).toHaveLength(3);
    const mermaid = cli(['export', '--board', goldenBoard, '--format', 'mermaid']);
    expect(mermaid.status, mermaid.stderr).toBe(0);
    expect(mermaid.stdout.split('\n')[0]).toBe('flowchart LR');
    expect(mermaid.stdout.match(/-->/g)).toHaveLength(11);
  });

  it('bad files of every format are refused whole, one line naming the place; nothing is created', async () => {
    const before = (await t.store.listBoards(workshopId)).length;
    const refused = (args: string[], place: RegExp) => {
      const r = cli(['import', ...args, '--workshop', workshopId]);
      expect(r.status, r.stdout).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(place);
    };
    refused([fixture('kumu/kumu-formula.xlsx')], /kumu-formula\.xlsx: Elements row 3, Label \(cell A3\): is a formula/);
    const connections = join(dir, 'connections.csv');
    writeFileSync(connections, 'From,To\r\nvendor,council\r\nvendr,council\r\n');
    refused(
      [fixture('kumu/v1-air-quality/elements.csv'), '--connections', connections],
      /connections\.csv row 3, From: no element has the id or label "vendr"/,
    );
    const notZip = join(dir, 'map.zip');
    writeFileSync(notZip, 'not a zip');
    refused([notZip], /map\.zip: is not a zip archive of Kumu CSV files/);
    const graphml = join(dir, 'bad.graphml');
    writeFileSync(
      graphml,
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n<graph edgedefault="directed">\n<node id="a"/>\n<edge source="a" target="b"/>\n</graph>\n</graphml>\n',
    );
    refused([graphml], /bad\.graphml: edge 1, target: no node has the id "b" \(line 4\)/);
    const latin1 = join(dir, 'latin1.csv');
    writeFileSync(latin1, Buffer.from([0x4c, 0x61, 0x62, 0x65, 0x6c, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x0a]));
    refused([latin1], /latin1\.csv: is not UTF-8 text/);
    refused(
      [fixture('ecosystem-map/v1-air-quality.json'), '--connections', connections],
      /a connections file goes with a Kumu elements CSV file/,
    );
    expect((await t.store.listBoards(workshopId)).length).toBe(before);
    const wrong = cli(['export', '--board', goldenBoard, '--format', 'pdf']);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/a ecosystem-map board exports as json, kumu-xlsx, kumu-csv, graphml, mermaid, svg, png, not "pdf"/);
  });

  const python = pythonWithNetworkx();
  if (!python) {
    const bar = '!'.repeat(78);
    console.warn(
      `\n${bar}\nSKIPPED — NetworkX reading our GraphML: no python3 with networkx (apt-get install -y python3-networkx)\n${bar}\n`,
    );
  }
  it.runIf(python !== null || e2eRequired())('a GraphML export is read by NetworkX: every node and edge, with their fields', () => {
    if (!python) throw new Error('E2E=required but no python3 with networkx: apt-get install -y python3-networkx');
    const out = join(dir, 'for-networkx.graphml');
    expect(cli(['export', '--board', goldenBoard, '--format', 'graphml', '--out', out]).status).toBe(0);
    const script = [
      'import json, sys',
      'import networkx as nx',
      'g = nx.read_graphml(sys.argv[1])',
      'print(json.dumps({"directed": g.is_directed(), "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),',
      '  "council": g.nodes["council"], "upload": [d for _, _, d in g.edges(data=True) if d.get("label") == "hourly upload"],',
      '  "ends": sorted([u, v] for u, v in g.edges()), "title": g.graph.get("title")}))',
    ].join('\n');
    const r = spawnSync(python, ['-c', script, out], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    const seen = JSON.parse(r.stdout);
    const map = golden();
    expect(seen).toMatchObject({ directed: true, nodes: map.actors.length, edges: map.flows.length, title: 'Air quality sensing' });
    expect(seen.council).toEqual({
      name: 'City Council',
      type: 'public',
      roles: 'steward|user',
      description: map.actors[0]?.description,
      skills: map.actors[0]?.skills,
      tags: 'transport',
      x: 120,
      y: 80,
    });
    expect(seen.ends).toEqual(map.flows.map((f) => [f.from, f.to]).sort());
    expect(seen.upload).toEqual([expect.objectContaining({ kind: 'data', dataset: 'readings', frequency: 'hourly', access: 'shared' })]);
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addActor } from '../../src/doc/map/index.js';
import { readCanvasFile } from '../../src/domain/canvas/index.js';
import { readMapFile, sortMapById } from '../../src/domain/map/index.js';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import { runCli } from '../support/cliProcess.js';
import { testStore } from '../support/stores.js';
import { acknowledged, api, openSynced, startTestServer, type TestServer } from '../support/testServer.js';

const fixture = (path: string) => join(import.meta.dirname, '..', 'fixtures', path);

describe('opencities import and export', () => {
  const handle = testStore('sqlite');
  let workshopId: string;
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer('sqlite', {}, handle);
    workshopId = (await createDemoWorkshop(t.store, new Date())).workshop.id;
  });
  afterAll(() => t.dispose());

  it('imports the golden map and exports it back equal (ids and unknown fields kept)', () => {
    const imported = runCli([
      'import',
      fixture('ecosystem-map/v1-air-quality.json'),
      '--workshop',
      workshopId,
      '--json',
      ...handle.cliArgs,
    ]);
    expect(imported.status, imported.stderr).toBe(0);
    const { board } = JSON.parse(imported.stdout);
    expect(board.kind).toBe('ecosystem-map');
    const exported = runCli(['export', '--board', board.id, '--format', 'json', ...handle.cliArgs]);
    expect(exported.status, exported.stderr).toBe(0);
    const original = readMapFile(readFileSync(fixture('ecosystem-map/v1-air-quality.json'), 'utf8'));
    const back = readMapFile(exported.stdout);
    expect(back.ok && original.ok).toBe(true);
    // A board keeps elements by id, not in file order: lists come back sorted by id (docs/formats.md).
    if (back.ok && original.ok) expect(back.map).toEqual(sortMapById(original.map));
  });

  it('exports a map as an SVG picture with its legend and as a PNG', () => {
    const imported = runCli([
      'import',
      fixture('ecosystem-map/v1-air-quality.json'),
      '--workshop',
      workshopId,
      '--json',
      ...handle.cliArgs,
    ]);
    const { board } = JSON.parse(imported.stdout);
    const svg = runCli(['export', '--board', board.id, '--format', 'svg', ...handle.cliArgs]);
    expect(svg.status, svg.stderr).toBe(0);
    expect(svg.stdout).toMatch(/<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.stdout).toContain('City Council');
    expect(svg.stdout).toMatch(/Legend/i);
    const out = join(mkdtempSync(join(tmpdir(), 'ocs-png-')), 'map.png');
    expect(runCli(['export', '--board', board.id, '--format', 'png', '--out', out, ...handle.cliArgs]).status).toBe(0);
    expect([...readFileSync(out).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it('imports the golden canvas and exports it as JSON and Markdown with the ODI credit', () => {
    const imported = runCli([
      'import',
      fixture('ethics-canvas/v1-air-quality.json'),
      '--workshop',
      workshopId,
      '--json',
      ...handle.cliArgs,
    ]);
    expect(imported.status, imported.stderr).toBe(0);
    const { board } = JSON.parse(imported.stdout);
    expect(board.kind).toBe('ethics-canvas');
    const out = join(mkdtempSync(join(tmpdir(), 'ocs-export-')), 'canvas.json');
    expect(runCli(['export', '--board', board.id, '--format', 'json', '--out', out, ...handle.cliArgs]).status).toBe(0);
    const back = readCanvasFile(readFileSync(out, 'utf8'));
    const original = readCanvasFile(readFileSync(fixture('ethics-canvas/v1-air-quality.json'), 'utf8'));
    expect(back.ok && original.ok).toBe(true);
    if (back.ok && original.ok) expect(back.canvas).toEqual(original.canvas);
    const md = runCli(['export', '--board', board.id, '--format', 'md', ...handle.cliArgs]);
    expect(md.stdout).toMatch(/Open Data Institute/);
  });

  it('export gives the live state: an acknowledged edit is there while the server runs', async () => {
    const demo = await createDemoWorkshop(t.store, new Date());
    const map = demo.boards.find((b) => b.kind === 'ecosystem-map')!;
    const { token } = (await api(t.base, 'POST', '/api/join', { invite: demo.invites.participant.code, name: 'L', organisation: '' })).json;
    const client = await openSynced(t.collabUrl, map.id, token);
    addActor(client.doc, { id: 'fire', name: 'Fire and Rescue Service', type: 'public', roles: ['reuser'], tags: [] });
    await acknowledged(client);
    const exported = runCli(['export', '--board', map.id, '--format', 'json', ...handle.cliArgs]);
    client.destroy();
    expect(exported.status, exported.stderr).toBe(0);
    expect(JSON.parse(exported.stdout).actors.map((a: { name: string }) => a.name)).toEqual(['Fire and Rescue Service']);
  });

  it('E2/E3: a bad file is refused whole with its place named, and nothing is created', async () => {
    const before = (await t.store.listBoards(workshopId)).length;
    const dir = mkdtempSync(join(tmpdir(), 'ocs-bad-'));
    const bad = join(dir, 'dangling.json');
    const golden = JSON.parse(readFileSync(fixture('ecosystem-map/v1-air-quality.json'), 'utf8'));
    golden.flows[2].to = 'vendr';
    writeFileSync(bad, JSON.stringify(golden, null, 2));
    const r = runCli(['import', bad, '--workshop', workshopId, ...handle.cliArgs]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/flows\[2\]\.to: no actor with id "vendr" \(line \d+\)/);
    const notJson = join(dir, 'notes.json');
    writeFileSync(notJson, '{ "format": "opencities/ecosystem-map", ');
    expect(runCli(['import', notJson, '--workshop', workshopId, ...handle.cliArgs]).stderr).toMatch(/notes\.json: .*line 1/);
    expect(runCli(['import', join(dir, 'missing.json'), '--workshop', workshopId, ...handle.cliArgs]).stderr).toMatch(/no such file/);
    expect(runCli(['export', '--board', 'bd_nope', '--format', 'json', ...handle.cliArgs]).stderr).toMatch(/no board with id "bd_nope"/);
    expect((await t.store.listBoards(workshopId)).length).toBe(before);
  });
});

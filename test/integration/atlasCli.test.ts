import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cliProcess.js';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'ecosystem-map', 'v1-air-quality.json');
const airQuality = JSON.parse(readFileSync(fixture, 'utf8')) as { actors: { name: string }[]; flows: unknown[] };

function ok(args: string[]): string {
  const r = runCli(args);
  if (r.status !== 0) throw new Error(`opencities ${args.join(' ')}: ${r.status} ${r.stderr}`);
  return r.stdout;
}

describe('opencities atlas (T1, T2, T12, T13)', () => {
  const data = mkdtempSync(join(tmpdir(), 'ocs-atlas-'));
  const workshop = () => (JSON.parse(ok(['demo', '--json', '--data', data])) as { workshop: { id: string } }).workshop.id;
  let coventry1 = '';
  let coventry2 = '';

  // Each CLI run is a process of its own: on a loaded machine, seconds each.
  beforeAll(() => {
    coventry1 = workshop();
    coventry2 = workshop();
    const leeds = workshop();
    ok(['import', fixture, '--workshop', coventry1, '--data', data]);
    ok(['import', fixture, '--workshop', coventry2, '--data', data]);
    const other = join(data, 'leeds.json');
    writeFileSync(
      other,
      JSON.stringify({
        format: 'opencities/ecosystem-map',
        version: 1,
        title: 'Leeds',
        actors: [{ id: 'x', name: 'Leeds only' }],
        flows: [],
      }),
    );
    ok(['import', other, '--workshop', leeds, '--data', data]);
    ok(['admin', 'set-city', coventry1, 'Coventry', '--data', data]);
    ok(['admin', 'set-city', coventry2, '  coventry ', '--data', data]);
    ok(['admin', 'set-city', leeds, 'Leeds', '--data', data]);
  }, 300_000);

  it('the same map in two workshops of one city: each actor once with both sources; another city left out', () => {
    const out = join(data, 'atlas.json');
    const r = runCli(['atlas', '--city', 'COVENTRY', '--out', out, '--data', data]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^Coventry: ${airQuality.actors.length} actors, ${airQuality.flows.length} flows`, 'm'));
    const atlas = JSON.parse(readFileSync(out, 'utf8')) as { format: string; actors: { name: string; sources: { workshop: string }[] }[] };
    expect(atlas.format).toBe('opencities/ecosystem-map');
    expect(atlas.actors.map((a) => a.name).sort()).toEqual(airQuality.actors.map((a) => a.name).sort());
    for (const actor of atlas.actors) expect(actor.sources.map((s) => s.workshop).sort()).toEqual([coventry1, coventry2].sort());
    expect(atlas.actors.map((a) => a.name)).not.toContain('Leeds only');

    // The JSON is a map file: analyze reads it.
    const findings = JSON.parse(ok(['analyze', out, '--format', 'json'])) as { metrics: { actors: number } };
    expect(findings.metrics.actors).toBe(airQuality.actors.length);
  }, 120_000);

  it('writes the dataset register as CSV and DCAT, and the map as GraphML and Mermaid', () => {
    expect(ok(['atlas', '--city', 'Coventry', '--format', 'csv', '--data', data])).toMatch(/^Name,Description,Steward,Holders,Projects/);
    const dcat = JSON.parse(ok(['atlas', '--city', 'Coventry', '--format', 'dcat', '--data', data])) as {
      '@type': string;
      'dcat:dataset': unknown[];
    };
    expect(dcat['@type']).toBe('dcat:Catalog');
    expect(dcat['dcat:dataset'].length).toBeGreaterThan(0);
    expect(ok(['atlas', '--city', 'Coventry', '--format', 'graphml', '--data', data])).toContain('<graphml');
    expect(ok(['atlas', '--city', 'Coventry', '--format', 'mermaid', '--data', data])).toMatch(/^flowchart LR/);
  }, 120_000);

  it('a city with no maps gives an empty atlas that says how to fill it; bad input is a one-line user error', () => {
    const r = runCli(['atlas', '--city', 'Atlantis', '--data', data]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/Atlantis has no workshops yet.*set-city WORKSHOP "Atlantis"/);
    expect(JSON.parse(r.stdout)).toMatchObject({ format: 'opencities/ecosystem-map', actors: [], flows: [] });
    const bad = runCli(['atlas', '--city', 'Coventry', '--format', 'pdf', '--data', data]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/--format must be one of json, graphml, kumu-xlsx, mermaid, csv, dcat/);
    expect(runCli(['atlas', '--data', data]).stderr).toMatch(/--city "City" is required/);
    expect(runCli(['admin', 'set-city', 'ws_nope', 'Coventry', '--data', data]).stderr).toMatch(/no workshop with id "ws_nope"/);
  }, 120_000);
});

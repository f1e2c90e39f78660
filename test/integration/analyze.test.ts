import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cliProcess.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/findings/${name}`, import.meta.url));
const bikeShare = fixture('bike-share.json');

/**
 * The findings of test/fixtures/findings/bike-share.json, worked out by hand from the contract
 * (formats/ecosystem-map.md, "Findings"), not by running the code.
 */
const expectedFindings = [
  // Council: f1, f3, f5 and its self-loop f7 = 4 of 6. BikeCo: f1, f2, f6 = 3 of 6, exactly half.
  ['focal-point', 'warning', ['council'], 'City Council is on 4 of 6 flows: much of the ecosystem depends on this one actor'],
  ['focal-point', 'warning', ['operator'], 'BikeCo is on 3 of 6 flows: much of the ecosystem depends on this one actor'],
  // Dock status and Rider accounts name no standard; Trip records has GBFS.
  [
    'no-standard',
    'warning',
    ['f2'],
    'The data flow "live docks" of Dock status from BikeCo to Route App Ltd follows no standard: neither the flow nor its dataset names one',
  ],
  [
    'no-standard',
    'warning',
    ['f6'],
    'The data flow of Rider accounts from BikeCo to SafeRide Insurance follows no standard: neither the flow nor its dataset names one',
  ],
  // Trip records: held by BikeCo and the Council, and sent on by both.
  [
    'data-in-many-places',
    'warning',
    ['trips'],
    'The dataset Trip records is held by 2 actors (City Council, BikeCo) and flows out of 2 actors (City Council, BikeCo): copies in many places are harder to keep accurate and secure',
  ],
  // f1 takes the dataset's "shared"; f3 is open itself; f6 is shared and Rider accounts states no de-identification.
  [
    'personal-data-exposed',
    'warning',
    ['f1'],
    'The data flow "monthly trips" of Trip records from BikeCo to City Council is shared and carries personal data, pseudonymised: people could be identified',
  ],
  [
    'personal-data-exposed',
    'error',
    ['f3'],
    'The data flow of Trip records from City Council to City University is open and carries personal data, pseudonymised: people could be identified',
  ],
  [
    'personal-data-exposed',
    'warning',
    ['f6'],
    'The data flow of Rider accounts from BikeCo to SafeRide Insurance is shared and carries personal data, not de-identified: people could be identified',
  ],
  ['isolated-actor', 'warning', ['archive'], 'Records Office has no flows: it is on the map but exchanges nothing with anyone'],
  [
    'no-beneficiary',
    'warning',
    [],
    'None of its 6 actors has the role beneficiary or the type individuals: the map does not show who gains from the data',
  ],
  // Data graph: uni — council — operator — {app, insurer}.
  [
    'single-point-of-failure',
    'warning',
    ['council'],
    'City Council holds the data flows together: without it, the actors they link fall from 1 connected part into 2',
  ],
  [
    'single-point-of-failure',
    'warning',
    ['operator'],
    'BikeCo holds the data flows together: without it, the actors they link fall from 1 connected part into 3',
  ],
  ['one-way-value', 'info', ['operator'], 'BikeCo sends data on 3 flows but no flow of any kind comes back to it'],
  ['unknown-steward', 'info', ['riders'], 'The dataset Rider accounts has no steward: no one is named as looking after it'],
].map(([rule, severity, subjects, message]) => ({ rule, severity, subjects, message }));

describe('opencities analyze', () => {
  it('prints the findings document as JSON when the output is not a terminal', () => {
    const r = runCli(['analyze', bikeShare]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      format: 'opencities/findings',
      version: 1,
      map: 'Bike share',
      // 4 distinct pairs of 15 possible; degrees 3, 2, 1, 1, 1, 0: (0+1+2+2+2+3) / (5·4).
      metrics: { actors: 6, flows: 6, density: 4 / 15, components: 2, degreeCentralisation: 0.5 },
      findings: expectedFindings,
    });
    expect(runCli(['analyze', bikeShare, '--format', 'json']).stdout).toBe(r.stdout);
  });

  it('--format text: a readable list grouped by severity, errors first', () => {
    const r = runCli(['analyze', '--format', 'text', bikeShare]);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'Findings for "Bike share"',
      '6 actors, 6 flows, 2 connected parts; density 0.27, degree centralisation 0.50',
    ]);
    const headings = lines.filter((l) => /^\S.*\(\d+\)$/.test(l));
    expect(headings).toEqual(['Errors (1)', 'Warnings (11)', 'For information (2)']);
    expect(lines[lines.indexOf('Errors (1)') + 1]).toBe(`  - ${expectedFindings[6]!.message} [personal-data-exposed]`);
    for (const f of expectedFindings) expect(r.stdout).toContain(`  - ${f.message} [${f.rule}]`);
  });

  it('a bad file is one line naming the file, the field and the line; exit 1', () => {
    const bad = fixture('bad-flow-to.json');
    const r = runCli(['analyze', bad]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`opencities analyze: ${bad}: flows[0].to: no actor with id "vendr" (line 6)\n`);
  });

  it('a missing file, no file, or an unknown format: one line, exit 1', () => {
    for (const [args, message] of [
      [['analyze', fixture('nothing-here.json')], /cannot read .*nothing-here\.json: no such file/],
      [['analyze'], /name the map file to analyze/],
      [['analyze', bikeShare, '--format', 'xml'], /--format must be json or text, not "xml"/],
    ] as const) {
      const r = runCli([...args]);
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
  });

  it('--help shows the usage', () => {
    const r = runCli(['analyze', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^opencities analyze FILE \[--format json\|text\]/);
  });
});

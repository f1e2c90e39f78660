import { describe, expect, it } from 'vitest';
import { analyzeMap, findingsToText, indexMap, ruleGuidance, ruleIds, rules } from '../../../src/domain/analysis/index.js';
import { compareIds } from '../../../src/domain/map/index.js';
import type { EcosystemMap } from '../../../src/domain/map/index.js';
import { createPrng, type Prng } from '../../fuzz/prng.js';
import { actor, actors, dataset, flow, map } from './build.js';
import { randomEcosystem, ruleSeeds } from './randomEcosystem.js';

function shuffled<T>(rng: Prng, items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('analyzeMap', () => {
  it('the findings document: format, version, title, metrics, findings of exactly four fields', () => {
    const doc = analyzeMap(map({ actors: actors(2), flows: [flow('f1', 'a0', 'a1')] }));
    expect(Object.keys(doc)).toEqual(['format', 'version', 'map', 'metrics', 'findings']);
    expect(doc).toMatchObject({ format: 'opencities/findings', version: 1, map: 'Test map' });
    expect(Object.keys(doc.metrics)).toEqual(['actors', 'flows', 'density', 'components', 'degreeCentralisation']);
    for (const f of doc.findings) expect(Object.keys(f)).toEqual(['rule', 'severity', 'subjects', 'message']);
    expect(doc.findings.map((f) => f.rule)).toEqual(['no-standard', 'no-beneficiary', 'one-way-value']);
  });

  it('orders by rule as in the contract, then by subject id with numbers as numbers', () => {
    const flows = [10, 2, 20, 1].map((i) => flow(`f${i}`, 'a0', 'a1'));
    const doc = analyzeMap(map({ actors: [...actors(2), actor('z'), actor('b')], flows }));
    expect(doc.findings.map((f) => `${f.rule} ${f.subjects.join()}`)).toEqual([
      'focal-point a0',
      'focal-point a1',
      'no-standard f1',
      'no-standard f2',
      'no-standard f10',
      'no-standard f20',
      'isolated-actor b',
      'isolated-actor z',
      'no-beneficiary ',
      'one-way-value a0',
    ]);
  });

  it('a map with nothing in it: no beneficiary, and zero metrics', () => {
    expect(analyzeMap(map())).toEqual({
      format: 'opencities/findings',
      version: 1,
      map: 'Test map',
      metrics: { actors: 0, flows: 0, density: 0, components: 0, degreeCentralisation: 0 },
      findings: [expect.objectContaining({ rule: 'no-beneficiary', subjects: [] })],
    });
  });

  it(`is every rule's findings in order, the same whatever the order of the map's lists (seeds ${ruleSeeds[0]}–${ruleSeeds.at(-1)})`, () => {
    for (const seed of ruleSeeds) {
      const rng = createPrng(seed);
      const m = randomEcosystem(rng);
      const doc = analyzeMap(m);
      const byRule = ruleIds.flatMap((id) =>
        rules[id](m, indexMap(m)).sort((a, b) => compareIds(a.subjects[0] ?? '', b.subjects[0] ?? '')),
      );
      expect(doc.findings, `seed ${seed}`).toEqual(byRule);
      const reordered: EcosystemMap = {
        ...m,
        actors: shuffled(rng, m.actors),
        datasets: shuffled(rng, m.datasets).map((d) => ({ ...d, heldBy: shuffled(rng, d.heldBy) })),
        flows: shuffled(rng, m.flows),
      };
      expect(analyzeMap(reordered), `seed ${seed}`).toEqual(doc);
    }
  });

  it('every rule has guidance', () => {
    for (const id of ruleIds) expect(ruleGuidance[id].suggestion).not.toBe('');
  });
});

describe('findingsToText', () => {
  it('figures to 2 decimals, findings grouped by severity, most serious first, then what they mean', () => {
    const m = map({
      actors: [actor('clinic', { name: 'Clinic' }), actor('portal', { name: 'Portal', roles: ['beneficiary'] })],
      datasets: [dataset('visits', { name: 'Visits', steward: 'clinic', sensitivity: 'personal', standard: 'FHIR' })],
      flows: [flow('f1', 'clinic', 'portal', { dataset: 'visits', access: 'open' })],
    });
    expect(findingsToText(analyzeMap(m))).toBe(
      [
        'Findings for "Test map"',
        '2 actors, 1 flow, 1 connected part; density 1.00, degree centralisation 0.00',
        '',
        'Errors (1)',
        '  - The data flow of Visits from Clinic to Portal is open and carries personal data, not de-identified: people could be identified [personal-data-exposed]',
        '',
        'For information (1)',
        '  - Clinic sends data on 1 flow but no flow of any kind comes back to it [one-way-value]',
        '',
        'What they mean',
        `  Personal data shared or open [personal-data-exposed]: ${ruleGuidance['personal-data-exposed'].explanation} ${ruleGuidance['personal-data-exposed'].suggestion}`,
        `  Gives data, gets nothing back [one-way-value]: ${ruleGuidance['one-way-value'].explanation} ${ruleGuidance['one-way-value'].suggestion}`,
        '',
      ].join('\n'),
    );
  });

  it('says so when nothing applies, and rounds only the text', () => {
    const m = map({
      actors: [...actors(3), actor('p', { type: 'individuals' })],
      flows: [
        flow('f1', 'a0', 'a1', { kind: 'money' }),
        flow('f2', 'a1', 'a2', { kind: 'value' }),
        flow('f3', 'a2', 'p', { kind: 'service' }),
      ],
    });
    const doc = analyzeMap(m);
    expect(doc.findings).toEqual([]);
    expect(doc.metrics.density).toBe(0.5);
    expect(doc.metrics.degreeCentralisation).toBe(1 / 3);
    expect(findingsToText(doc)).toBe(
      'Findings for "Test map"\n4 actors, 3 flows, 1 connected part; density 0.50, degree centralisation 0.33\n\nNo findings: none of the rules applies to this map.\n',
    );
  });
});

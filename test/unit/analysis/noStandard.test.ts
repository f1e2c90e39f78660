import { describe, expect, it } from 'vitest';
import { noStandard } from '../../../src/domain/analysis/rules/noStandard.js';
import type { EcosystemMap } from '../../../src/domain/map/index.js';
import { actor, actors, dataset, flow, map } from './build.js';
import { expectSameAsReference, seedRange, type Expected } from './reference.js';

/** A data flow with no (non-blank) standard on itself nor on its dataset. */
function reference(m: EcosystemMap): Expected[] {
  const has = (s: string | undefined) => s !== undefined && s.trim().length > 0;
  return m.flows
    .filter((f) => f.kind === 'data' && !has(f.standard) && !has(m.datasets.find((d) => d.id === f.dataset)?.standard))
    .map((f) => ({ subject: f.id, severity: 'warning' }));
}

const subjects = (m: EcosystemMap) => noStandard(m).map((f) => f.subjects[0]);

describe('no-standard', () => {
  it('names the flow by its label, dataset and ends', () => {
    const m = map({
      actors: [actor('vendor', { name: 'AirSense Ltd' }), actor('council', { name: 'City Council' })],
      datasets: [dataset('readings', { name: 'Sensor readings' })],
      flows: [flow('f1', 'vendor', 'council', { dataset: 'readings', label: 'hourly upload' })],
    });
    expect(noStandard(m)).toEqual([
      {
        rule: 'no-standard',
        severity: 'warning',
        subjects: ['f1'],
        message:
          'The data flow "hourly upload" of Sensor readings from AirSense Ltd to City Council follows no standard: neither the flow nor its dataset names one',
      },
    ]);
  });

  it("a standard on the flow or on its dataset is enough; other kinds of flow don't need one", () => {
    const m = map({
      actors: actors(2),
      datasets: [dataset('d1', { standard: 'CSV' }), dataset('d2')],
      flows: [
        flow('f1', 'a0', 'a1', { standard: 'JSON' }),
        flow('f2', 'a0', 'a1', { dataset: 'd1' }),
        flow('f3', 'a0', 'a1', { dataset: 'd2', standard: 'GBFS' }),
        flow('f4', 'a0', 'a1', { dataset: 'd2' }),
        flow('f5', 'a0', 'a1'),
        flow('f6', 'a0', 'a1', { kind: 'money' }),
        flow('f7', 'a0', 'a1', { kind: 'service' }),
      ],
    });
    expect(subjects(m)).toEqual(['f4', 'f5']);
    expect(noStandard(m)[1]?.message).toBe('The data flow from A0 to A1 follows no standard: the flow names none and carries no dataset');
  });

  it('a blank standard names none', () => {
    const m = map({
      actors: actors(1),
      datasets: [dataset('d1', { standard: '  ' })],
      flows: [flow('f1', 'a0', 'a0', { standard: '' }), flow('f2', 'a0', 'a0', { dataset: 'd1' })],
    });
    expect(subjects(m)).toEqual(['f1', 'f2']);
    expect(noStandard(m)[0]?.message).toMatch(/^The data flow within A0 /);
  });

  it('a map with no flows has none', () => {
    expect(noStandard(map({ actors: actors(3), datasets: [dataset('d1')] }))).toEqual([]);
  });

  it(`agrees with the plain reading on random maps (${seedRange})`, () => {
    expectSameAsReference('no-standard', (m) => noStandard(m), reference);
  });
});

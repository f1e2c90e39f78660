import { describe, expect, it } from 'vitest';
import { personalDataExposed } from '../../../src/domain/analysis/rules/personalDataExposed.js';
import { accessLevels, deidentifications, sensitivities } from '../../../src/domain/map/index.js';
import type { AccessLevel, Deidentification, EcosystemMap, Sensitivity } from '../../../src/domain/map/index.js';
import { actor, actors, dataset, flow, map } from './build.js';
import { expectSameAsReference, seedRange, type Expected } from './reference.js';

/** The contract's conditions one by one, written out plainly. */
function reference(m: EcosystemMap): Expected[] {
  const out: Expected[] = [];
  for (const f of m.flows) {
    if (f.kind !== 'data') continue;
    const d = m.datasets.find((x) => x.id === f.dataset);
    if (!d) continue;
    if (d.sensitivity !== 'personal' && d.sensitivity !== 'special-category') continue;
    const deid = d.deidentification === undefined ? 'identifiable' : d.deidentification;
    if (deid !== 'identifiable' && deid !== 'pseudonymised') continue;
    const access = f.access !== undefined ? f.access : d.access;
    if (access === 'open') out.push({ subject: f.id, severity: 'error' });
    if (access === 'shared') out.push({ subject: f.id, severity: 'warning' });
  }
  return out;
}

function one(sensitivity?: Sensitivity, deidentification?: Deidentification, datasetAccess?: AccessLevel, flowAccess?: AccessLevel) {
  const d = dataset('d1', {
    ...(sensitivity && { sensitivity }),
    ...(deidentification && { deidentification }),
    ...(datasetAccess && { access: datasetAccess }),
  });
  return map({
    actors: actors(2),
    datasets: [d],
    flows: [flow('f1', 'a0', 'a1', { dataset: 'd1', ...(flowAccess && { access: flowAccess }) })],
  });
}
const severity = (m: EcosystemMap) => personalDataExposed(m)[0]?.severity ?? 'none';

describe('personal-data-exposed', () => {
  it('open personal data is an error, named with what it carries', () => {
    const m = map({
      actors: [actor('clinic', { name: 'Health Clinic' }), actor('portal', { name: 'Open Data Portal' })],
      datasets: [dataset('visits', { name: 'Clinic visits', sensitivity: 'special-category', deidentification: 'pseudonymised' })],
      flows: [flow('f1', 'clinic', 'portal', { dataset: 'visits', access: 'open', standard: 'CSV' })],
    });
    expect(personalDataExposed(m)).toEqual([
      {
        rule: 'personal-data-exposed',
        severity: 'error',
        subjects: ['f1'],
        message:
          'The data flow of Clinic visits from Health Clinic to Open Data Portal is open and carries special category data, pseudonymised: people could be identified',
      },
    ]);
  });

  it('every sensitivity, de-identification and access: error when open, warning when shared', () => {
    for (const s of sensitivities)
      for (const d of [...deidentifications, undefined])
        for (const a of accessLevels) {
          const exposed =
            (s === 'personal' || s === 'special-category') && (d === undefined || d === 'identifiable' || d === 'pseudonymised');
          const expected = !exposed || a === 'closed' ? 'none' : a === 'open' ? 'error' : 'warning';
          expect(severity(one(s, d, a)), `${s} ${d} ${a}`).toBe(expected);
        }
  });

  it('absent de-identification counts as identifiable', () => {
    expect(personalDataExposed(one('personal', undefined, 'shared'))[0]?.message).toMatch(
      /is shared and carries personal data, not de-identified/,
    );
  });

  it("the flow's access wins over its dataset's; with neither there is no finding", () => {
    expect(severity(one('personal', 'identifiable', 'open', 'closed'))).toBe('none');
    expect(severity(one('personal', 'identifiable', 'closed', 'open'))).toBe('error');
    expect(severity(one('personal', 'identifiable', 'open', 'shared'))).toBe('warning');
    expect(severity(one('personal', 'identifiable', undefined, 'shared'))).toBe('warning');
    expect(severity(one('personal', 'identifiable'))).toBe('none');
  });

  it('a dataset without a sensitivity, or a flow without a dataset, raises nothing', () => {
    expect(severity(one(undefined, 'identifiable', 'open'))).toBe('none');
    expect(personalDataExposed(map({ actors: actors(2), flows: [flow('f1', 'a0', 'a1', { access: 'open' })] }))).toEqual([]);
  });

  it(`agrees with the plain reading on random maps (${seedRange})`, () => {
    expectSameAsReference('personal-data-exposed', (m) => personalDataExposed(m), reference);
  });
});

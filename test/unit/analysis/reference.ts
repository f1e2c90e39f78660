import { expect } from 'vitest';
import type { Finding, Severity } from '../../../src/domain/analysis/index.js';
import type { EcosystemMap } from '../../../src/domain/map/index.js';
import { createPrng } from '../../fuzz/prng.js';
import { randomEcosystem, ruleSeeds } from './randomEcosystem.js';

/** What a naive reference says a rule raises: one entry per subject (no subject: ''). */
export interface Expected {
  subject: string;
  severity: Severity;
}

const key = (e: Expected) => `${e.severity} ${e.subject}`;

/**
 * Runs `rule` and its plain `reference` on every seeded random map and requires the same
 * findings (subject and severity, as sets). Also requires that the seeds reach both outcomes
 * often, so the comparison is not vacuous. Returns the maps where the rule raised something.
 */
export function expectSameAsReference(
  ruleId: string,
  rule: (map: EcosystemMap) => Finding[],
  reference: (map: EcosystemMap) => Expected[],
) {
  let raised = 0;
  for (const seed of ruleSeeds) {
    const map = randomEcosystem(createPrng(seed));
    const findings = rule(map);
    for (const f of findings) {
      expect(f.rule).toBe(ruleId);
      expect(f.subjects.length, `seed ${seed}`).toBeLessThanOrEqual(1);
      expect(f.message, `seed ${seed}`).not.toBe('');
    }
    const actual = findings.map((f) => key({ subject: f.subjects[0] ?? '', severity: f.severity })).sort();
    expect(actual, `seed ${seed}`).toEqual(reference(map).map(key).sort());
    if (findings.length > 0) raised++;
  }
  expect(raised, 'seeds where the rule raised something').toBeGreaterThan(ruleSeeds.length / 20);
  expect(ruleSeeds.length - raised, 'seeds where it raised nothing').toBeGreaterThan(ruleSeeds.length / 20);
}

export const seedRange = `seeds ${ruleSeeds[0]}–${ruleSeeds[ruleSeeds.length - 1]}`;

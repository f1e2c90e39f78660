import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleGuidance, ruleIds } from '../../../src/domain/analysis/index.js';
import { ruleWordKeys } from '../../../src/web/map/findings/ruleWords.js';

const catalogue = (locale: string) =>
  JSON.parse(readFileSync(join(process.cwd(), 'src', 'shared', 'i18n', 'catalogues', `${locale}.json`), 'utf8')) as Record<string, string>;

/**
 * The findings panel shows each rule's guidance from `map.findings.rule.` messages; the server's
 * text output and the report print the domain's English (src/domain/analysis/ruleGuidance.ts).
 * The English catalogue must hold the domain's words exactly, so the two never say different things.
 */
describe('F3: the rules’ guidance in the person’s language (map/findings/ruleWords.ts)', () => {
  it('has a title, an explanation and a suggestion for every rule, whose English is the domain’s', () => {
    const english = catalogue('en');
    for (const rule of ruleIds) {
      const keys = ruleWordKeys[rule];
      expect({ title: english[keys.title], explanation: english[keys.explanation], suggestion: english[keys.suggestion] }).toEqual(
        ruleGuidance[rule],
      );
    }
  });

  it('is translated in every language', () => {
    for (const locale of ['cy', 'de', 'fr', 'es']) {
      const own = catalogue(locale);
      for (const rule of ruleIds) for (const key of Object.values(ruleWordKeys[rule])) expect(own[key], `${locale} ${key}`).toBeTruthy();
    }
    expect(catalogue('de')[ruleWordKeys['focal-point'].title]).toBe('Ein Akteur im Mittelpunkt');
  });
});

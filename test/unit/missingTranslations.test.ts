import { describe, expect, it } from 'vitest';
import { missingTranslationLog } from '../../src/server/ops/missingTranslations.js';

describe('the cap on missing translations (SPEC F7)', () => {
  it('F7: past the cap of distinct pairs, one line says so and nothing more is logged', () => {
    const written: string[] = [];
    const report = missingTranslationLog(
      ({ locale, key }) => written.push(`${locale} ${key}`),
      (max) => written.push(`full at ${max}`),
      3,
    );
    for (const key of ['a.one', 'a.two', 'a.one', 'a.three', 'a.four', 'a.five', 'a.two']) report({ locale: 'cy', key });
    expect(written).toEqual(['cy a.one', 'cy a.two', 'cy a.three', 'full at 3']);
  });
});

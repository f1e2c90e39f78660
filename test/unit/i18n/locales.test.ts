import { describe, expect, it } from 'vitest';
import { isLocale, matchLocale } from '../../../src/web/i18n/locales.js';

describe('F1: the browser’s languages (navigator.languages) pick the interface’s', () => {
  it('takes the first language the interface speaks, by its primary subtag', () => {
    expect(matchLocale(['cy-GB', 'en-GB'])).toBe('cy');
    expect(matchLocale(['pt-BR', 'de-AT', 'fr'])).toBe('de');
    expect(matchLocale(['en-US', 'cy'])).toBe('en');
    expect(matchLocale(['ES'])).toBe('es');
  });

  it('finds none when the interface speaks none of them', () => {
    expect(matchLocale(['pt-BR', 'ja'])).toBeNull();
    expect(matchLocale([])).toBeNull();
  });

  it('knows only its own languages', () => {
    expect(isLocale('cy')).toBe(true);
    expect(isLocale('cy-GB')).toBe(false);
    expect(isLocale(null)).toBe(false);
  });
});

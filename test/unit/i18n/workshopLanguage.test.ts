import { afterEach, describe, expect, it } from 'vitest';
import { workshopLanguages } from '../../../src/domain/index.js';
import { locales } from '../../../src/web/i18n/locales.js';
import { initialLocale } from '../../../src/web/i18n/languageChoice.js';
import { inviteCodeOf } from '../../../src/web/i18n/workshopLanguage.js';

const global = globalThis as { window?: unknown };

/** A browser whose person chose `chosen` (localStorage `ocs-language`), or nobody chose. */
function browserWithChoice(chosen: string | null) {
  global.window = { localStorage: { getItem: (key: string) => (key === 'ocs-language' ? chosen : null) } };
}

describe('F6: the language a page opens in', () => {
  afterEach(() => {
    delete global.window;
  });

  it('the languages a workshop may be set to are the interface’s', () => {
    expect([...workshopLanguages]).toEqual([...locales]);
  });

  it('is the person’s choice, else the workshop’s, else the browser’s, else English', () => {
    browserWithChoice('de');
    expect(initialLocale(['en-GB'], 'cy')).toBe('de');
    browserWithChoice(null);
    expect(initialLocale(['en-GB'], 'cy')).toBe('cy');
    expect(initialLocale(['fr-FR', 'en'], null)).toBe('fr');
    expect(initialLocale(['pt-BR'], null)).toBe('en');
    expect(initialLocale(['pt-BR'])).toBe('en');
  });

  it('the join page’s address gives its invite code; no other page has one', () => {
    expect(inviteCodeOf('/join/AbC-12_x')).toBe('AbC-12_x');
    expect(inviteCodeOf('/join/AbC/')).toBe('AbC');
    expect(inviteCodeOf('/join/')).toBeNull();
    expect(inviteCodeOf('/w/ws_1')).toBeNull();
    expect(inviteCodeOf('/join/a/b')).toBeNull();
  });
});

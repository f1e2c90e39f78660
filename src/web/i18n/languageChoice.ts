import { isLocale, matchLocale, sourceLocale, type Locale } from './locales.js';
import { activateLocale } from './i18n.js';

const key = 'ocs-language';

/** The language this browser's person chose, if any (kept in localStorage: no profile on the server). */
export function chosenLocale(): Locale | null {
  try {
    const stored = window.localStorage.getItem(key);
    return isLocale(stored) ? stored : null;
  } catch {
    return null;
  }
}

/** Remembers a person's choice in this browser; a browser that refuses storage keeps it for this page only. */
export function rememberLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(key, locale);
  } catch {
    // Private mode or storage turned off: the choice lasts until the page is closed.
  }
}

/**
 * The language a page opens in (SPEC F6): the person's own choice in this browser, else the
 * workshop's language (the join page has it from the invite, workshop pages from the workshop),
 * else the browser's languages (navigator.languages, in order), else English.
 */
export function initialLocale(browserLanguages: readonly string[], workshopLanguage: Locale | null = null): Locale {
  return chosenLocale() ?? workshopLanguage ?? matchLocale(browserLanguages) ?? sourceLocale;
}

/**
 * A person picks a language: it is remembered in this browser at once (a page opened next, even
 * before this one has switched, opens in it) and the interface switches to it. If the language
 * cannot be loaded, the earlier choice is remembered again.
 */
export async function chooseLocale(locale: Locale): Promise<void> {
  const before = chosenLocale();
  rememberLocale(locale);
  try {
    await activateLocale(locale);
  } catch (e) {
    forgetChoiceOf(locale, before);
    throw e;
  }
}

function forgetChoiceOf(failed: Locale, before: Locale | null): void {
  if (chosenLocale() !== failed) return;
  try {
    if (before) window.localStorage.setItem(key, before);
    else window.localStorage.removeItem(key);
  } catch {
    // Storage turned off: nothing was kept.
  }
}

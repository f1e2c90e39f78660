import { setupI18n, type I18n, type Messages } from '@lingui/core';
import { compileCatalogue } from './compileCatalogue.js';

/** Values a message fills in: `{name}`, `{days, plural, …}`. */
export type TextValues = Record<string, string | number>;

/** One language's messages, ready to fill in. */
export type Translate<K extends string> = (key: K, values?: TextValues) => string;

const made = new WeakMap<object, I18n>();

/**
 * A catalogue (key → ICU MessageFormat, docs/i18n.md) of one language as a function that fills
 * its messages in, formatted by Lingui with `Intl`'s plural rules and numbers for `language`.
 * Compiled once per catalogue, with the same compiler as the web's; for text the server writes
 * (e-mails, published pages), where no browser compiles anything.
 */
export function catalogueText<K extends string>(catalogue: Record<K, string>, language: string): Translate<K> {
  let i18n = made.get(catalogue);
  if (!i18n) {
    const compiled = compileCatalogue(catalogue, language) as Messages;
    i18n = setupI18n({ locale: language, messages: { [language]: compiled } });
    made.set(catalogue, i18n);
  }
  const ready = i18n;
  return (key, values) => ready._(key, values);
}

/** The locale whose calendar writes a date in each language: British English for English. */
const dateLocales: Record<string, string> = { en: 'en-GB', cy: 'cy-GB', de: 'de-DE', fr: 'fr-FR', es: 'es-ES' };

/** An ISO date (or time) as a day, month and year in `language` ("16 March 2027", "16. März 2027"). */
export function dateInWords(iso: string, language: string): string {
  return new Date(iso).toLocaleDateString(dateLocales[language] ?? language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

import { setupI18n, type I18n, type Messages } from '@lingui/core';
import { workshopLanguageNames, type WorkshopLanguage } from '../../domain/index.js';
import { compileCatalogue } from '../../shared/i18n/compileCatalogue.js';
import { cy } from './messages/cy.js';
import { de } from './messages/de.js';
import { en, type MailCatalogue, type MailKey } from './messages/en.js';
import { es } from './messages/es.js';
import { fr } from './messages/fr.js';

const catalogues: Record<WorkshopLanguage, MailCatalogue> = { en, cy, de, fr, es };

/** The locale whose calendar writes an e-mail's dates: British English for English, as before. */
const dateLocales: Record<WorkshopLanguage, string> = { en: 'en-GB', cy: 'cy-GB', de: 'de-DE', fr: 'fr-FR', es: 'es-ES' };

/** The words of an e-mail in one language: its messages, its dates, the languages' own names. */
export interface MailText {
  readonly language: WorkshopLanguage;
  t(key: MailKey, values?: Record<string, string | number>): string;
  /** An ISO date (or time) as a day, month and year in the language ("16 March 2027", "16. März 2027"). */
  date(iso: string): string;
  /** A language by its own name ("Cymraeg"). */
  languageName(language: WorkshopLanguage): string;
}

const made = new Map<WorkshopLanguage, I18n>();

function linguiFor(language: WorkshopLanguage): I18n {
  let i18n = made.get(language);
  if (!i18n) {
    const compiled = compileCatalogue(catalogues[language], `mail/${language}`) as Messages;
    i18n = setupI18n({ locale: language, messages: { [language]: compiled } });
    made.set(language, i18n);
  }
  return i18n;
}

/**
 * The e-mails' text in `language` (SPEC F9): the server's own catalogues (src/server/mail/messages),
 * compiled once per language with the web's compiler, formatted by Lingui with `Intl`'s plural
 * rules and numbers. English when no language is given.
 */
export function mailText(language: WorkshopLanguage = 'en'): MailText {
  const i18n = linguiFor(language);
  return {
    language,
    t: (key, values) => i18n._(key, values),
    date: (iso) =>
      new Date(iso).toLocaleDateString(dateLocales[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    languageName: (l) => workshopLanguageNames[l],
  };
}

import { workshopLanguageNames, type WorkshopLanguage } from '../../domain/index.js';
import { catalogueText, dateInWords, type TextValues } from '../../shared/i18n/catalogueText.js';
import { cy } from './messages/cy.js';
import { de } from './messages/de.js';
import { en, type MailCatalogue, type MailKey } from './messages/en.js';
import { es } from './messages/es.js';
import { fr } from './messages/fr.js';

const catalogues: Record<WorkshopLanguage, MailCatalogue> = { en, cy, de, fr, es };

/** The words of an e-mail in one language: its messages, its dates, the languages' own names. */
export interface MailText {
  readonly language: WorkshopLanguage;
  t(key: MailKey, values?: TextValues): string;
  /** An ISO date (or time) as a day, month and year in the language ("16 March 2027", "16. März 2027"). */
  date(iso: string): string;
  /** A language by its own name ("Cymraeg"). */
  languageName(language: WorkshopLanguage): string;
}

/**
 * The e-mails' text in `language` (SPEC F9): the server's own catalogues (src/server/mail/messages).
 * English when no language is given.
 */
export function mailText(language: WorkshopLanguage = 'en'): MailText {
  return {
    language,
    t: catalogueText(catalogues[language], language),
    date: (iso) => dateInWords(iso, language),
    languageName: (l) => workshopLanguageNames[l],
  };
}

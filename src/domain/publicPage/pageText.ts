import { type BoardVocabulary, englishVocabulary } from '../boardVocabulary.js';
import { catalogueText, dateInWords, type Translate } from '../../shared/i18n/catalogueText.js';
import type { WorkshopLanguage } from '../workshop.js';
import { cy } from './messages/cy.js';
import { de } from './messages/de.js';
import { en, type PageCatalogue, type PageKey } from './messages/en.js';
import { es } from './messages/es.js';
import { fr } from './messages/fr.js';

const catalogues: Record<WorkshopLanguage, PageCatalogue> = { en, cy, de, fr, es };

/** A published page's words in one language (SPEC U11): its messages, its dates and the boards' vocabulary. */
export interface PageText {
  readonly language: WorkshopLanguage;
  readonly t: Translate<PageKey>;
  /** An ISO date or time as a day, month and year in the language. */
  date(iso: string): string;
  readonly words: BoardVocabulary;
}

/** The page's words in `language`, English when none is given; the boards' vocabulary as `words` gives it (English by default). */
export function pageText(language: WorkshopLanguage = 'en', words: BoardVocabulary = englishVocabulary): PageText {
  return { language, t: catalogueText(catalogues[language], language), date: (iso) => dateInWords(iso, language), words };
}

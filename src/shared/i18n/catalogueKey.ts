// The message catalogues' types only. Importing every language here also makes tsc copy the
// JSON files into dist/shared/i18n/catalogues, where the server reads them (src/server/i18n).
import type cy from './catalogues/cy.json';
import type de from './catalogues/de.json';
import type en from './catalogues/en.json';
import type es from './catalogues/es.json';
import type fr from './catalogues/fr.json';

/** A key of the message catalogues (src/shared/i18n/catalogues): every key of the English one. */
export type CatalogueKey = keyof typeof en;

/** The catalogue files as written, by language. */
export interface CatalogueFiles {
  en: typeof en;
  cy: typeof cy;
  de: typeof de;
  fr: typeof fr;
  es: typeof es;
}

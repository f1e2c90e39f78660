import { readFileSync } from 'node:fs';
import type { WorkshopLanguage } from '../../domain/index.js';
import type { CatalogueKey } from '../../shared/i18n/catalogueKey.js';
import { catalogueText, type Translate } from '../../shared/i18n/catalogueText.js';

/** src/shared/i18n/catalogues from src/server/i18n, and dist/shared/… from dist/server/… alike. */
const folder = new URL('../../shared/i18n/catalogues/', import.meta.url);

const made = new Map<WorkshopLanguage, Translate<CatalogueKey>>();

/**
 * The web's message catalogue of `language` (src/shared/i18n/catalogues, docs/i18n.md) for text
 * the server writes with the boards' vocabulary: canvas sections and statuses, the map's value
 * lists, the findings' rules and sentences, board kinds. Read and compiled the first time a
 * language is asked for, once per process (or worker thread); never a copy of those words.
 * Read from the file rather than imported: the test runner compiles imported catalogues for the
 * browser's code.
 */
export function boardCatalogue(language: WorkshopLanguage): Translate<CatalogueKey> {
  let text = made.get(language);
  if (!text) {
    const source = JSON.parse(readFileSync(new URL(`${language}.json`, folder), 'utf8')) as Record<CatalogueKey, string>;
    text = catalogueText(source, language);
    made.set(language, text);
  }
  return text;
}

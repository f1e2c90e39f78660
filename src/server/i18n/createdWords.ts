import { boardKindLabels, type BoardKind, type WorkshopLanguage } from '../../domain/index.js';
import { templateInWords, type WorkshopTemplate } from '../../domain/facilitation/index.js';
import { boardCatalogue } from './boardCatalogues.js';
import { boardWordKeys } from './boardWordKeys.js';

/**
 * The words the server writes into a workshop it makes (SPEC F6): they are the workshop's own
 * from then on, which people edit, so they are written once, in the language the workshop is
 * made in. They come from the web's message catalogues (the template picker shows the same
 * `templates.` messages; board kinds are `labels.board.`), read on the server as the report's
 * are. English is the domain's own words, as before, byte for byte.
 */

/** A shipped template with its title, description and activities' titles in `language`. */
export function templateIn(template: WorkshopTemplate, language: WorkshopLanguage): WorkshopTemplate {
  return language === 'en' ? template : templateInWords(template, boardCatalogue(language));
}

/** A board kind's name in `language` ("Ecosystem map", "Ökosystemkarte"), for a board's first title. */
export function boardKindNameIn(kind: BoardKind, language: WorkshopLanguage): string {
  return language === 'en' ? boardKindLabels[kind] : boardCatalogue(language)(boardWordKeys.boardKind(kind));
}

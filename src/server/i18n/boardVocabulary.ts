import type { WorkshopLanguage } from '../../domain/index.js';
import type { BoardVocabulary } from '../../domain/index.js';
import { pageText, type PageText } from '../../domain/publicPage/index.js';
import { boardCatalogue } from './boardCatalogues.js';
import { boardWordKeys as keys } from './boardWordKeys.js';
import { pictureWords } from './pictureWords.js';

/**
 * The boards' vocabulary in `language` (a published page's actor types, roles, flow kinds, the
 * datasets' value lists, the canvas's sections, statuses and credit: SPEC U11), from the boards'
 * own catalogues, as the web shows them.
 */
export function boardVocabulary(language: WorkshopLanguage): BoardVocabulary {
  const words = boardCatalogue(language);
  return {
    actorType: (type) => words(keys.actorType(type)),
    role: (role) => words(keys.role(role)),
    flowKind: (kind) => words(keys.flowKind(kind)),
    access: (level) => words(keys.access(level)),
    sensitivity: (sensitivity) => words(keys.sensitivity(sensitivity)),
    deidentification: (how) => words(keys.deidentification(how)),
    sectionTitle: (id) => words(keys.sectionTitle(id)),
    status: (status) => words(keys.status(status)),
    credit: words(keys.credit),
    picture: pictureWords(language),
  };
}

/** A published page's words in `language` (SPEC U11): its own messages and the boards' vocabulary. */
export function publicPageText(language: WorkshopLanguage): PageText {
  return pageText(language, boardVocabulary(language));
}

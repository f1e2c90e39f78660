import type { WorkshopLanguage } from '../../domain/index.js';
import { englishPictureWords, type PictureWords } from '../../domain/render/index.js';
import { catalogueText } from '../../shared/i18n/catalogueText.js';
import { boardCatalogue } from './boardCatalogues.js';
import { boardWordKeys as keys } from './boardWordKeys.js';
import { cy } from './picture/cy.js';
import { de } from './picture/de.js';
import { en, type PictureCatalogue } from './picture/en.js';
import { es } from './picture/es.js';
import { fr } from './picture/fr.js';

const catalogues: Record<WorkshopLanguage, PictureCatalogue> = { en, cy, de, fr, es };

/**
 * A map picture's words in `language` (src/domain/render `PictureWords`): the value lists'
 * names and "Legend" as the boards say them (their catalogues), the picture's own words from
 * picture/<code>.ts. English is the domain's own, byte for byte as pictures have always been.
 */
export function pictureWords(language: WorkshopLanguage = 'en'): PictureWords {
  if (language === 'en') return englishPictureWords;
  const words = boardCatalogue(language);
  const t = catalogueText(catalogues[language], language);
  return {
    actorType: (type) => words(type === undefined ? keys.typeNotSet : keys.actorType(type)),
    role: (role) => words(keys.role(role)),
    flowKind: (kind) => words(keys.flowKind(kind)),
    noteKind: (kind) => words(keys.noteKind(kind)),
    noName: t('noName'),
    untitled: t('untitled'),
    empty: t('empty'),
    legend: {
      title: words(keys.legendTitle),
      types: t('legend.types'),
      roles: t('legend.roles'),
      flows: t('legend.flows'),
      notes: t('legend.notes'),
    },
    title: (mapTitle) => t('title', { title: mapTitle }),
    summary: (counts) => t('summary', { ...counts }),
    counts: (counts) => t('counts', { ...counts }),
  };
}

/** The picture's own catalogues, for their checks (test/unit/pictureWords.test.ts). */
export const pictureCatalogues = catalogues;

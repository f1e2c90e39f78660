import { canvasCredit, sectionInfo, sectionStatusLabels, type SectionId, type SectionStatus } from '../canvas/index.js';
import {
  accessLevelLabels,
  actorRoleLabels,
  actorTypeLabels,
  deidentificationLabels,
  flowKindLabels,
  sensitivityLabels,
  type AccessLevel,
  type ActorRole,
  type ActorType,
  type Deidentification,
  type FlowKind,
  type Sensitivity,
} from '../map/index.js';
import { englishPictureWords, type PictureWords } from '../render/index.js';
import { catalogueText, dateInWords, type Translate } from '../../shared/i18n/catalogueText.js';
import type { WorkshopLanguage } from '../workshop.js';
import { cy } from './messages/cy.js';
import { de } from './messages/de.js';
import { en, type PageCatalogue, type PageKey } from './messages/en.js';
import { es } from './messages/es.js';
import { fr } from './messages/fr.js';

const catalogues: Record<WorkshopLanguage, PageCatalogue> = { en, cy, de, fr, es };

/**
 * The words a published page shares with the boards: the map's value lists and the canvas's
 * sections and statuses. The server gives them from the boards' own catalogues
 * (src/server/i18n/boardVocabulary.ts); here, the domain's English.
 */
export interface BoardVocabulary {
  actorType(type: ActorType): string;
  role(role: ActorRole): string;
  flowKind(kind: FlowKind): string;
  access(level: AccessLevel): string;
  sensitivity(sensitivity: Sensitivity): string;
  deidentification(how: Deidentification): string;
  sectionTitle(id: SectionId): string;
  status(status: SectionStatus): string;
  /** The canvas's credit (CC BY-SA), shown with its section titles. */
  credit: string;
  /** The map picture's words (its legend, cards and text alternative). */
  picture: PictureWords;
}

/** The boards' vocabulary in English, as the domain names it. */
export const englishVocabulary: BoardVocabulary = {
  actorType: (type) => actorTypeLabels[type],
  role: (role) => actorRoleLabels[role],
  flowKind: (kind) => flowKindLabels[kind],
  access: (level) => accessLevelLabels[level],
  sensitivity: (sensitivity) => sensitivityLabels[sensitivity],
  deidentification: (how) => deidentificationLabels[how],
  sectionTitle: (id) => sectionInfo(id).title,
  status: (status) => sectionStatusLabels[status],
  credit: canvasCredit,
  picture: englishPictureWords,
};

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

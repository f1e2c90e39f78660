import { canvasCredit, sectionInfo, sectionStatusLabels, type SectionId, type SectionStatus } from './canvas/index.js';
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
} from './map/index.js';
import { englishPictureWords, type PictureWords } from './render/index.js';

/**
 * The words that text written outside a board shares with the boards (a published page, the
 * report): the map's value lists, the canvas's sections, statuses and credit, and the map
 * picture's words. The server gives them in a language from the boards' own catalogues
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

import {
  actorRoleLabels,
  actorTypeLabels,
  flowKindLabels,
  noteKindLabels,
  type ActorRole,
  type ActorType,
  type FlowKind,
  type NoteKind,
} from '../map/index.js';

/** The counts a picture states: actors, flows and notes. */
export interface PictureCounts {
  actors: number;
  flows: number;
  notes: number;
}

/**
 * Every word a map picture draws or says that is not the map's own: the value lists' names,
 * the legend's headings, the header's counts and the text alternative. English by default
 * (`englishPictureWords`); the server gives them in a workshop's language from the boards'
 * catalogues (src/server/i18n/pictureWords.ts), so the picture in a Welsh report reads Welsh.
 */
export interface PictureWords {
  actorType(type: ActorType | undefined): string;
  role(role: ActorRole): string;
  flowKind(kind: FlowKind): string;
  noteKind(kind: NoteKind | undefined): string;
  /** An actor whose name is blank. */
  noName: string;
  /** A map whose title is blank. */
  untitled: string;
  /** What a map with nothing on it shows. */
  empty: string;
  legend: { title: string; types: string; roles: string; flows: string; notes: string };
  /** The picture's title for screen readers: "Ecosystem map: Air quality". */
  title(mapTitle: string): string;
  /** Its description for screen readers: "2 actors, 1 flow and 0 notes. The legend is below the map." */
  summary(counts: PictureCounts): string;
  /** The header's line under the title: "Ecosystem map · 2 actors · 1 flow · 0 notes". */
  counts(counts: PictureCounts): string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The picture's words as it has always drawn them. */
export const englishPictureWords: PictureWords = {
  actorType: (type) => (type === undefined ? 'Type not set' : actorTypeLabels[type]),
  role: (role) => actorRoleLabels[role],
  flowKind: (kind) => flowKindLabels[kind],
  noteKind: (kind) => (kind === undefined ? 'Note' : noteKindLabels[kind]),
  noName: '(no name)',
  untitled: 'Untitled map',
  empty: 'This map has no actors or notes yet.',
  legend: { title: 'Legend', types: 'Organisation type', roles: 'Role', flows: 'Flow', notes: 'Note' },
  title: (mapTitle) => `Ecosystem map: ${mapTitle}`,
  summary: ({ actors, flows, notes }) =>
    `${plural(actors, 'actor')}, ${plural(flows, 'flow')} and ${plural(notes, 'note')}. The legend is below the map.`,
  counts: ({ actors, flows, notes }) => `Ecosystem map · ${plural(actors, 'actor')} · ${plural(flows, 'flow')} · ${plural(notes, 'note')}`,
};

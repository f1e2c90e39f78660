/** The workshop as the tool models it (DESIGN.md): plain data, no behaviour. */

export const roles = ['facilitator', 'participant', 'observer'] as const;
export type Role = (typeof roles)[number];

export const boardKinds = ['ecosystem-map', 'ethics-canvas', 'reflection'] as const;
export type BoardKind = (typeof boardKinds)[number];

/**
 * Every live document of a workshop is stored as a board row: the boards people work on, and
 * one control document per workshop (agenda position, timer, spotlight, voting), which only
 * facilitators write and which no list of boards shows.
 */
export const controlDocumentKind = 'workshop-control';
export type DocumentKind = BoardKind | typeof controlDocumentKind;

export function isWorkBoard(board: { kind: DocumentKind }): board is { kind: BoardKind } {
  return board.kind !== controlDocumentKind;
}

export const boardKindLabels: Record<BoardKind, string> = {
  'ecosystem-map': 'Ecosystem map',
  'ethics-canvas': 'Data ethics canvas',
  reflection: 'Reflection',
};

export const activityKinds = ['plenary', 'ecosystem-mapping', 'presentations', 'ethics-canvas', 'reflection', 'break'] as const;
export type ActivityKind = (typeof activityKinds)[number];

/**
 * The languages a workshop may be set to (SPEC F6): those the interface speaks, by their
 * ISO 639-1 codes. The same list as src/web/i18n/locales.ts (a unit test keeps the two equal).
 */
export const workshopLanguages = ['en', 'cy', 'de', 'fr', 'es'] as const;
export type WorkshopLanguage = (typeof workshopLanguages)[number];

/**
 * The first of a person's languages (a browser's navigator.languages, or an Accept-Language
 * header's tags, in order of preference) that the interface speaks, by primary subtag: "cy-GB"
 * is Welsh, "de-AT" German. Null when none is.
 */
export function matchWorkshopLanguage(tags: readonly string[]): WorkshopLanguage | null {
  for (const tag of tags) {
    const primary = tag.trim().toLowerCase().split(/[-_;]/)[0];
    if ((workshopLanguages as readonly string[]).includes(primary ?? '')) return primary as WorkshopLanguage;
  }
  return null;
}

/** Each language's name in itself, as a language menu or an e-mail names it (never translated). */
export const workshopLanguageNames: Record<WorkshopLanguage, string> = {
  en: 'English',
  cy: 'Cymraeg',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
};

export interface Activity {
  id: string;
  title: string;
  kind: ActivityKind;
  minutes: number;
}

/** Times are ISO 8601 strings made by the caller's clock. */
export interface Workshop {
  id: string;
  title: string;
  description: string;
  meetingLink: string | null;
  ownerId: string | null;
  agenda: Activity[];
  createdAt: string;
  /**
   * The city the workshop belongs to, as typed (1–120 characters); absent: none. Workshops of
   * one city make its atlas (SPEC T1); cities compare by `cityKey`.
   */
  city?: string;
  /**
   * The language the facilitator set for the workshop (SPEC F6): what its pages open in for a
   * person who has not chosen one in their browser. Absent: not set (each browser decides).
   */
  language?: WorkshopLanguage;
}

/** The workshop with its language set, or removed when `language` is null (SPEC F6). */
export function withLanguage<W extends { language?: WorkshopLanguage }>(workshop: W, language: WorkshopLanguage | null): W {
  const { language: _old, ...rest } = workshop;
  return (language === null ? rest : { ...rest, language }) as W;
}

/** The workshop with its city set as typed, or removed when `city` is null or blank. */
export function withCity<W extends { city?: string }>(workshop: W, city: string | null): W {
  const { city: _old, ...rest } = workshop;
  const typed = city?.trim() ?? '';
  return (typed === '' ? rest : { ...rest, city: typed }) as W;
}

/**
 * The key two cities compare by (SPEC T1): case, accents' case forms and runs of spaces do not
 * matter ("  coventry " is "Coventry"); the city is still shown as typed.
 */
export function cityKey(city: string): string {
  return city.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export interface Project {
  id: string;
  workshopId: string;
  title: string;
}

export interface Group {
  id: string;
  workshopId: string;
  name: string;
  position: number;
  /** The project this group works on; null: none chosen (the workshop's first project applies, see groupProjectId). */
  projectId: string | null;
}

/** A person in a workshop. Only what the workshop needs: a name and an organisation. */
export interface Participant {
  id: string;
  workshopId: string;
  name: string;
  organisation: string;
  role: Role;
  groupId: string | null;
  createdAt: string;
}

export interface Invite {
  code: string;
  workshopId: string;
  role: Role;
  /** Participants who join with a group invite land in that group. */
  groupId: string | null;
  createdAt: string;
  revokedAt: string | null;
}

export interface Board {
  id: string;
  workshopId: string;
  kind: DocumentKind;
  title: string;
  groupId: string | null;
  projectId: string | null;
  createdAt: string;
  /** The agenda activity the board was made for, if any. */
  activityId?: string | null;
  /** When a facilitator locked the board read-only for everyone (SPEC A13); null or absent: open. */
  lockedAt?: string | null;
}

export interface FacilitatorAccount {
  id: string;
  email: string;
  name: string;
  /** scrypt hash with parameters and salt, see server/auth/password.ts. */
  passwordHash: string;
  isAdmin: boolean;
  createdAt: string;
}

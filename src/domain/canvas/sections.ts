import type { ThemeId } from './themes.js';

/**
 * The fifteen sections of the data ethics canvas, in the format's order: their ids, numbers
 * and themes, which are the file format's (formats/ethics-canvas.md) and never change. Their
 * English words (titles, prompts, guidance, examples) are in sectionText.ts, apart, so that a
 * page showing them in its own language (the web's catalogues) does not carry them too.
 */

export const sectionIds = [
  'data-sources',
  'rights',
  'limitations',
  'context',
  'purpose',
  'positive-effects',
  'negative-effects',
  'minimising-harm',
  'engaging-people',
  'communicating-purpose',
  'openness',
  'sharing',
  'ongoing-implementation',
  'reviews',
  'actions',
] as const;
export type SectionId = (typeof sectionIds)[number];

/** Where a section sits on the canvas: its id, its number (1–15, as on the printed canvas) and its theme. */
export interface SectionPlace {
  id: SectionId;
  number: number;
  theme: ThemeId;
}

const themeOf: Record<SectionId, ThemeId> = {
  'data-sources': 'know',
  rights: 'know',
  limitations: 'know',
  context: 'know',
  purpose: 'explore',
  'positive-effects': 'explore',
  'negative-effects': 'explore',
  'minimising-harm': 'explore',
  'engaging-people': 'plan',
  'communicating-purpose': 'plan',
  openness: 'plan',
  sharing: 'plan',
  'ongoing-implementation': 'integrate',
  reviews: 'integrate',
  actions: 'integrate',
};

/** The sections in order, each with its number and theme. */
export const canvasLayout: readonly SectionPlace[] = sectionIds.map((id, i) => ({ id, number: i + 1, theme: themeOf[id] }));

/** Narrows a string from outside (a file, a peer's document) to a section id. */
export function isSectionId(value: unknown): value is SectionId {
  return typeof value === 'string' && (sectionIds as readonly string[]).includes(value);
}

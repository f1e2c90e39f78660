/**
 * A map picture's own words in English (the source), as `englishPictureWords` in
 * src/domain/render draws them: key → ICU MessageFormat (docs/i18n.md, "Text the server
 * writes"). English counts say `{actors}` where the other languages say `#`, so they print as
 * they always did ("1500 actors"). The value lists' names and "Legend" are the boards' own
 * (src/server/i18n/pictureWords.ts). Every other language has exactly these keys (`PictureCatalogue`).
 */
export const en = {
  noName: '(no name)',
  untitled: 'Untitled map',
  empty: 'This map has no actors or notes yet.',
  'legend.types': 'Organisation type',
  'legend.roles': 'Role',
  'legend.flows': 'Flow',
  'legend.notes': 'Note',
  title: 'Ecosystem map: {title}',
  summary:
    '{actors, plural, one {{actors} actor} other {{actors} actors}}, {flows, plural, one {{flows} flow} other {{flows} flows}} and {notes, plural, one {{notes} note} other {{notes} notes}}. The legend is below the map.',
  counts:
    'Ecosystem map · {actors, plural, one {{actors} actor} other {{actors} actors}} · {flows, plural, one {{flows} flow} other {{flows} flows}} · {notes, plural, one {{notes} note} other {{notes} notes}}',
};

export type PictureKey = keyof typeof en;
export type PictureCatalogue = Record<PictureKey, string>;

import type { PictureCatalogue } from './en.js';

export const fr: PictureCatalogue = {
  noName: '(sans nom)',
  untitled: 'Carte sans titre',
  empty: 'Cette carte n’a encore ni acteur ni note.',
  'legend.types': 'Type d’organisation',
  'legend.roles': 'Rôle',
  'legend.flows': 'Flux',
  'legend.notes': 'Note',
  title: 'Carte de l’écosystème : {title}',
  summary:
    '{actors, plural, one {# acteur} many {# d’acteurs} other {# acteurs}}, {flows, plural, one {# flux} many {# de flux} other {# flux}} et {notes, plural, one {# note} many {# de notes} other {# notes}}. La légende est sous la carte.',
  counts:
    'Carte de l’écosystème · {actors, plural, one {# acteur} many {# d’acteurs} other {# acteurs}} · {flows, plural, one {# flux} many {# de flux} other {# flux}} · {notes, plural, one {# note} many {# de notes} other {# notes}}',
};

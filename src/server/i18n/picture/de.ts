import type { PictureCatalogue } from './en.js';

export const de: PictureCatalogue = {
  noName: '(ohne Namen)',
  untitled: 'Karte ohne Titel',
  empty: 'Diese Karte hat noch keine Akteure und keine Notizen.',
  'legend.types': 'Art der Organisation',
  'legend.roles': 'Rolle',
  'legend.flows': 'Fluss',
  'legend.notes': 'Notiz',
  title: 'Ökosystemkarte: {title}',
  summary:
    '{actors, plural, one {# Akteur} other {# Akteure}}, {flows, plural, one {# Fluss} other {# Flüsse}} und {notes, plural, one {# Notiz} other {# Notizen}}. Die Legende steht unter der Karte.',
  counts:
    'Ökosystemkarte · {actors, plural, one {# Akteur} other {# Akteure}} · {flows, plural, one {# Fluss} other {# Flüsse}} · {notes, plural, one {# Notiz} other {# Notizen}}',
};

import type { PictureCatalogue } from './en.js';

export const es: PictureCatalogue = {
  noName: '(sin nombre)',
  untitled: 'Mapa sin título',
  empty: 'Este mapa todavía no tiene actores ni notas.',
  'legend.types': 'Tipo de organización',
  'legend.roles': 'Rol',
  'legend.flows': 'Flujo',
  'legend.notes': 'Nota',
  title: 'Mapa del ecosistema: {title}',
  summary:
    '{actors, plural, one {# actor} many {# de actores} other {# actores}}, {flows, plural, one {# flujo} many {# de flujos} other {# flujos}} y {notes, plural, one {# nota} many {# de notas} other {# notas}}. La leyenda está debajo del mapa.',
  counts:
    'Mapa del ecosistema · {actors, plural, one {# actor} many {# de actores} other {# actores}} · {flows, plural, one {# flujo} many {# de flujos} other {# flujos}} · {notes, plural, one {# nota} many {# de notas} other {# notas}}',
};

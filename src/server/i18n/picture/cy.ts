import type { PictureCatalogue } from './en.js';

export const cy: PictureCatalogue = {
  noName: '(dim enw)',
  untitled: 'Map heb deitl',
  empty: 'Does dim gweithredyddion na nodiadau ar y map hwn eto.',
  'legend.types': 'Math o sefydliad',
  'legend.roles': 'Rôl',
  'legend.flows': 'Llif',
  'legend.notes': 'Nodyn',
  title: 'Map ecosystem: {title}',
  summary:
    "{actors, plural, zero {# gweithredydd} one {# gweithredydd} two {# weithredydd} few {# gweithredydd} many {# gweithredydd} other {# gweithredydd}}, {flows, plural, zero {# llif} one {# llif} two {# lif} few {# llif} many {# llif} other {# llif}} a {notes, plural, zero {# nodyn} one {# nodyn} two {# nodyn} few {# nodyn} many {# nodyn} other {# nodyn}}. Mae'r allwedd o dan y map.",
  counts:
    'Map ecosystem · {actors, plural, zero {# gweithredydd} one {# gweithredydd} two {# weithredydd} few {# gweithredydd} many {# gweithredydd} other {# gweithredydd}} · {flows, plural, zero {# llif} one {# llif} two {# lif} few {# llif} many {# llif} other {# llif}} · {notes, plural, zero {# nodyn} one {# nodyn} two {# nodyn} few {# nodyn} many {# nodyn} other {# nodyn}}',
};

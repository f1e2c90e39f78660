import type { PageCatalogue } from './en.js';

/** A published project page's own words in Welsh (Cymraeg). */
export const cy: PageCatalogue = {
  'page.documentTitle': '{title}: prosiect wedi’i gyhoeddi',
  'page.site': 'Open Cities Studio: prosiect wedi’i gyhoeddi',
  'page.published': 'Cyhoeddwyd ar {date}.',
  'page.preview': 'Rhagolwg: dyma beth fydd y cyhoedd yn ei weld pan fyddwch chi’n cyhoeddi. Does dim wedi’i gyhoeddi eto.',
  'page.map.title': 'Yr ecosystem data',
  'page.map.alt':
    'Map yr ecosystem data: {actors, plural, zero {# actor} one {# actor} two {# actor} few {# actor} many {# actor} other {# actor}} a {flows, plural, zero {# llif} one {# llif} two {# lif} few {# llif} many {# llif} other {# llif}}, wedi’u rhestru isod.',
  'page.actors': 'Actorion',
  'page.actors.none': 'Dim actorion.',
  'page.flows': 'Llifoedd',
  'page.flows.none': 'Dim llifoedd.',
  'page.datasets': 'Setiau data',
  'page.datasets.none': 'Dim setiau data.',
  'page.dataset.steward': 'stiward: {name}',
  'page.dataset.licence': 'trwydded: {licence}',
  'page.dataset.standard': 'safon: {standard}',
  'page.decided': 'Beth benderfynodd y prosiect',
  'page.canvas': 'Ble mae’r cynfas moeseg data arni',
  'page.actions': 'Camau gweithredu',
  'page.action.done': 'wedi’i wneud',
  'page.action.toDo': 'i’w wneud',
  'page.action.priority.high': 'blaenoriaeth uchel',
  'page.action.priority.medium': 'blaenoriaeth ganolig',
  'page.action.priority.low': 'blaenoriaeth isel',
  'page.action.due': 'erbyn {date}',
  'page.comments': 'Cwestiynau a sylwadau',
  'page.comments.none': 'Dim cwestiynau na sylwadau eto.',
  'page.comment.visitor': 'Ymwelydd',
  'page.form.legend': 'Gofyn cwestiwn neu adael sylw',
  'page.form.intro':
    'Mae hwylusydd yn ei ddarllen cyn iddo ymddangos yma. Does dim rhaid rhoi eich enw; does dim byd arall amdanoch chi’n cael ei gadw.',
  'page.form.name': 'Eich enw (dewisol)',
  'page.form.text': 'Cwestiwn neu sylw',
  'page.form.honeypot': 'Gadewch hwn yn wag',
  'page.form.send': 'Anfon',
  'page.file': 'Y map fel ffeil (opencities/ecosystem-map, JSON)',
  'page.sent': 'Diolch. Bydd eich sylw’n ymddangos yma pan fydd hwylusydd wedi’i gymeradwyo.',
  'page.notSent': 'Heb ei anfon: {reason}',
  'page.notSent.check':
    'Heb ei anfon: mae angen testun ar sylw, 2,000 nod ar y mwyaf, ac enw o 80 nod ar y mwyaf. Newidiwch ef ac anfonwch eto.',
  'page.notSent.later':
    'Heb ei anfon: mae llawer o sylwadau wedi dod o’r cyfeiriad hwn yn ddiweddar. Arhoswch am ychydig, yna anfonwch ef eto.',
  'notPublished.title': 'Nid yw’r dudalen hon wedi’i chyhoeddi',
  'notPublished.text': 'Does dim wedi’i gyhoeddi yn y cyfeiriad hwn. Efallai ei bod wedi’i thynnu’n ôl, neu wedi symud i gyfeiriad arall.',
};

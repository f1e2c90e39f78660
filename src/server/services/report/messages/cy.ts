import type { ReportCatalogue } from './en.js';

/** The workshop report in Welsh (Cymraeg). */
export const cy: ReportCatalogue = {
  title: 'Adroddiad y gweithdy: {title}',
  written:
    "Ysgrifennwyd {date} gan Open Cities Studio: {maps, plural, zero {# map ecosystem} one {# map ecosystem} two {# fap ecosystem} few {# map ecosystem} many {# map ecosystem} other {# map ecosystem}}, {canvases, plural, zero {# cynfas moeseg data} one {# cynfas moeseg data} two {# gynfas moeseg data} few {# cynfas moeseg data} many {# cynfas moeseg data} other {# cynfas moeseg data}}{reflections, select, included {, a myfyrdodau'r grwpiau heb enwau'r awduron.} other {.}}",
  'written.pdf':
    'Ysgrifennwyd {date} gan Open Cities Studio · {maps, plural, zero {# map ecosystem} one {# map ecosystem} two {# fap ecosystem} few {# map ecosystem} many {# map ecosystem} other {# map ecosystem}} · {canvases, plural, zero {# cynfas moeseg data} one {# cynfas moeseg data} two {# gynfas moeseg data} few {# cynfas moeseg data} many {# cynfas moeseg data} other {# cynfas moeseg data}}{reflections, select, included { · gyda’r myfyrdodau, heb enwau’r awduron} other {}}',
  noBoards: 'Does dim mapiau na chynfasau yn y gweithdy hwn eto.',
  glance: 'Trosolwg',
  project: 'Prosiect: {title}',
  noProject: 'Byrddau sydd ddim yn rhan o brosiect',
  colon: '{label}:',

  people: 'Pwy gymerodd ran',
  'people.none': "Does neb wedi ymuno â'r gweithdy hwn eto.",
  'people.notOnBoards': 'Chymerodd neb ran ar y byrddau.',
  'people.from':
    '{people, plural, zero {# person} one {# person} two {# berson} few {# pherson} many {# pherson} other {# person}} o {organisations, plural, zero {# sefydliad} one {# sefydliad} two {# sefydliad} few {# sefydliad} many {# sefydliad} other {# sefydliad}}:',
  'people.observers':
    'Yn gwylio: {people, plural, zero {# person} one {# person} two {# berson} few {# pherson} many {# pherson} other {# person}} o {organisations, plural, zero {# sefydliad} one {# sefydliad} two {# sefydliad} few {# sefydliad} many {# sefydliad} other {# sefydliad}}:',
  'people.noOrganisation': 'Dim sefydliad wedi’i roi',

  'glance.map.empty': 'gwag',
  'glance.map.size':
    '{actors, plural, zero {# gweithredydd} one {# gweithredydd} two {# weithredydd} few {# gweithredydd} many {# gweithredydd} other {# gweithredydd}}, {flows, plural, zero {# llif} one {# llif} two {# lif} few {# llif} many {# llif} other {# llif}}',
  'glance.map.noFindings': 'dim canfyddiadau',
  'glance.errors': '{count, plural, zero {# gwall} one {# gwall} two {# wall} few {# gwall} many {# gwall} other {# gwall}}',
  'glance.warnings': '{count, plural, zero {# rhybudd} one {# rhybudd} two {# rybudd} few {# rhybudd} many {# rhybudd} other {# rhybudd}}',
  'glance.info': '{count} er gwybodaeth',
  'glance.canvas.notStarted': 'heb ddechrau',
  'glance.canvas':
    '{done} o {sections} adran wedi gorffen, {started} wedi dechrau; {open, plural, zero {# cam gweithredu agored} one {# cam gweithredu agored} two {# gam gweithredu agored} few {# cam gweithredu agored} many {# cam gweithredu agored} other {# cam gweithredu agored}}',
  'glance.reflection': '{count, plural, zero {# nodyn} one {# nodyn} two {# nodyn} few {# nodyn} many {# nodyn} other {# nodyn}}',

  'map.empty': 'Does dim gweithredyddion na nodiadau ar y map hwn eto.',
  'map.picture':
    'Map ecosystem {title}: {actors, plural, zero {# gweithredydd} one {# gweithredydd} two {# weithredydd} few {# gweithredydd} many {# gweithredydd} other {# gweithredydd}}, {flows, plural, zero {# llif} one {# llif} two {# lif} few {# llif} many {# llif} other {# llif}}',
  'map.pictureElsewhere': "{picture}. Mae'r llun yn ffeil .zip yr adroddiad, ac yn y PDF.",
  'map.inWords': 'Y map mewn geiriau',
  'map.actors': 'Gweithredyddion',
  'map.flows': 'Llifoedd',
  'map.notes': 'Nodiadau ar y map',
  'map.typeNotSet': 'math heb ei osod',
  'map.noteOn': 'ar {target}',

  findings: 'Canfyddiadau',
  'findings.unavailable': 'Does dim canfyddiadau ar gael ar gyfer y map hwn.',
  'findings.figures':
    '{actors, plural, zero {# gweithredydd} one {# gweithredydd} two {# weithredydd} few {# gweithredydd} many {# gweithredydd} other {# gweithredydd}}, {flows, plural, zero {# llif} one {# llif} two {# lif} few {# llif} many {# llif} other {# llif}}, {parts, plural, zero {# rhan gysylltiedig} one {# rhan gysylltiedig} two {# ran gysylltiedig} few {# rhan gysylltiedig} many {# rhan gysylltiedig} other {# rhan gysylltiedig}}; dwysedd {density}, canoli gradd {centralisation}.',
  'findings.none': "Dim canfyddiadau: does dim un o'r rheolau'n berthnasol i'r map hwn.",
  'findings.severity.info': 'Er gwybodaeth',
  'findings.todo': 'Beth allai grŵp ei wneud',

  'canvas.notStarted': 'Heb ddechrau eto: does gan yr un adran statws, nodyn na cham gweithredu.',
  'canvas.progress':
    'Cynnydd: {done} o {sections} adran wedi gorffen, {started} wedi dechrau; {notes, plural, zero {# nodyn} one {# nodyn} two {# nodyn} few {# nodyn} many {# nodyn} other {# nodyn}}; {actionsDone} o {actions, plural, zero {# cam gweithredu} one {# cam gweithredu} two {# gam gweithredu} few {# cam gweithredu} many {# cam gweithredu} other {# cam gweithredu}} wedi gorffen.',
  'canvas.nextReview': 'Yr adolygiad nesaf: {date}.',
  'canvas.section': 'Adran',
  'canvas.status': 'Statws',
  'canvas.notes': 'Nodiadau',
  'canvas.actions': 'Camau gweithredu',
  'canvas.table.actions': 'Camau',
  'canvas.topNotes': "Nodiadau â'r mwyaf o bleidleisiau",
  'canvas.bySection': 'Fesul adran',
  'canvas.noNotes': 'Dim nodiadau.',
  'canvas.noActions': 'Dim camau gweithredu eto.',
  'action.owner': 'cyfrifol: {owner}',
  'action.due': 'erbyn {date}',
  'action.priority': '{priority, select, high {blaenoriaeth uchel} medium {blaenoriaeth ganolig} other {blaenoriaeth isel}}',

  'votes.heading': 'Canlyniadau pleidleisio',
  'votes.round':
    '{votes, plural, zero {# pleidlais} one {# bleidlais} two {# bleidlais} few {# phleidlais} many {# phleidlais} other {# pleidlais}} yr un{open, select, yes {, yn dal ar agor pan wnaed yr adroddiad hwn} other {}}.',
  'votes.roundNamed': 'Rownd {number}: {round}',
  'votes.none': 'Dim pleidleisiau.',
  'votes.item': 'Eitem',
  'votes.kind': 'Math',
  'votes.votes': 'Pleidleisiau',

  'reflection.nothing': 'Dim wedi’i ysgrifennu.',
  'reflection.shared': "Wedi'i rannu gan yr hwylusydd heb enwau'r awduron.",

  'pdf.kicker': 'ADRODDIAD Y GWEITHDY',
  'pdf.projects':
    '{count, plural, zero {Prosiectau} one {Prosiect} two {Prosiectau} few {Prosiectau} many {Prosiectau} other {Prosiectau}}',
  'pdf.noProjects': 'Does gan yr un prosiect fyrddau eto.',
  'pdf.topFindings': 'Prif ganfyddiadau',
  'pdf.noTopFindings': 'Dim gwallau na rhybuddion ar unrhyw fap.',
  'pdf.noOpenActions': 'Dim camau gweithredu agored.',
  'pdf.page': 'Tudalen {page} o {pages}',
};

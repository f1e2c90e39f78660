import type { ReportCatalogue } from './en.js';

/** The workshop report in Spanish (español). */
export const es: ReportCatalogue = {
  title: 'Informe del taller: {title}',
  written:
    'Redactado el {date} por Open Cities Studio: {maps, plural, one {# mapa del ecosistema} many {# de mapas del ecosistema} other {# mapas del ecosistema}}, {canvases, plural, one {# lienzo de ética de datos} many {# de lienzos de ética de datos} other {# lienzos de ética de datos}}{reflections, select, included {, y las reflexiones de los grupos sin el nombre de sus autores.} other {.}}',
  'written.pdf':
    'Redactado el {date} por Open Cities Studio · {maps, plural, one {# mapa del ecosistema} many {# de mapas del ecosistema} other {# mapas del ecosistema}} · {canvases, plural, one {# lienzo de ética de datos} many {# de lienzos de ética de datos} other {# lienzos de ética de datos}}{reflections, select, included { · con las reflexiones, sin el nombre de los autores} other {}}',
  noBoards: 'Este taller todavía no tiene mapas ni lienzos.',
  glance: 'De un vistazo',
  project: 'Proyecto: {title}',
  noProject: 'Tableros sin proyecto',
  colon: '{label}:',

  people: 'Quién participó',
  'people.none': 'Todavía nadie se ha unido a este taller.',
  'people.notOnBoards': 'Nadie participó en los tableros.',
  'people.from':
    '{people, plural, one {# persona} many {# de personas} other {# personas}} de {organisations, plural, one {# organización} many {# de organizaciones} other {# organizaciones}}:',
  'people.observers':
    'Observado por {people, plural, one {# persona} many {# de personas} other {# personas}} de {organisations, plural, one {# organización} many {# de organizaciones} other {# organizaciones}}:',
  'people.noOrganisation': 'Sin organización',

  'glance.map.empty': 'vacío',
  'glance.map.size':
    '{actors, plural, one {# actor} many {# de actores} other {# actores}}, {flows, plural, one {# flujo} many {# de flujos} other {# flujos}}',
  'glance.map.noFindings': 'sin hallazgos',
  'glance.errors': '{count, plural, one {# error} many {# de errores} other {# errores}}',
  'glance.warnings': '{count, plural, one {# advertencia} many {# de advertencias} other {# advertencias}}',
  'glance.info': '{count} a título informativo',
  'glance.canvas.notStarted': 'sin empezar',
  'glance.canvas':
    '{done} de {sections} secciones terminadas, {started} empezadas; {open, plural, one {# acción abierta} many {# de acciones abiertas} other {# acciones abiertas}}',
  'glance.reflection': '{count, plural, one {# nota} many {# de notas} other {# notas}}',

  'map.empty': 'Este mapa todavía no tiene actores ni notas.',
  'map.picture':
    'Mapa del ecosistema {title}: {actors, plural, one {# actor} many {# de actores} other {# actores}}, {flows, plural, one {# flujo} many {# de flujos} other {# flujos}}',
  'map.pictureElsewhere': '{picture}. La imagen está en la descarga .zip del informe y en el PDF.',
  'map.inWords': 'El mapa en palabras',
  'map.actors': 'Actores',
  'map.flows': 'Flujos',
  'map.notes': 'Notas en el mapa',
  'map.typeNotSet': 'tipo sin indicar',
  'map.noteOn': 'en {target}',

  findings: 'Hallazgos',
  'findings.unavailable': 'No hay hallazgos disponibles para este mapa.',
  'findings.figures':
    '{actors, plural, one {# actor} many {# de actores} other {# actores}}, {flows, plural, one {# flujo} many {# de flujos} other {# flujos}}, {parts, plural, one {# parte conectada} many {# de partes conectadas} other {# partes conectadas}}; densidad {density}, centralización de grado {centralisation}.',
  'findings.none': 'Sin hallazgos: ninguna de las reglas se aplica a este mapa.',
  'findings.severity.info': 'A título informativo',
  'findings.todo': 'Qué podría hacer un grupo',

  'canvas.notStarted': 'Sin empezar: ninguna sección tiene estado, nota ni acción.',
  'canvas.progress':
    'Progreso: {done} de {sections} secciones terminadas, {started} empezadas; {notes, plural, one {# nota} many {# de notas} other {# notas}}; {actionsDone} de {actions, plural, one {# acción terminada} many {# de acciones terminadas} other {# acciones terminadas}}.',
  'canvas.nextReview': 'Próxima revisión: {date}.',
  'canvas.section': 'Sección',
  'canvas.status': 'Estado',
  'canvas.notes': 'Notas',
  'canvas.actions': 'Acciones',
  'canvas.table.actions': 'Acciones',
  'canvas.topNotes': 'Notas con más votos',
  'canvas.bySection': 'Sección por sección',
  'canvas.noNotes': 'Sin notas.',
  'canvas.noActions': 'Todavía no hay acciones.',
  'action.owner': 'responsable: {owner}',
  'action.due': 'vence el {date}',
  'action.priority': '{priority, select, high {prioridad alta} medium {prioridad media} other {prioridad baja}}',

  'votes.heading': 'Resultados de la votación',
  'votes.round':
    '{votes, plural, one {# voto} many {# de votos} other {# votos}} por persona{open, select, yes {, todavía abierta cuando se redactó este informe} other {}}.',
  'votes.roundNamed': 'Ronda {number}: {round}',
  'votes.none': 'Sin votos.',
  'votes.item': 'Elemento',
  'votes.kind': 'Tipo',
  'votes.votes': 'Votos',

  'reflection.nothing': 'Nada escrito.',
  'reflection.shared': 'Compartido por la persona facilitadora sin el nombre de los autores.',

  'pdf.kicker': 'INFORME DEL TALLER',
  'pdf.projects': '{count, plural, one {Proyecto} many {Proyectos} other {Proyectos}}',
  'pdf.noProjects': 'Ningún proyecto tiene tableros todavía.',
  'pdf.topFindings': 'Hallazgos principales',
  'pdf.noTopFindings': 'Ningún error ni advertencia en los mapas.',
  'pdf.noOpenActions': 'No hay acciones abiertas.',
  'pdf.page': 'Página {page} de {pages}',
};

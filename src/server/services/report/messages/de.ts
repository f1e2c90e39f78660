import type { ReportCatalogue } from './en.js';

/** The workshop report in German (Deutsch). */
export const de: ReportCatalogue = {
  title: 'Workshop-Bericht: {title}',
  written:
    'Erstellt am {date} mit Open Cities Studio: {maps, plural, one {# Ökosystemkarte} other {# Ökosystemkarten}}, {canvases, plural, one {# Datenethik-Canvas} other {# Datenethik-Canvas}}{reflections, select, included {, dazu die Reflexionen der Gruppen ohne die Namen der Verfassenden.} other {.}}',
  'written.pdf':
    'Erstellt am {date} mit Open Cities Studio · {maps, plural, one {# Ökosystemkarte} other {# Ökosystemkarten}} · {canvases, plural, one {# Datenethik-Canvas} other {# Datenethik-Canvas}}{reflections, select, included { · mit den Reflexionen, ohne Namen} other {}}',
  noBoards: 'Dieser Workshop hat noch keine Karten oder Canvas.',
  glance: 'Auf einen Blick',
  project: 'Projekt: {title}',
  noProject: 'Boards ohne Projekt',
  colon: '{label}:',

  people: 'Wer teilgenommen hat',
  'people.none': 'Noch niemand ist diesem Workshop beigetreten.',
  'people.notOnBoards': 'Niemand hat an den Boards mitgearbeitet.',
  'people.from':
    '{people, plural, one {# Person} other {# Personen}} aus {organisations, plural, one {# Organisation} other {# Organisationen}}:',
  'people.observers':
    'Beobachtet von {people, plural, one {# Person} other {# Personen}} aus {organisations, plural, one {# Organisation} other {# Organisationen}}:',
  'people.noOrganisation': 'Keine Organisation angegeben',

  'glance.map.empty': 'leer',
  'glance.map.size': '{actors, plural, one {# Akteur} other {# Akteure}}, {flows, plural, one {# Fluss} other {# Flüsse}}',
  'glance.map.noFindings': 'keine Befunde',
  'glance.errors': '{count, plural, one {# Fehler} other {# Fehler}}',
  'glance.warnings': '{count, plural, one {# Warnung} other {# Warnungen}}',
  'glance.info': '{count} zur Information',
  'glance.canvas.notStarted': 'nicht begonnen',
  'glance.canvas':
    '{done} von {sections} Abschnitten erledigt, {started} begonnen; {open, plural, one {# offene Maßnahme} other {# offene Maßnahmen}}',
  'glance.reflection': '{count, plural, one {# Notiz} other {# Notizen}}',

  'map.empty': 'Diese Karte hat noch keine Akteure und keine Notizen.',
  'map.picture':
    'Ökosystemkarte {title}: {actors, plural, one {# Akteur} other {# Akteure}}, {flows, plural, one {# Fluss} other {# Flüsse}}',
  'map.pictureElsewhere': '{picture}. Das Bild ist im .zip-Download des Berichts und im PDF.',
  'map.inWords': 'Die Karte in Worten',
  'map.actors': 'Akteure',
  'map.flows': 'Flüsse',
  'map.notes': 'Notizen auf der Karte',
  'map.typeNotSet': 'Art nicht angegeben',
  'map.noteOn': 'zu {target}',

  findings: 'Befunde',
  'findings.unavailable': 'Für diese Karte gibt es keine Befunde.',
  'findings.figures':
    '{actors, plural, one {# Akteur} other {# Akteure}}, {flows, plural, one {# Fluss} other {# Flüsse}}, {parts, plural, one {# zusammenhängender Teil} other {# zusammenhängende Teile}}; Dichte {density}, Gradzentralisierung {centralisation}.',
  'findings.none': 'Keine Befunde: Keine der Regeln trifft auf diese Karte zu.',
  'findings.severity.info': 'Zur Information',
  'findings.todo': 'Was eine Gruppe tun könnte',

  'canvas.notStarted': 'Noch nicht begonnen: Kein Abschnitt hat einen Status, eine Notiz oder eine Maßnahme.',
  'canvas.progress':
    'Fortschritt: {done} von {sections} Abschnitten erledigt, {started} begonnen; {notes, plural, one {# Notiz} other {# Notizen}}; {actionsDone} von {actions, plural, one {# Maßnahme} other {# Maßnahmen}} erledigt.',
  'canvas.nextReview': 'Nächste Überprüfung: {date}.',
  'canvas.section': 'Abschnitt',
  'canvas.status': 'Status',
  'canvas.notes': 'Notizen',
  'canvas.actions': 'Maßnahmen',
  'canvas.table.actions': 'Maßnahmen',
  'canvas.topNotes': 'Notizen mit den meisten Stimmen',
  'canvas.bySection': 'Abschnitt für Abschnitt',
  'canvas.noNotes': 'Keine Notizen.',
  'canvas.noActions': 'Noch keine Maßnahmen.',
  'action.owner': 'zuständig: {owner}',
  'action.due': 'fällig am {date}',
  'action.priority': '{priority, select, high {hohe Priorität} medium {mittlere Priorität} other {niedrige Priorität}}',

  'votes.heading': 'Abstimmungsergebnisse',
  'votes.round':
    '{votes, plural, one {# Stimme} other {# Stimmen}} pro Person{open, select, yes {, bei Erstellung dieses Berichts noch offen} other {}}.',
  'votes.roundNamed': 'Runde {number}: {round}',
  'votes.none': 'Keine Stimmen.',
  'votes.item': 'Eintrag',
  'votes.kind': 'Art',
  'votes.votes': 'Stimmen',

  'reflection.nothing': 'Nichts geschrieben.',
  'reflection.shared': 'Von der Moderation geteilt, ohne die Namen der Verfassenden.',

  'pdf.kicker': 'WORKSHOP-BERICHT',
  'pdf.projects': '{count, plural, one {Projekt} other {Projekte}}',
  'pdf.noProjects': 'Noch kein Projekt hat Boards.',
  'pdf.topFindings': 'Die wichtigsten Befunde',
  'pdf.noTopFindings': 'Keine Fehler oder Warnungen auf einer Karte.',
  'pdf.noOpenActions': 'Keine offenen Maßnahmen.',
  'pdf.page': 'Seite {page} von {pages}',
};

/**
 * The workshop report's own words in English (the source): key → ICU MessageFormat, as the web's
 * catalogues (docs/i18n.md). English counts say `{actors}` where the other languages say `#`, so
 * they print as they always did ("1500 actors"); the others group digits as their language does. Every other language has exactly these keys (`ReportCatalogue`,
 * checked by tsc); test/unit/report/reportMessages.test.ts checks each compiles and fills the same
 * placeholders. The boards' vocabulary (canvas sections and statuses, the map's value lists, the
 * findings, board kinds) is not here: the report reads it from the web's catalogues (src/server/i18n/boardWordKeys.ts).
 */
export const en = {
  title: 'Workshop report: {title}',
  written:
    'Written {date} by Open Cities Studio: {maps, plural, one {{maps} ecosystem map} other {{maps} ecosystem maps}}, {canvases, plural, one {{canvases} data ethics canvas} other {{canvases} data ethics canvases}}{reflections, select, included {, and the groups’ reflections with authors removed.} other {.}}',
  'written.pdf':
    'Written {date} by Open Cities Studio · {maps, plural, one {{maps} ecosystem map} other {{maps} ecosystem maps}} · {canvases, plural, one {{canvases} data ethics canvas} other {{canvases} data ethics canvases}}{reflections, select, included { · reflections included, authors removed} other {}}',
  noBoards: 'This workshop has no maps or canvases yet.',
  glance: 'At a glance',
  project: 'Project: {title}',
  noProject: 'Boards not linked to a project',
  colon: '{label}:',

  people: 'Who took part',
  'people.none': 'Nobody has joined this workshop yet.',
  'people.notOnBoards': 'Nobody took part on the boards.',
  'people.from':
    '{people, plural, one {{people} person} other {{people} people}} from {organisations, plural, one {{organisations} organisation} other {{organisations} organisations}}:',
  'people.observers':
    'Observed by {people, plural, one {{people} person} other {{people} people}} from {organisations, plural, one {{organisations} organisation} other {{organisations} organisations}}:',
  'people.noOrganisation': 'No organisation given',

  'glance.map.empty': 'empty',
  'glance.map.size':
    '{actors, plural, one {{actors} actor} other {{actors} actors}}, {flows, plural, one {{flows} flow} other {{flows} flows}}',
  'glance.map.noFindings': 'no findings',
  'glance.errors': '{count, plural, one {{count} error} other {{count} errors}}',
  'glance.warnings': '{count, plural, one {{count} warning} other {{count} warnings}}',
  'glance.info': '{count} for information',
  'glance.canvas.notStarted': 'not started',
  'glance.canvas':
    '{done} of {sections} sections done, {started} started; {open, plural, one {{open} open action} other {{open} open actions}}',
  'glance.reflection': '{count, plural, one {{count} note} other {{count} notes}}',

  'map.empty': 'This map has no actors or notes yet.',
  'map.picture':
    'Ecosystem map {title}: {actors, plural, one {{actors} actor} other {{actors} actors}}, {flows, plural, one {{flows} flow} other {{flows} flows}}',
  'map.pictureElsewhere': "{picture}. The picture is in the report's .zip download, and in the PDF.",
  'map.inWords': 'The map in words',
  'map.actors': 'Actors',
  'map.flows': 'Flows',
  'map.notes': 'Notes on the map',
  'map.typeNotSet': 'type not set',
  'map.noteOn': 'on {target}',

  findings: 'Findings',
  'findings.unavailable': 'Findings are not available for this map.',
  'findings.figures':
    '{actors, plural, one {{actors} actor} other {{actors} actors}}, {flows, plural, one {{flows} flow} other {{flows} flows}}, {parts, plural, one {{parts} connected part} other {{parts} connected parts}}; density {density}, degree centralisation {centralisation}.',
  'findings.none': 'No findings: none of the rules applies to this map.',
  'findings.severity.info': 'For information',
  'findings.todo': 'What a group might do',

  'canvas.notStarted': 'Not started yet: no section has a status, a note or an action.',
  'canvas.progress':
    'Progress: {done} of {sections} sections done, {started} started; {notes, plural, one {{notes} note} other {{notes} notes}}; {actionsDone} of {actions, plural, one {{actions} action} other {{actions} actions}} done.',
  'canvas.nextReview': 'Next review: {date}.',
  'canvas.section': 'Section',
  'canvas.status': 'Status',
  'canvas.notes': 'Notes',
  'canvas.actions': 'Actions',
  'canvas.table.actions': 'Actions',
  'canvas.topNotes': 'Notes with most votes',
  'canvas.bySection': 'Section by section',
  'canvas.noNotes': 'No notes.',
  'canvas.noActions': 'No actions yet.',
  'action.owner': 'owner: {owner}',
  'action.due': 'due {date}',
  'action.priority': '{priority, select, high {high priority} medium {medium priority} other {low priority}}',

  'votes.heading': 'Voting results',
  'votes.round':
    '{votes, plural, one {{votes} vote} other {{votes} votes}} each{open, select, yes {, still open when this report was made} other {}}.',
  'votes.roundNamed': 'Round {number}: {round}',
  'votes.none': 'No votes.',
  'votes.item': 'Item',
  'votes.kind': 'Kind',
  'votes.votes': 'Votes',

  'reflection.nothing': 'Nothing written.',
  'reflection.shared': 'Shared by the facilitator with authors removed.',

  'pdf.kicker': 'WORKSHOP REPORT',
  'pdf.projects': '{count, plural, one {Project} other {Projects}}',
  'pdf.noProjects': 'No project has boards yet.',
  'pdf.topFindings': 'Top findings',
  'pdf.noTopFindings': 'No errors or warnings on any map.',
  'pdf.noOpenActions': 'No open actions.',
  'pdf.page': 'Page {page} of {pages}',
} as const;

export type ReportKey = keyof typeof en;
export type ReportCatalogue = Record<ReportKey, string>;

import type { ReportCatalogue } from './en.js';

/** The workshop report in French (français). */
export const fr: ReportCatalogue = {
  title: 'Rapport d’atelier : {title}',
  written:
    'Rédigé le {date} par Open Cities Studio : {maps, plural, one {# carte de l’écosystème} many {# de cartes de l’écosystème} other {# cartes de l’écosystème}}, {canvases, plural, one {# canevas d’éthique des données} many {# de canevas d’éthique des données} other {# canevas d’éthique des données}}{reflections, select, included {, et les réflexions des groupes sans le nom de leurs auteurs.} other {.}}',
  'written.pdf':
    'Rédigé le {date} par Open Cities Studio · {maps, plural, one {# carte de l’écosystème} many {# de cartes de l’écosystème} other {# cartes de l’écosystème}} · {canvases, plural, one {# canevas d’éthique des données} many {# de canevas d’éthique des données} other {# canevas d’éthique des données}}{reflections, select, included { · réflexions incluses, sans le nom des auteurs} other {}}',
  noBoards: 'Cet atelier n’a encore ni carte ni canevas.',
  glance: 'En un coup d’œil',
  project: 'Projet : {title}',
  noProject: 'Tableaux rattachés à aucun projet',
  colon: '{label} :',

  people: 'Qui a participé',
  'people.none': 'Personne n’a encore rejoint cet atelier.',
  'people.notOnBoards': 'Personne n’a participé sur les tableaux.',
  'people.from':
    '{people, plural, one {# personne} many {# de personnes} other {# personnes}} de {organisations, plural, one {# organisation} many {# d’organisations} other {# organisations}} :',
  'people.observers':
    'Observé par {people, plural, one {# personne} many {# de personnes} other {# personnes}} de {organisations, plural, one {# organisation} many {# d’organisations} other {# organisations}} :',
  'people.noOrganisation': 'Aucune organisation indiquée',

  'glance.map.empty': 'vide',
  'glance.map.size':
    '{actors, plural, one {# acteur} many {# d’acteurs} other {# acteurs}}, {flows, plural, one {# flux} many {# de flux} other {# flux}}',
  'glance.map.noFindings': 'aucun constat',
  'glance.errors': '{count, plural, one {# erreur} many {# d’erreurs} other {# erreurs}}',
  'glance.warnings': '{count, plural, one {# avertissement} many {# d’avertissements} other {# avertissements}}',
  'glance.info': '{count} pour information',
  'glance.canvas.notStarted': 'pas commencé',
  'glance.canvas':
    '{done} sections terminées sur {sections}, {started} commencées ; {open, plural, one {# action ouverte} many {# d’actions ouvertes} other {# actions ouvertes}}',
  'glance.reflection': '{count, plural, one {# note} many {# de notes} other {# notes}}',

  'map.empty': 'Cette carte n’a encore ni acteur ni note.',
  'map.picture':
    'Carte de l’écosystème {title} : {actors, plural, one {# acteur} many {# d’acteurs} other {# acteurs}}, {flows, plural, one {# flux} many {# de flux} other {# flux}}',
  'map.pictureElsewhere': '{picture}. L’image se trouve dans le téléchargement .zip du rapport, et dans le PDF.',
  'map.inWords': 'La carte en mots',
  'map.actors': 'Acteurs',
  'map.flows': 'Flux',
  'map.notes': 'Notes sur la carte',
  'map.typeNotSet': 'type non indiqué',
  'map.noteOn': 'sur {target}',

  findings: 'Constats',
  'findings.unavailable': 'Les constats ne sont pas disponibles pour cette carte.',
  'findings.figures':
    '{actors, plural, one {# acteur} many {# d’acteurs} other {# acteurs}}, {flows, plural, one {# flux} many {# de flux} other {# flux}}, {parts, plural, one {# partie connexe} many {# de parties connexes} other {# parties connexes}} ; densité {density}, centralisation des degrés {centralisation}.',
  'findings.none': 'Aucun constat : aucune des règles ne s’applique à cette carte.',
  'findings.severity.info': 'Pour information',
  'findings.todo': 'Ce qu’un groupe pourrait faire',

  'canvas.notStarted': 'Pas encore commencé : aucune section n’a de statut, de note ou d’action.',
  'canvas.progress':
    'Avancement : {done} sections terminées sur {sections}, {started} commencées ; {notes, plural, one {# note} many {# de notes} other {# notes}} ; {actionsDone, plural, one {# action terminée} many {# d’actions terminées} other {# actions terminées}} sur {actions}.',
  'canvas.nextReview': 'Prochaine revue : {date}.',
  'canvas.section': 'Section',
  'canvas.status': 'Statut',
  'canvas.notes': 'Notes',
  'canvas.actions': 'Actions',
  'canvas.table.actions': 'Actions',
  'canvas.topNotes': 'Notes ayant reçu le plus de votes',
  'canvas.bySection': 'Section par section',
  'canvas.noNotes': 'Aucune note.',
  'canvas.noActions': 'Aucune action pour l’instant.',
  'action.owner': 'responsable : {owner}',
  'action.due': 'échéance le {date}',
  'action.priority': '{priority, select, high {priorité haute} medium {priorité moyenne} other {priorité basse}}',

  'votes.heading': 'Résultats des votes',
  'votes.round':
    '{votes, plural, one {# vote} many {# de votes} other {# votes}} par personne{open, select, yes {, vote encore ouvert quand ce rapport a été rédigé} other {}}.',
  'votes.roundNamed': 'Tour {number} : {round}',
  'votes.none': 'Aucun vote.',
  'votes.item': 'Élément',
  'votes.kind': 'Type',
  'votes.votes': 'Votes',

  'reflection.nothing': 'Rien d’écrit.',
  'reflection.shared': 'Partagé par l’animateur, sans le nom des auteurs.',

  'pdf.kicker': 'RAPPORT D’ATELIER',
  'pdf.projects': '{count, plural, one {Projet} many {Projets} other {Projets}}',
  'pdf.noProjects': 'Aucun projet n’a encore de tableaux.',
  'pdf.topFindings': 'Principaux constats',
  'pdf.noTopFindings': 'Aucune erreur ni aucun avertissement sur les cartes.',
  'pdf.noOpenActions': 'Aucune action ouverte.',
  'pdf.page': 'Page {page} sur {pages}',
};

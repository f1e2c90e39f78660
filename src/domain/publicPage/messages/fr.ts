import type { PageCatalogue } from './en.js';

/** A published project page's own words in French (Français). */
export const fr: PageCatalogue = {
  'page.documentTitle': '{title} : un projet publié',
  'page.site': 'Open Cities Studio : un projet publié',
  'page.published': 'Publié le {date}.',
  'page.preview': 'Aperçu : voici ce que le public verra une fois la page publiée. Rien n’est encore publié.',
  'page.map.title': 'L’écosystème de données',
  'page.map.alt':
    'La carte de l’écosystème de données : {actors, plural, one {# acteur} other {# acteurs}} et {flows, plural, one {# flux} other {# flux}}, listés ci-dessous.',
  'page.actors': 'Acteurs',
  'page.actors.none': 'Aucun acteur.',
  'page.flows': 'Flux',
  'page.flows.none': 'Aucun flux.',
  'page.datasets': 'Jeux de données',
  'page.datasets.none': 'Aucun jeu de données.',
  'page.dataset.steward': 'sous la responsabilité de {name}',
  'page.dataset.licence': 'licence : {licence}',
  'page.dataset.standard': 'norme : {standard}',
  'page.decided': 'Ce que le projet a décidé',
  'page.canvas': 'Où en est le canevas d’éthique des données',
  'page.actions': 'Actions',
  'page.action.done': 'fait',
  'page.action.toDo': 'à faire',
  'page.action.priority.high': 'priorité haute',
  'page.action.priority.medium': 'priorité moyenne',
  'page.action.priority.low': 'priorité basse',
  'page.action.due': 'échéance le {date}',
  'page.comments': 'Questions et commentaires',
  'page.comments.none': 'Pas encore de questions ni de commentaires.',
  'page.comment.visitor': 'Une personne de passage',
  'page.form.legend': 'Poser une question ou laisser un commentaire',
  'page.form.intro':
    'L’équipe d’animation le lit avant qu’il n’apparaisse ici. Votre nom est facultatif ; rien d’autre sur vous n’est conservé.',
  'page.form.name': 'Votre nom (facultatif)',
  'page.form.text': 'Question ou commentaire',
  'page.form.honeypot': 'Laissez ce champ vide',
  'page.form.send': 'Envoyer',
  'page.file': 'La carte sous forme de fichier (opencities/ecosystem-map, JSON)',
  'page.sent': 'Merci. Votre commentaire apparaîtra ici une fois approuvé par l’équipe d’animation.',
  'page.notSent': 'Non envoyé : {reason}',
  'page.notSent.check':
    'Non envoyé : un commentaire doit contenir du texte, 2 000 caractères au plus, et un nom de 80 caractères au plus. Modifiez-le et envoyez-le à nouveau.',
  'page.notSent.later':
    'Non envoyé : de nombreux commentaires viennent d’arriver de cette adresse. Patientez un moment, puis envoyez-le à nouveau.',
  'notPublished.title': 'Cette page n’est pas publiée',
  'notPublished.text': 'Rien n’est publié à cette adresse. La page a peut-être été dépubliée, ou déplacée à une autre adresse.',
};

import type { MailCatalogue } from './en.js';

/** The e-mails in French (Français). */
export const fr: MailCatalogue = {
  'kind.cities-workshop': 'Un atelier pour les villes',
  'kind.ecosystem-mapping': 'Une séance de cartographie d’un écosystème de données',
  'kind.ethics-training': 'Une formation à l’éthique des données',
  'kind.other': 'Autre chose',
  'kind.cities-workshop.inSentence': 'un atelier pour les villes',
  'kind.ecosystem-mapping.inSentence': 'une séance de cartographie d’un écosystème de données',
  'kind.ethics-training.inSentence': 'une formation à l’éthique des données',
  'kind.other.inSentence': 'autre chose',

  'notice.subject': 'Nouvelle demande de réservation : {kind} pour {organisation}',
  'notice.asks': '{name} ({email}) demande {kind}.',
  'notice.organisation': 'Organisation : {organisation}',
  'notice.city': 'Ville : {city}',
  'notice.teamSize': 'Taille de l’équipe : {teamSize}',
  'notice.preferredDates': 'Dates souhaitées : {dates}',
  'notice.language': 'La demande est écrite en {language} ; l’accusé de réception envoyé l’est aussi.',
  'notice.inbox': 'Répondez-y, planifiez-la ou créez-en un atelier dans la boîte de réception : {url}',
  'notice.reply': 'Répondez à cet e-mail pour écrire à la personne qui a fait la demande.',

  'receipt.subject': 'Nous avons reçu votre demande d’atelier',
  'receipt.hello': 'Bonjour {name},',
  'receipt.thanks':
    'Merci : votre demande pour {kind} pour {organisation} est parvenue à l’équipe d’animation de {site}. Elle vous écrira à cette adresse.',
  'receipt.sent': 'Ce que vous avez envoyé :',
  'receipt.kept':
    'Nous conservons votre demande (votre nom, votre e-mail, votre organisation et ce que vous avez écrit) pendant {days, plural, one {# jour} other {# jours}} pour organiser l’atelier, puis nous la supprimons. Pour la faire supprimer plus tôt, répondez à cet e-mail en le demandant.',

  'retention.subject': 'Votre atelier « {title} » sera supprimé le {date}',
  'retention.why':
    'Votre atelier « {title} » est inactif depuis un moment. Il est conservé {months, plural, one {# mois} other {# mois}} après sa dernière activité ; il sera donc supprimé le {date}, avec ses tableaux, ses notes et les noms des personnes qui l’ont rejoint.',
  'retention.keep':
    'Pour le garder plus longtemps, modifiez sa durée de conservation sur la page de l’atelier, ou modifiez quelque chose sur l’un de ses tableaux : toute activité repousse la date. Pour en garder une copie, exportez ce dont vous avez besoin (le rapport, les cartes et les canevas) avant cette date.',
  'retention.link': 'L’atelier : {url}',
  'retention.id': 'L’identifiant de l’atelier : {id}',
};

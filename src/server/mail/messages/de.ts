import type { MailCatalogue } from './en.js';

/** The e-mails in German (Deutsch). */
export const de: MailCatalogue = {
  'kind.cities-workshop': 'Ein Städte-Workshop',
  'kind.ecosystem-mapping': 'Eine Sitzung zur Kartierung eines Datenökosystems',
  'kind.ethics-training': 'Eine Schulung zu Datenethik',
  'kind.other': 'Etwas anderes',
  'kind.cities-workshop.inSentence': 'einen Städte-Workshop',
  'kind.ecosystem-mapping.inSentence': 'eine Sitzung zur Kartierung eines Datenökosystems',
  'kind.ethics-training.inSentence': 'eine Schulung zu Datenethik',
  'kind.other.inSentence': 'etwas anderes',

  'notice.subject': 'Neue Buchungsanfrage: {kind} für {organisation}',
  'notice.asks': '{name} ({email}) fragt {kind} an.',
  'notice.organisation': 'Organisation: {organisation}',
  'notice.city': 'Stadt: {city}',
  'notice.teamSize': 'Teamgröße: {teamSize}',
  'notice.preferredDates': 'Bevorzugte Termine: {dates}',
  'notice.language': 'Die Anfrage wurde auf {language} geschrieben; die Eingangsbestätigung ging in dieser Sprache hinaus.',
  'notice.inbox': 'Beantworten oder terminieren Sie sie oder machen Sie daraus einen Workshop, im Posteingang: {url}',
  'notice.reply': 'Antworten Sie auf diese E-Mail, um der anfragenden Person zu schreiben.',

  'receipt.subject': 'Wir haben Ihre Anfrage für einen Workshop erhalten',
  'receipt.hello': 'Guten Tag {name},',
  'receipt.thanks':
    'Vielen Dank: Ihre Anfrage für {kind} für {organisation} hat das Moderationsteam von {site} erreicht. Es wird Ihnen an diese Adresse schreiben.',
  'receipt.sent': 'Was Sie gesendet haben:',
  'receipt.kept':
    'Wir speichern Ihre Anfrage (Ihren Namen, Ihre E-Mail-Adresse, Ihre Organisation und was Sie geschrieben haben) {days, plural, one {# Tag} other {# Tage}} lang, um den Workshop zu vereinbaren, und löschen sie dann. Soll sie früher gelöscht werden, antworten Sie auf diese E-Mail und sagen Sie es uns.',

  'retention.subject': 'Ihr Workshop „{title}“ wird am {date} gelöscht',
  'retention.why':
    'In Ihrem Workshop „{title}“ ist seit einiger Zeit nichts geschehen. Er wird {months, plural, one {# Monat} other {# Monate}} nach der letzten Aktivität aufbewahrt und daher am {date} gelöscht, mit seinen Arbeitsflächen, Notizen und den Namen der Teilnehmenden.',
  'retention.keep':
    'Um ihn länger zu behalten, ändern Sie die Aufbewahrungsfrist auf der Startseite des Workshops oder ändern Sie etwas auf einer seiner Arbeitsflächen: Jede Aktivität verschiebt das Datum. Um eine Kopie zu behalten, exportieren Sie vorher, was Sie brauchen (den Bericht, Karten und Canvas).',
  'retention.link': 'Der Workshop: {url}',
  'retention.id': 'Die Kennung des Workshops: {id}',
};

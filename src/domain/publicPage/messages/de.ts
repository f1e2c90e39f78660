import type { PageCatalogue } from './en.js';

/** A published project page's own words in German (Deutsch). */
export const de: PageCatalogue = {
  'page.documentTitle': '{title}: ein veröffentlichtes Projekt',
  'page.site': 'Open Cities Studio: ein veröffentlichtes Projekt',
  'page.published': 'Veröffentlicht am {date}.',
  'page.preview': 'Vorschau: So sieht die Öffentlichkeit die Seite, sobald Sie veröffentlichen. Noch ist nichts veröffentlicht.',
  'page.map.title': 'Das Datenökosystem',
  'page.map.alt':
    'Die Karte des Datenökosystems: {actors, plural, one {# Akteur} other {# Akteure}} und {flows, plural, one {# Fluss} other {# Flüsse}}, unten aufgelistet.',
  'page.actors': 'Akteure',
  'page.actors.none': 'Keine Akteure.',
  'page.flows': 'Flüsse',
  'page.flows.none': 'Keine Flüsse.',
  'page.datasets': 'Datensätze',
  'page.datasets.none': 'Keine Datensätze.',
  'page.dataset.steward': 'verantwortet von {name}',
  'page.dataset.licence': 'Lizenz: {licence}',
  'page.dataset.standard': 'Standard: {standard}',
  'page.decided': 'Was das Projekt beschlossen hat',
  'page.canvas': 'Wo das Datenethik-Canvas steht',
  'page.actions': 'Maßnahmen',
  'page.action.done': 'erledigt',
  'page.action.toDo': 'offen',
  'page.action.priority.high': 'hohe Priorität',
  'page.action.priority.medium': 'mittlere Priorität',
  'page.action.priority.low': 'niedrige Priorität',
  'page.action.due': 'fällig am {date}',
  'page.comments': 'Fragen und Kommentare',
  'page.comments.none': 'Noch keine Fragen oder Kommentare.',
  'page.comment.visitor': 'Ein Besucher',
  'page.form.legend': 'Eine Frage stellen oder einen Kommentar schreiben',
  'page.form.intro': 'Die Moderation liest ihn, bevor er hier erscheint. Ihr Name ist freiwillig; sonst wird nichts über Sie gespeichert.',
  'page.form.name': 'Ihr Name (optional)',
  'page.form.text': 'Frage oder Kommentar',
  'page.form.honeypot': 'Dieses Feld leer lassen',
  'page.form.send': 'Senden',
  'page.file': 'Die Karte als Datei (opencities/ecosystem-map, JSON)',
  'page.sent': 'Vielen Dank. Ihr Kommentar erscheint hier, sobald die Moderation ihn freigegeben hat.',
  'page.notSent': 'Nicht gesendet: {reason}',
  'page.notSent.check':
    'Nicht gesendet: Ein Kommentar braucht Text, höchstens 2.000 Zeichen, und einen Namen von höchstens 80 Zeichen. Ändern Sie ihn und senden Sie erneut.',
  'page.notSent.later':
    'Nicht gesendet: Von dieser Adresse sind gerade viele Kommentare gekommen. Warten Sie eine Weile und senden Sie ihn dann erneut.',
  'notPublished.title': 'Diese Seite ist nicht veröffentlicht',
  'notPublished.text':
    'Unter dieser Adresse ist nichts veröffentlicht. Vielleicht wurde die Seite zurückgezogen oder an eine andere Adresse verschoben.',
};

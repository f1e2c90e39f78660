/**
 * A published project page's own words in English (the source): key → ICU MessageFormat, as
 * the web's catalogues (docs/i18n.md). Every other language has exactly these keys
 * (`PageCatalogue`, checked by tsc); test/unit/publicPageText.test.ts checks each compiles and
 * fills the same placeholders. The map's and the canvas's vocabulary is not here yet.
 */
export const en = {
  'page.documentTitle': '{title}: a published project',
  'page.site': 'Open Cities Studio: a published project',
  'page.published': 'Published on {date}.',
  'page.preview': 'Preview: this is what the public will see once you publish. Nothing is published yet.',
  'page.map.title': 'The data ecosystem',
  'page.map.alt':
    'The data ecosystem map: {actors, plural, one {# actor} other {# actors}} and {flows, plural, one {# flow} other {# flows}}, listed below.',
  'page.actors': 'Actors',
  'page.actors.none': 'No actors.',
  'page.flows': 'Flows',
  'page.flows.none': 'No flows.',
  'page.datasets': 'Datasets',
  'page.datasets.none': 'No datasets.',
  'page.dataset.steward': 'stewarded by {name}',
  'page.dataset.licence': 'licence: {licence}',
  'page.dataset.standard': 'standard: {standard}',
  'page.decided': 'What the project decided',
  'page.canvas': 'Where the data ethics canvas stands',
  'page.actions': 'Actions',
  'page.action.done': 'done',
  'page.action.toDo': 'to do',
  'page.action.priority.high': 'high priority',
  'page.action.priority.medium': 'medium priority',
  'page.action.priority.low': 'low priority',
  'page.action.due': 'due {date}',
  'page.comments': 'Questions and comments',
  'page.comments.none': 'No questions or comments yet.',
  'page.comment.visitor': 'A visitor',
  'page.form.legend': 'Ask a question or leave a comment',
  'page.form.intro': 'A facilitator reads it before it shows here. Your name is optional; nothing else about you is kept.',
  'page.form.name': 'Your name (optional)',
  'page.form.text': 'Question or comment',
  'page.form.honeypot': 'Leave this empty',
  'page.form.send': 'Send',
  'page.file': 'The map as a file (opencities/ecosystem-map, JSON)',
  'page.sent': 'Thank you. Your comment will show here once a facilitator has approved it.',
  'page.notSent': 'Not sent: {reason}',
  'page.notSent.check':
    'Not sent: a comment needs some text, at most 2,000 characters, and a name of at most 80. Change it and send again.',
  'page.notSent.later': 'Not sent: many comments have come from this address just now. Wait a while, then send it again.',
  'notPublished.title': 'This page is not published',
  'notPublished.text': 'Nothing is published at this address. It may have been unpublished, or moved to another address.',
} as const;

export type PageKey = keyof typeof en;
export type PageCatalogue = Record<PageKey, string>;

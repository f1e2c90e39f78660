/**
 * The e-mails' English (the source): key → ICU MessageFormat, as the web's catalogues
 * (docs/i18n.md). Every other language has exactly these keys (`MailCatalogue`, checked by tsc)
 * and test/unit/mailMessages.test.ts checks each compiles and fills the same placeholders.
 */
export const en = {
  'kind.cities-workshop': 'A cities workshop',
  'kind.ecosystem-mapping': 'A data ecosystem mapping session',
  'kind.ethics-training': 'Data ethics training',
  'kind.other': 'Something else',
  'kind.cities-workshop.inSentence': 'a cities workshop',
  'kind.ecosystem-mapping.inSentence': 'a data ecosystem mapping session',
  'kind.ethics-training.inSentence': 'data ethics training',
  'kind.other.inSentence': 'something else',

  'notice.subject': 'New booking request: {kind} for {organisation}',
  'notice.asks': '{name} ({email}) asks for {kind}.',
  'notice.organisation': 'Organisation: {organisation}',
  'notice.city': 'City: {city}',
  'notice.teamSize': 'Team size: {teamSize}',
  'notice.preferredDates': 'Preferred dates: {dates}',
  'notice.language': 'They wrote in {language}; the receipt they got is in it too.',
  'notice.inbox': 'Answer it, schedule it or make a workshop from it in the inbox: {url}',
  'notice.reply': 'Reply to this e-mail to write to the person who asked.',

  'receipt.subject': 'We have your request for a workshop',
  'receipt.hello': 'Hello {name},',
  'receipt.thanks':
    'Thank you: your request for {kind} for {organisation} reached the facilitators at {site}. They will write to you at this address.',
  'receipt.sent': 'What you sent:',
  'receipt.kept':
    'We keep your request (your name, e-mail, organisation and what you wrote) for {days, plural, one {# day} other {# days}}, to arrange the workshop, and then delete it. To have it deleted sooner, reply to this e-mail and say so.',

  'retention.subject': 'Your workshop "{title}" will be deleted on {date}',
  'retention.why':
    'Your workshop "{title}" has had no activity for a while. It is kept for {months, plural, one {# month} other {# months}} after its last activity, so it will be deleted on {date}, with its boards, notes and the names of the people who joined.',
  'retention.keep':
    'To keep it longer, change its retention on the workshop home, or change something on one of its boards: any activity moves the date back. To keep a copy, export what you need (the report, maps and canvases) before then.',
  'retention.link': 'The workshop: {url}',
  'retention.id': "The workshop's id: {id}",
} as const;

export type MailKey = keyof typeof en;
export type MailCatalogue = Record<MailKey, string>;

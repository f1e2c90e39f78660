import type { MailCatalogue } from './en.js';

/** The e-mails in Welsh (Cymraeg). */
export const cy: MailCatalogue = {
  'kind.cities-workshop': 'Gweithdy dinasoedd',
  'kind.ecosystem-mapping': 'Sesiwn mapio ecosystem data',
  'kind.ethics-training': 'Hyfforddiant moeseg data',
  'kind.other': 'Rhywbeth arall',
  'kind.cities-workshop.inSentence': 'weithdy dinasoedd',
  'kind.ecosystem-mapping.inSentence': 'sesiwn mapio ecosystem data',
  'kind.ethics-training.inSentence': 'hyfforddiant moeseg data',
  'kind.other.inSentence': 'rhywbeth arall',

  'notice.subject': 'Cais newydd i drefnu gweithdy: {kind} ar gyfer {organisation}',
  'notice.asks': 'Mae {name} ({email}) yn gofyn am {kind}.',
  'notice.organisation': 'Sefydliad: {organisation}',
  'notice.city': 'Dinas: {city}',
  'notice.teamSize': 'Maint y tîm: {teamSize}',
  'notice.preferredDates': 'Dyddiadau a ffefrir: {dates}',
  'notice.language': "Fe ysgrifennon nhw yn {language}; mae'r dderbynneb a gawson nhw yn yr iaith honno hefyd.",
  'notice.inbox': 'Atebwch y cais, trefnwch ddyddiad neu gwnewch weithdy ohono yn y mewnflwch: {url}',
  'notice.reply': 'Atebwch yr e-bost hwn i ysgrifennu at y person a ofynnodd.',

  'receipt.subject': 'Mae eich cais am weithdy gyda ni',
  'receipt.hello': 'Helo {name},',
  'receipt.thanks':
    "Diolch: mae eich cais am {kind} ar gyfer {organisation} wedi cyrraedd yr hwyluswyr yn {site}. Byddan nhw'n ysgrifennu atoch chi yn y cyfeiriad hwn.",
  'receipt.sent': 'Yr hyn a anfonoch chi:',
  'receipt.kept':
    "Rydyn ni'n cadw eich cais (eich enw, eich e-bost, eich sefydliad a'r hyn a ysgrifennoch chi) am {days, plural, zero {# diwrnod} one {# diwrnod} two {# ddiwrnod} few {# diwrnod} many {# diwrnod} other {# diwrnod}}, er mwyn trefnu'r gweithdy, ac yna'n ei ddileu. I'w ddileu'n gynt, atebwch yr e-bost hwn a dywedwch hynny.",

  'retention.subject': 'Bydd eich gweithdy "{title}" yn cael ei ddileu ar {date}',
  'retention.why':
    'Does dim byd wedi digwydd yn eich gweithdy "{title}" ers tro. Caiff ei gadw am {months, plural, zero {# mis} one {# mis} two {# fis} few {# mis} many {# mis} other {# mis}} ar ôl ei weithgarwch diwethaf, felly bydd yn cael ei ddileu ar {date}, gyda\'i fyrddau, ei nodiadau ac enwau\'r bobl a ymunodd.',
  'retention.keep':
    "I'w gadw'n hirach, newidiwch ei gyfnod cadw ar dudalen y gweithdy, neu newidiwch rywbeth ar un o'i fyrddau: mae unrhyw weithgarwch yn symud y dyddiad yn ôl. I gadw copi, allforiwch yr hyn sydd ei angen arnoch (yr adroddiad, y mapiau a'r cynfasau) cyn hynny.",
  'retention.link': 'Y gweithdy: {url}',
  'retention.id': 'Dynodydd y gweithdy: {id}',
};

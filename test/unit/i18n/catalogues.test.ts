import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { setupI18n, type Messages } from '@lingui/core';
import { describe, expect, it } from 'vitest';
import { compileCatalogue, type SourceCatalogue } from '../../../src/shared/i18n/compileCatalogue.js';
import { locales, type Locale } from '../../../src/web/i18n/locales.js';

/**
 * The message catalogues (src/shared/i18n/catalogues, docs/i18n.md) against each other and
 * against the code: no key missing from a catalogue, no key nobody uses, no key shown by a
 * file that does not bring its English, and every message valid ICU with English's placeholders.
 */
const web = join(process.cwd(), 'src', 'web');
const catalogueOf = (locale: Locale): SourceCatalogue =>
  JSON.parse(readFileSync(join(process.cwd(), 'src', 'shared', 'i18n', 'catalogues', `${locale}.json`), 'utf8')) as SourceCatalogue;
const english = catalogueOf('en');
const others = locales.filter((l) => l !== 'en');

/** The areas every page has (i18n.ts loads their English for the frame). */
const frameAreas = ['header', 'layout', 'language'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Keys written as literals in t('…'), translate('…') or msg('…') in a file. */
const keysIn = (file: string) =>
  new Set([...readFileSync(file, 'utf8').matchAll(/\b(?:t|translate|msg)\(\s*'([A-Za-z0-9.]+)'/g)].map((m) => m[1] ?? ''));

/** Keys written as literals in src/web, by file. */
function keysUsed(): Map<string, Set<string>> {
  const used = new Map<string, Set<string>>();
  for (const file of sourceFiles(web)) {
    const keys = keysIn(file);
    if (keys.size > 0) used.set(relative(web, file), keys);
  }
  return used;
}

/**
 * Code outside src/web that words the boards' vocabulary for both the web and the server's
 * report, given the language's `t`: a finding's sentence (the web file that calls it brings the
 * English of its area); the templates' words, which the template picker shows and the server
 * writes into a new workshop.
 */
const sharedWording = [
  join(process.cwd(), 'src', 'domain', 'analysis', 'findingSentence.ts'),
  join(process.cwd(), 'src', 'domain', 'facilitation', 'templateWords.ts'),
];

/** The placeholders a message fills: {name}, {name, number}, {name, plural, …}. */
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\s*([A-Za-z0-9_]+)\s*[,}]/g)].map((m) => m[1]))].sort();

describe('F3: message catalogues', () => {
  it.each(others)('%s has exactly the keys of en', (locale) => {
    const keys = Object.keys(catalogueOf(locale));
    expect({ missing: Object.keys(english).filter((k) => !keys.includes(k)), extra: keys.filter((k) => !(k in english)) }).toEqual({
      missing: [],
      extra: [],
    });
  });

  it('every key used in src/web (and the wording it shares with the server) is in the catalogues, and every key of the catalogues is used', () => {
    const used = new Set([...keysUsed().values(), ...sharedWording.map(keysIn)].flatMap((keys) => [...keys]));
    expect(
      [...used].filter((k) => !(k in english)),
      'keys used in code but missing from en.json',
    ).toEqual([]);
    expect(
      Object.keys(english).filter((k) => !used.has(k)),
      'keys in the catalogues that no code uses',
    ).toEqual([]);
  });

  it('F5: a file that shows a message brings its area’s English (virtual:messages/en/<area>), unless every page has it', () => {
    const lacking: string[] = [];
    for (const [file, keys] of keysUsed()) {
      const text = readFileSync(join(web, file), 'utf8');
      // An area is a key's prefix: `join`, or `map.panel` for the map's side panels.
      const brought = [...text.matchAll(/from 'virtual:messages\/en\/([A-Za-z0-9,.]+)'/g)].flatMap((m) => (m[1] ?? '').split(','));
      for (const key of keys) {
        const area = key.split('.')[0] ?? '';
        if (!frameAreas.includes(area) && !brought.some((prefix) => key.startsWith(`${prefix}.`))) lacking.push(`${file}: ${key}`);
      }
    }
    expect(lacking).toEqual([]);
  });

  // Words that are the same in English and the language, checked by hand; any other message
  // equal to its English is a translation not done.
  // "min" (minutes) is the same abbreviation in French and Spanish; Welsh councils write "Agenda";
  // French says "Notes" and "Note" too; German says "Live" and "Offline" for a connection; Spanish
  // maps an ecosystem's "Actor" as English does. German and French say "Orange" for the note colour,
  // French "Date" for a version's and "Action" for an action; the canvas's progress bar names each
  // status as "{status}: {count}" (French spaces the colon), and Welsh quotes an example as English does.
  // The facilitator's tools: a canvas section's stored title and status ("{section} ({status})"), a revoked
  // link's "{label}: {path}" where the language puts its colon as English does; Welsh and German say "Person",
  // Welsh "Map". French and Spanish write a template's length "1 h 30 min" as English does.
  // The map (map.): a format's name (GraphML); "{kind}: {text}" where the language puts its colon as English
  // does; Welsh "Data", "Panel" and "Label"; German "Zoom", "Details" and "Name"; French "Question", "Note", "Notes",
  // "Versions", "Description", "Licence", "Zoom"; Spanish "Actor", "Panel", "Roles", "Zoom", "roles: …", "Error".
  const mapSame = [
    'map.editor.export.graphml',
    'map.editor.export.kilobytes',
    'map.panel.kindWhat',
    'map.panel.kindColon',
    'map.findings.why.about',
  ];
  // The booking inbox (inbox.): a request's heading "{kind}: {organisation}" where the language puts its colon as English
  // does; German "Workshop" and "Status".
  // The atlas (atlas.): a format's name (Kumu); "{title}: {reason}" where the language puts its colon as English does;
  // Welsh "Map" and "Acronym"; German "Workshop" and "Standard"; French "Licence"; Spanish "Actor".
  const atlasSame = ['atlas.download.kumu', 'atlas.leftOut.item'];
  // What an imported file's reader found wrong (fileProblem.): "{file}: {path}: {problem}" where the language puts its colons as English does.
  // The people table's column name with its colon on a phone (home.people.cellLabel), likewise.
  const fileProblemSame = ['fileProblem.inFile', 'fileProblem.atPath', 'fileProblem.place.field', 'home.people.cellLabel'];
  const sameAsEnglish: Record<string, string[]> = {
    cy: [
      ...fileProblemSame,
      'fileProblem.place.cell',
      'home.agenda.title',
      'plenary.agenda.title',
      'fbar.section.agenda',
      'canvas.guidance.example',
      'canvas.progress.status',
      ...mapSame,
      'map.kind.flow.data',
      'map.editor.note.label',
      'map.frame.openWord',
      'map.panel.flow.label',
      ...atlasSame,
      'atlas.download.json',
      'atlas.suggestion.acronym',
      'facilitator.regroup.person',
      'facilitator.invites.revokedItem',
      'facilitator.publish.map',
      'facilitator.publish.section',
      'inbox.card.title',
      // A British keyboard's keys.
      'map.legend.keyName.ctrl',
      'map.legend.keyName.shift',
      'map.legend.keyName.delete',
      'map.legend.keyName.esc',
    ],
    de: [
      ...fileProblemSame,
      'join.name.label',
      'join.organisation.label',
      'home.documentTitle',
      'home.people.name',
      'home.people.organisation',
      'board.connection.short.live',
      'board.connection.short.offline',
      'book.organisation',
      'fbar.timer.group',
      'canvas.colour.orange',
      'canvas.progress.status',
      ...mapSame,
      'map.editor.aria.zoom',
      'map.editor.note.label',
      'map.editor.tab.details',
      'map.panel.details',
      'map.panel.name',
      ...atlasSame,
      'atlas.filter.workshop',
      'atlas.column.standard',
      'facilitator.regroup.person',
      'facilitator.invites.revokedItem',
      'facilitator.publish.section',
      'inbox.card.title',
      'inbox.workshop',
      'inbox.status',
      // Esc is Esc on a German keyboard too.
      'map.legend.keyName.esc',
    ],
    fr: [
      'fileProblem.place.field',
      'join.organisation.label',
      'book.organisation',
      'home.agenda.item',
      'home.people.organisation',
      'home.people.actions',
      'live.reaction.question',
      'quicknotes.title',
      'plenary.agenda.item',
      'voting.kind.quickNote',
      'fbar.agenda.item',
      'fbar.timer.addOne.short',
      'fbar.timer.addFive.short',
      'canvas.colour.orange',
      'canvasTools.versions.date',
      'canvas.action.text',
      'canvas.note.action',
      'map.editor.export.graphml',
      'map.kind.note.question',
      'map.kind.note.unset',
      'map.editor.aria.zoom',
      'map.editor.tab.notes',
      'map.editor.tab.versions',
      'map.editor.addNote.short',
      'map.panel.description',
      'map.panel.dataset.licence',
      'map.versions.title',
      'atlas.download.kumu',
      'atlas.column.licence',
      'facilitator.publish.section',
      'workshops.template.hoursMinutes',
      'workshops.template.hours',
      'workshops.template.minutes',
      // Ctrl is Ctrl on a French keyboard too.
      'map.legend.keyName.ctrl',
    ],
    es: [
      ...fileProblemSame,
      'home.agenda.item',
      'plenary.agenda.item',
      'voting.kind.actor',
      'fbar.agenda.item',
      'canvas.progress.status',
      ...mapSame,
      'map.editor.aria.zoom',
      'map.editor.actor.roles',
      'map.editor.actor.label',
      'map.editor.note.label',
      'map.editor.addActor',
      'map.frame.openWord',
      'map.legend.roles',
      'map.panel.actor',
      'map.panel.target.actor',
      'map.findings.severity.error',
      'map.audience.actor',
      ...atlasSame,
      'atlas.column.actor',
      'facilitator.invites.revokedItem',
      'facilitator.publish.section',
      'workshops.template.hoursMinutes',
      'workshops.template.hours',
      'workshops.template.minutes',
      'inbox.card.title',
      // Ctrl and Esc are so on a Spanish keyboard too.
      'map.legend.keyName.ctrl',
      'map.legend.keyName.esc',
    ],
  };
  it.each(others)('%s translates every message (none left as its English)', (locale) => {
    const own = catalogueOf(locale);
    const copied = Object.keys(english).filter((key) => own[key] === english[key] && !sameAsEnglish[locale]?.includes(key));
    expect(copied).toEqual([]);
  });

  it.each(locales)('%s: every message compiles and fills the placeholders English fills', (locale) => {
    const catalogue = catalogueOf(locale);
    expect(() => compileCatalogue(catalogue, `${locale}.json`)).not.toThrow();
    const differing = Object.entries(catalogue)
      .filter(([key, text]) => text.trim() === '' || placeholders(text).join() !== placeholders(english[key] ?? '').join())
      .map(([key]) => key);
    expect(differing).toEqual([]);
  });
});

describe('F3: plurals, numbers and dates follow the language (Intl)', () => {
  const format = (locale: Locale, key: string, values: Record<string, number>) => {
    const i18n = setupI18n();
    i18n.load(locale, compileCatalogue(catalogueOf(locale), locale) as Messages);
    i18n.activate(locale);
    return i18n._(key, values);
  };

  it('counts months by each language’s plural rules', () => {
    const period = { min: 1, max: 24 };
    expect(format('en', 'kept.howLong', { months: 1, ...period })).toContain('deleted 1 month after');
    expect(format('en', 'kept.howLong', { months: 12, ...period })).toContain('deleted 12 months after');
    expect(format('cy', 'kept.howLong', { months: 2, ...period })).toContain('ei ddileu 2 fis ar ôl'); // "dau fis": Welsh "two"
    expect(format('cy', 'kept.howLong', { months: 12, ...period })).toContain('ei ddileu 12 mis ar ôl');
    expect(format('de', 'kept.howLong', { months: 1, ...period })).toContain('wird 1 Monat nach');
    expect(format('de', 'kept.howLong', { months: 12, ...period })).toContain('wird 12 Monate nach');
    expect(format('es', 'error.tooManyAttempts.minutes', { minutes: 5 })).toContain('dentro de 5 minutos.');
  });

  it('counts the agenda’s activities in every plural form (Welsh: two mutates, "2 weithgaredd")', () => {
    const total = (locale: Locale, count: number) => format(locale, 'home.agenda.total', { count, hours: 1, minutes: 5 });
    expect(total('en', 1)).toBe('1 activity, 1 h 5 min in all.');
    expect(total('en', 3)).toBe('3 activities, 1 h 5 min in all.');
    expect([1, 2, 3, 6, 11].map((n) => total('cy', n).split(',')[0])).toEqual([
      '1 gweithgaredd',
      '2 weithgaredd',
      '3 gweithgaredd',
      '6 gweithgaredd',
      '11 gweithgaredd',
    ]);
    expect(total('de', 1)).toBe('1 Aktivität, insgesamt 1 Std. 5 Min.');
    expect(total('de', 1500)).toContain('1.500 Aktivitäten');
    expect(total('fr', 0)).toContain('0 activité,'); // French counts 0 as one
    expect(total('fr', 2)).toContain('2 activités,');
    expect(total('es', 1)).toContain('1 actividad,');
    expect(total('es', 4)).toContain('4 actividades,');
  });

  it('counts a list’s notes in every plural form (Welsh keeps the singular after a number)', () => {
    const notes = (locale: Locale, count: number) => format(locale, 'quicknotes.list', { count });
    expect([0, 1, 2].map((n) => notes('en', n))).toEqual(['0 notes', '1 note', '2 notes']);
    expect([0, 1, 2, 3, 6, 11].map((n) => notes('cy', n))).toEqual(['0 nodyn', '1 nodyn', '2 nodyn', '3 nodyn', '6 nodyn', '11 nodyn']);
    expect([1, 1500].map((n) => notes('de', n))).toEqual(['1 Notiz', '1.500 Notizen']);
    expect([0, 2].map((n) => notes('fr', n))).toEqual(['0 note', '2 notes']);
    expect([1, 3].map((n) => notes('es', n))).toEqual(['1 nota', '3 notas']);
  });

  it('writes numbers the language’s way', () => {
    expect(format('en', 'join.name.hint', { max: 1500 })).toContain('up to 1,500 characters');
    expect(format('de', 'join.name.hint', { max: 1500 })).toContain('bis zu 1.500 Zeichen');
    expect(format('fr', 'join.name.hint', { max: 1500 })).toContain('jusqu’à 1\u202f500 caractères');
  });
});

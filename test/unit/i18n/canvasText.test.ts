import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Messages } from '@lingui/core';
import { afterAll, describe, expect, it } from 'vitest';
import { canvasCredit, canvasSections, canvasThemes, sectionStatuses, sectionStatusLabels } from '../../../src/domain/canvas/index.js';
import type { Dataset, DatasetAccess } from '../../../src/domain/map/index.js';
import { i18n } from '../../../src/web/i18n/i18n.js';
// Compiled by the same plug-in as in the build (vitest.config.ts).
import german from '../../../src/shared/i18n/catalogues/de.json' with { type: 'json' };
import welsh from '../../../src/shared/i18n/catalogues/cy.json' with { type: 'json' };
import french from '../../../src/shared/i18n/catalogues/fr.json' with { type: 'json' };
import {
  creditKey,
  sectionExamples,
  sectionGuidance,
  sectionKeys,
  sectionPrompt,
  sectionTitle,
  statusKeys,
  statusName,
  themeKeys,
  themeLabel,
} from '../../../src/web/canvas/canvasText.js';
import { formatDate, relativeDays } from '../../../src/web/canvas/dates.js';
import { datasetNoteText, englishNoteText } from '../../../src/web/canvas/datasetWords.js';
import { problemText } from '../../../src/web/canvas/problemText.js';

const english = JSON.parse(readFileSync(join(process.cwd(), 'src', 'shared', 'i18n', 'catalogues', 'en.json'), 'utf8')) as Record<
  string,
  string
>;

/**
 * The canvas's content in the person's language (canvasText.ts): the domain keeps its English
 * (the server's report and Markdown print it), and en.json must say exactly the same, so the
 * two cannot drift apart.
 */
describe('F3: the data ethics canvas’s own words in the person’s language (canvas/canvasText.ts)', () => {
  afterAll(() => i18n.activate('en'));

  it('has a message for every section’s title, prompt, guidance point and example, equal to the domain’s English', () => {
    for (const section of canvasSections) {
      const keys = sectionKeys[section.id];
      expect(english[keys.title], section.id).toBe(section.title);
      expect(english[keys.prompt], section.id).toBe(section.prompt);
      expect(
        keys.guidance.map((k) => english[k]),
        section.id,
      ).toEqual(section.guidance);
      expect(
        keys.examples.map((k) => english[k]),
        section.id,
      ).toEqual(section.examples);
    }
  });

  it('has a message for every theme, status and the credit line, equal to the domain’s English', () => {
    expect(canvasThemes.map((t) => [english[themeKeys[t.id].label], english[themeKeys[t.id].summary]])).toEqual(
      canvasThemes.map((t) => [t.label, t.summary]),
    );
    expect(sectionStatuses.map((s) => english[statusKeys[s]])).toEqual(sectionStatuses.map((s) => sectionStatusLabels[s]));
    expect(english[creditKey]).toBe(canvasCredit);
  });

  it('reads in English as the canvas always did, and in German and Welsh once chosen', () => {
    i18n.activate('en');
    expect(sectionTitle('data-sources')).toBe('Data sources');
    expect(sectionGuidance('actions')).toEqual(canvasSections.find((s) => s.id === 'actions')?.guidance);
    i18n.load({ de: german as unknown as Messages, cy: welsh as unknown as Messages, fr: french as unknown as Messages });
    i18n.activate('de');
    expect(sectionTitle('data-sources')).toBe('Datenquellen');
    expect(sectionPrompt('rights')).toContain('Grundlage');
    expect(sectionExamples('reviews')).toHaveLength(2);
    expect(themeLabel('know')).toBe('Ihre Daten kennen');
    expect(statusName('action-needed')).toBe('Handlungsbedarf');
    i18n.activate('cy');
    expect(sectionTitle('data-sources')).toBe('Ffynonellau data');
    expect(statusName('not-started')).toBe('Heb ddechrau');
  });

  it('counts days and votes in each language’s plural forms, and writes dates the language’s way (English as before)', () => {
    i18n.activate('en');
    expect([relativeDays(0), relativeDays(1), relativeDays(-1), relativeDays(5), relativeDays(-3)]).toEqual([
      'today',
      'tomorrow',
      'yesterday',
      'in 5 days',
      '3 days ago',
    ]);
    expect(formatDate('2027-01-31')).toBe('31 Jan 2027');
    expect(formatDate('not a date')).toBe('not a date');
    i18n.activate('cy');
    expect([2, 3, 6, 11].map((n) => relativeDays(n))).toEqual([
      'ymhen 2 ddiwrnod',
      'ymhen 3 diwrnod',
      'ymhen 6 diwrnod',
      'ymhen 11 diwrnod',
    ]);
    expect(i18n._('canvas.votes.count', { count: 1 })).toBe('1 bleidlais');
    expect(i18n._('canvas.votes.count', { count: 6 })).toBe('6 phleidlais');
    i18n.activate('de');
    expect(relativeDays(-3)).toBe('vor 3 Tagen');
    expect(formatDate('2027-01-31')).toMatch(/^31\. Jan\.? 2027$/);
    i18n.activate('fr');
    expect(relativeDays(1)).toBe('demain');
    expect(i18n._('canvas.progress.sentence', { started: 1, sections: 15, done: 0, open: 0 })).toBe(
      '1 sections sur 15 discutées, 0 terminées ; 0 action ouverte',
    );
  });

  it('says a refusal in the language shown, in English as before', () => {
    const tooLong = {
      path: 'text',
      message: 'is 1200 characters long, over the limit of 1000: shorten it, or split it into several notes',
    };
    i18n.activate('en');
    expect(problemText(tooLong)).toBe(`The text ${tooLong.message}.`);
    expect(problemText({ path: 'noteId', message: 'no note with id "n1": it may just have been deleted' })).toBe(
      'That note is no longer on the canvas: someone may just have deleted it.',
    );
    expect(problemText({ path: 'owner', message: 'is missing' })).toBe('The owner is missing.');
    i18n.activate('de');
    expect(problemText(tooLong)).toBe(
      'Der Text ist 1200 Zeichen lang, mehr als die Grenze von 1000: Kürzen Sie ihn oder teilen Sie ihn auf mehrere Notizen auf.',
    );
  });

  it('writes a dataset’s note as before in English, and in the adding person’s language otherwise', () => {
    const dataset: Dataset = { id: 'd1', name: 'Bus tap-ins', sensitivity: 'personal' } as Dataset;
    const flows: DatasetAccess[] = [
      { access: 'open', flow: { id: 'f1', from: 'City', to: 'Public' } },
      { access: 'shared', flow: { id: 'f2', from: 'City', to: 'Bins Ltd' } },
    ];
    for (const shown of [[{ access: 'shared' }], flows, []] as DatasetAccess[][]) {
      i18n.activate('en');
      expect(datasetNoteText(dataset, shown)).toBe(englishNoteText(dataset, shown));
    }
    expect(englishNoteText(dataset, [{ access: 'shared' }])).toBe('Bus tap-ins (Personal data, shared access)');
    i18n.activate('de');
    expect(datasetNoteText(dataset, flows)).toBe(
      'Bus tap-ins (personenbezogene Daten, Zugang: Offen (Fluss City → Public), Geteilt (Fluss City → Bins Ltd))',
    );
  });
});

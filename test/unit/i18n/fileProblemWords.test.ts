import { afterAll, describe, expect, it } from 'vitest';
import type { Messages } from '@lingui/core';
import { found } from '../../../src/domain/fileProblems/index.js';
import { fileRefusal as refusal } from './fileRefusal.js';
import { errorRegistry } from '../../../src/shared/index.js';
import { i18n } from '../../../src/web/i18n/i18n.js';
import { fileProblemSentence } from '../../../src/web/i18n/fileProblemWords.js';
// Compiled by the same plug-in as in the build (vitest.config.ts).
import german from '../../../src/shared/i18n/catalogues/de.json' with { type: 'json' };
import french from '../../../src/shared/i18n/catalogues/fr.json' with { type: 'json' };
import welsh from '../../../src/shared/i18n/catalogues/cy.json' with { type: 'json' };
import { oldSentences } from '../fileProblems/samples.js';

/**
 * The import box words what the file reader found wrong from FILE_INVALID's `details` (its code
 * and values, src/domain/fileProblems) with `fileProblem.` messages. In English that is the
 * server's message word for word; in another language the file, the place and the line as the
 * server named them, the rest in the language.
 */
const badMap = JSON.stringify(
  {
    format: 'opencities/ecosystem-map',
    version: 1,
    title: 'T',
    actors: [{ id: 'a', name: 'A', type: 'goverment', roles: [] }],
    flows: [{ id: 'f', from: 'a', to: 'vendr', kind: 'data' }],
  },
  null,
  2,
);

describe('F3: what an imported file’s reader found wrong, in the person’s language (i18n/fileProblemWords.ts)', () => {
  afterAll(() => i18n.activate('en'));
  const base = errorRegistry.FILE_INVALID.message;

  it('says in English exactly what the server says, for refused files and for every kind of problem', async () => {
    i18n.activate('en');
    const files: [string, string][] = [
      ['bad.json', badMap],
      ['broken.json', '{"format": "opencities/ecosystem-map",\n  "version": 1,,\n}'],
      ['canvas.json', '{"format":"opencities/ethics-canvas","version":1,"title":"T","sections":[{"id":"purpose","status":"finished"}]}'],
      ['other.json', '{"format":"something-else"}'],
      ['e.csv', 'Label,Label\r\nA,B\r\n'],
      ['bad.graphml', '<svg/>'],
    ];
    for (const [name, data] of files) {
      const error = await refusal(name, data);
      expect(error.details, name).toBeDefined();
      expect(fileProblemSentence(error.details), name).toBe(error.message);
    }
    const samples: [string, Record<string, unknown>, string][] = [
      ...Object.entries(oldSentences).map(
        ([code, [values, sentence]]) => [code, values, sentence] as [string, Record<string, unknown>, string],
      ),
      [
        'zipTooManyFiles',
        { count: 65535, max: 1000, what: 'workbook' },
        'holds more than 65,000 files; at most 1000 are read: import a smaller workbook',
      ],
      [
        'noElementsSheet',
        { sheets: '' },
        'has no sheet named Elements (a Kumu workbook has Elements and Connections; this one has no sheets)',
      ],
      ['notGraphml', { root: '' }, 'is not GraphML: its root element is missing, not <graphml>'],
    ];
    for (const [code, values, sentence] of samples) {
      expect(fileProblemSentence({ file: 'f', path: 'p', problem: { code, values }, more: 0 }), code).toBe(`f: p: ${sentence}. ${base}`);
      expect(fileProblemSentence({ file: 'f', path: '', line: 3, problem: { code, values }, more: 2 }), code).toBe(
        `f: ${sentence} (line 3) (and 2 more problems). ${base}`,
      );
    }
  });

  it('words a problem in German, French and Welsh, keeping the file, the place and the line', () => {
    i18n.load({ de: german as unknown as Messages, fr: french as unknown as Messages, cy: welsh as unknown as Messages });
    const details = {
      file: 'karte.json',
      path: 'actors[0].type',
      line: 7,
      problem: { code: 'notOneOf', values: { found: found('goverment'), values: 'public, private' } },
      more: 1,
    };
    i18n.activate('de');
    expect(fileProblemSentence(details)).toBe(
      'karte.json: actors[0].type: "goverment" ist keiner der Werte public, private (Zeile 7) (und 1 weiteres Problem). ' +
        'Die Datei ist nicht gültig; es wurde nichts importiert. Korrigieren Sie die genannte Stelle und importieren Sie sie erneut.',
    );
    expect(fileProblemSentence({ ...details, problem: { code: 'notList', values: { found: found({}) } }, more: 3 })).toMatch(
      /^karte\.json: actors\[0\]\.type: eine Liste erwartet, gefunden: ein Objekt \(Zeile 7\) \(und 3 weitere Probleme\)\. /,
    );
    expect(
      fileProblemSentence({
        file: 'a.xlsx',
        path: '',
        problem: { code: 'zipUnpacksTooMuch', values: { mb: 100, what: 'workbook' } },
        more: 0,
      }),
    ).toMatch(/^a\.xlsx: entpackt sich zu mehr als 100 MB; importieren Sie eine kleinere Arbeitsmappe\. /);
    i18n.activate('fr');
    expect(fileProblemSentence(details)).toMatch(
      /^karte\.json : actors\[0\]\.type : "goverment" ne fait pas partie de public, private \(ligne 7\) \(et 1 autre problème\)\. /,
    );
    i18n.activate('cy');
    expect(fileProblemSentence({ ...details, more: 2 })).toMatch(
      /^karte\.json: actors\[0\]\.type: nid yw "goverment" yn un o public, private \(llinell 7\) \(a 2 broblem arall\)\. /,
    );
  });

  it('leaves to the server’s words a problem it cannot word: an unknown code, odd values, no problem', () => {
    i18n.activate('de');
    const place = { file: 'f', path: '', more: 0 };
    expect(fileProblemSentence({ ...place, problem: { code: 'fromTheFuture', values: {} } })).toBeUndefined();
    expect(fileProblemSentence({ ...place, problem: { code: 'tooLong', values: { max: [1] } } })).toBeUndefined();
    expect(fileProblemSentence(place)).toBeUndefined();
    expect(fileProblemSentence({ file: 'f' })).toBeUndefined();
    expect(fileProblemSentence(undefined)).toBeUndefined();
  });
});

import type { Messages } from '@lingui/core';
import { afterAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { readCanvasFile } from '../../../src/domain/canvas/index.js';
import { formatMapIssue, readMapFile } from '../../../src/domain/map/index.js';
import { readGraphml, readKumuCsvFiles } from '../../../src/domain/formats/index.js';
import { addActor, initMapDoc } from '../../../src/doc/map/index.js';
import { fileRefusal as refusal } from './fileRefusal.js';
import { AppError } from '../../../src/shared/index.js';
import { problemText as canvasProblemText } from '../../../src/web/canvas/problemText.js';
import { apiErrorText } from '../../../src/web/i18n/apiErrorText.js';
import { fileProblemWordsNow, issueParts, issuesText } from '../../../src/web/i18n/fileIssueText.js';
import { fileProblemSentence } from '../../../src/web/i18n/fileProblemWords.js';
import { i18n } from '../../../src/web/i18n/i18n.js';
import { createMapActions } from '../../../src/web/map/mapActions.js';
import { mapFromText } from '../../../src/web/map/clipboard.js';
// Compiled by the same plug-in as in the build (vitest.config.ts).
import german from '../../../src/shared/i18n/catalogues/de.json' with { type: 'json' };
import welsh from '../../../src/shared/i18n/catalogues/cy.json' with { type: 'json' };

/**
 * Files read in the browser (a canvas imported on its board, a map pasted), places in sheets and
 * GraphML files, and a refused live edit: in English exactly as the readers and the board's code
 * say them; in Welsh and German worded by their codes (docs/i18n.md, issue 18).
 */
i18n.load({ de: german as unknown as Messages, cy: welsh as unknown as Messages });

/** Switches language and waits for the file problems' words (fetched the first time, as on a page). */
async function speak(locale: 'de' | 'cy'): Promise<void> {
  i18n.activate(locale);
  await vi.waitFor(() => expect(fileProblemWordsNow()).toBeDefined());
}

const graphml = (body: string) =>
  `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n<graph edgedefault="directed">\n${body}\n</graph>\n</graphml>\n`;
const badEdges = graphml('<node id="a"/>\n<edge id="f1" source="a" target="zz"/>\n<edge source="q" target="a"/>');
const badCanvas = JSON.stringify(
  {
    format: 'opencities/ethics-canvas',
    version: 1,
    title: 'T',
    sections: [{ id: 'purpose', status: 'finished', notes: [{ id: 'n1', text: 'x'.repeat(1001) }] }],
  },
  null,
  2,
);
const badPaste = JSON.stringify({
  format: 'opencities/ecosystem-map',
  version: 1,
  title: 'T',
  actors: [{ id: 'a', name: 'A', type: 'goverment', roles: [] }],
  flows: [{ id: 'f', from: 'a', to: 'b', kind: 'data' }],
});

describe('F3: what a file reader finds and a refused live edit, in the person’s language', () => {
  afterAll(() => i18n.activate('en'));

  it('in English says every place, list item and refusal exactly as the readers and the board’s code do', async () => {
    i18n.activate('en');
    // The server's sentence with a place in a GraphML file and in a CSV sheet.
    for (const [name, data] of [
      ['edges.graphml', badEdges],
      ['formula.csv', 'Label,=Bad\r\nCouncil,\r\n'],
      ['rows.csv', 'Label,Type,X\r\nCouncil,,1\r\n'],
    ] as const) {
      const error = await refusal(name, data);
      expect((error.details as { place?: unknown }).place, name).toBeDefined();
      expect(fileProblemSentence(error.details), name).toBe(error.message);
    }
    // A canvas file's problems as the import box lists them, and a pasted map's as one sentence.
    const canvas = readCanvasFile(badCanvas);
    expect(canvas.ok).toBe(false);
    for (const e of canvas.ok ? [] : canvas.errors) expect(issueParts(e)).toEqual({ where: e.path, what: e.message });
    const pasted = await mapFromText(badPaste);
    const read = readMapFile(badPaste);
    if (!pasted || pasted.ok || read.ok) throw new Error('the pasted map was not refused');
    expect(issuesText(pasted.errors)).toBe(
      `${formatMapIssue(read.errors[0]!)} (and ${read.errors.length - 1} more problem${read.errors.length > 2 ? 's' : ''})`,
    );
    expect(await mapFromText('a sentence about opencities/ecosystem-map')).toBeNull();
    // A refused map edit: the board's own English sentence.
    const { actions, problems } = mapEditor();
    actions.addActor('x'.repeat(121), { x: 0, y: 0 });
    expect(problems).toEqual([
      'Could not add the actor: actor.name: is longer than 120 characters. Some fields are missing or wrong. Correct the fields named in the message and send it again.',
    ]);
    actions.updateActor('gone', { name: 'B' });
    expect(problems[1]).toBe('This actor was removed by someone else.');
    const notADate = '2027-13-01 is not a calendar date; write it as YYYY-MM-DD, e.g. 2027-01-31';
    expect(canvasProblemText({ path: 'due', message: notADate, problem: { code: 'notADate', values: { value: '2027-13-01' } } })).toBe(
      `The due date ${notADate}.`,
    );
    const tooLong = new AppError('VALIDATION_FAILED', 'text: is 1001 characters long');
    expect(apiErrorText(tooLong)).toBe(tooLong.message);
  });

  it('words a place in a sheet or GraphML file in German and Welsh, keeping the file’s own names', async () => {
    const edges = await refusal('edges.graphml', badEdges);
    const formula = await refusal('formula.csv', 'Label,=Bad\r\nCouncil,\r\n');
    await speak('de');
    expect(fileProblemSentence(edges.details)).toMatch(
      /^edges\.graphml: Kante "f1", target: kein Knoten hat die ID "zz" \(Zeile 4\) \(und 1 weiteres Problem\)\. Die Datei/,
    );
    expect(fileProblemSentence(formula.details)).toMatch(/^formula\.csv: formula\.csv Zeile 1, Spalte 2: /);
    const cells = { file: 'k.xlsx', path: 'Elements row 2, column 3 (cell C2)', more: 0, problem: { code: 'cellFormula', values: {} } };
    const cell = { code: 'row', values: { sheet: 'Elements', row: 2 }, field: { column: 3 }, cell: 'C2' };
    expect(fileProblemSentence({ ...cells, place: cell })).toMatch(/^k\.xlsx: Elements Zeile 2, Spalte 3 \(Zelle C2\): /);
    // A place this page cannot word keeps the path as the server wrote it.
    expect(fileProblemSentence({ ...cells, place: { code: 'sheetOfTheFuture', values: {} } })).toMatch(
      /^k\.xlsx: Elements row 2, column 3 \(cell C2\): /,
    );
    await speak('cy');
    expect(fileProblemSentence(edges.details)).toMatch(
      /^edges\.graphml: ymyl "f1", target: nid oes gan unrhyw nod y dynodydd "zz" \(llinell 4\)/,
    );
    const noId = readGraphml(graphml('<node/>'));
    expect(noId.ok ? undefined : issueParts(noId.errors[0]!).where).toBe('nod 1');
    const kumu = readKumuCsvFiles({ elements: { name: 'e.csv', text: 'Label,X\r\nCouncil,1\r\n' } });
    expect(kumu.ok ? undefined : issueParts(kumu.errors[0]!).where).toBe('e.csv rhes 2, Y');
  });

  it('lists an imported canvas’s and a pasted map’s problems in German by their codes', async () => {
    await speak('de');
    const canvas = readCanvasFile(badCanvas);
    const said = (canvas.ok ? [] : canvas.errors).map((e) => issueParts(e));
    expect(said).toEqual([
      { where: 'sections[0].status', what: expect.stringMatching(/^"finished" ist kein/) },
      { where: 'sections[0].notes[0].text', what: expect.stringMatching(/^ist 1001 Zeichen lang, über der Grenze von 1000: /) },
    ]);
    const pasted = await mapFromText(badPaste);
    expect(pasted && !pasted.ok && issuesText(pasted.errors)).toMatch(
      /^actors\[0\]\.type: "goverment" ist keiner der Werte .+ \(Zeile 1\) \(und 1 weiteres Problem\)$/,
    );
  });

  it('says a refused live edit in German and Welsh: the map’s change and each field’s problem, the canvas’s field', async () => {
    await speak('de');
    const { actions, problems } = mapEditor();
    actions.addActor('x'.repeat(121), { x: 0, y: 0 });
    actions.updateFlow('gone', { label: 'x' });
    expect(problems).toEqual([
      'Der Akteur konnte nicht hinzugefügt werden: actor.name: ist länger als 120 Zeichen. Einige Felder fehlen oder sind falsch. Prüfen Sie sie und versuchen Sie es erneut.',
      'Dieser Fluss wurde von jemand anderem entfernt.',
    ]);
    expect(
      canvasProblemText({
        path: 'due',
        message: '2027-13-01 is not a calendar date',
        problem: { code: 'notADate', values: { value: '2027-13-01' } },
      }),
    ).toBe('Das Fälligkeitsdatum 2027-13-01 ist kein Kalenderdatum; schreiben Sie es als JJJJ-MM-TT, z. B. 2027-01-31.');
    await speak('cy');
    const welshEditor = mapEditor();
    welshEditor.actions.addActor('x'.repeat(121), { x: 0, y: 0 });
    expect(welshEditor.problems[0]).toMatch(/^Methwyd ag ychwanegu'r gweithredydd: actor\.name: /);
    expect(welshEditor.problems[0]).not.toContain('longer than');
  });
});

/** A map document with this editor's actions, its refusals said as MapEditor draws them. */
function mapEditor() {
  const doc = new Y.Doc();
  initMapDoc(doc);
  addActor(doc, { id: 'a', name: 'A', roles: [], tags: [] });
  const problems: string[] = [];
  const actions = createMapActions(
    doc,
    {},
    (say) => problems.push(say()),
    () => {},
  );
  return { actions, problems };
}

import { describe, expect, it } from 'vitest';
import { fileProblemCodes, fileProblemText, found, placeText } from '../../../src/domain/fileProblems/index.js';
import { oldSentences as old, quoted } from './samples.js';
import { readMapFile } from '../../../src/domain/map/index.js';
import { readCanvasFile } from '../../../src/domain/canvas/index.js';
import { readGraphml, readKumuCsvFiles } from '../../../src/domain/formats/index.js';

/**
 * Each kind of problem the file readers find has a code and values (src/domain/fileProblems), so
 * the web can word it in the person's language; in English its sentence is exactly what the
 * readers wrote before they had codes, which the server's FILE_INVALID message, the CLI and
 * tools matching them still say (samples.ts: the old readers' templates, filled in by hand).
 */
describe('what the file readers find wrong, as codes and values (src/domain/fileProblems)', () => {
  it('says every kind of problem in English exactly as the readers did before it had a code', () => {
    for (const [code, [values, sentence]] of Object.entries(old)) expect(fileProblemText({ code, values }), code).toBe(sentence);
  });

  it('has a sentence checked above for every code, and no code twice', () => {
    expect([...fileProblemCodes].sort()).toEqual(Object.keys(old).sort());
  });

  it('describes a value the file held as its English did: text quoted and cut, numbers, lists, objects, nothing', () => {
    expect(found('x'.repeat(41))).toEqual({ found: 'text', text: `"${'x'.repeat(40)}…"` });
    expect(fileProblemText({ code: 'notText', values: { found: found(false) } })).toBe('expected text, found false');
    expect(fileProblemText({ code: 'nope', values: {} })).toBeUndefined();
  });

  it('gives each problem the readers report its code and values, the message its English', () => {
    const map = readMapFile(
      '{"format":"opencities/ecosystem-map","version":1,"title":"T","actors":[{"id":"a","name":"A","type":"goverment"}],"flows":[]}',
    );
    expect(map.ok ? [] : map.errors).toEqual([
      {
        path: 'actors[0].type',
        line: 1,
        message: '"goverment" is not one of public, private, third-sector, academia, individuals',
        problem: { code: 'notOneOf', values: { found: quoted, values: 'public, private, third-sector, academia, individuals' } },
      },
    ]);
    const canvas = readCanvasFile(
      '{"format":"opencities/ethics-canvas","version":1,"title":"T","sections":[{"id":"purpose","status":"finished"}]}',
    );
    const [canvasError] = canvas.ok ? [] : canvas.errors;
    expect(canvasError?.problem).toMatchObject({ code: 'notAChoice', values: { value: '"finished"', what: 'status' } });
    expect(canvasError?.message).toBe(fileProblemText(canvasError!.problem!));
    const wrongType = readCanvasFile('{"format":"opencities/ethics-canvas","version":1,"title":5}');
    expect(wrongType.ok ? undefined : wrongType.errors[0]).toMatchObject({
      path: 'title',
      message: 'must be text (a JSON string)',
      problem: { code: 'mustBe', values: { type: 'text' } },
    });
    const kumu = readKumuCsvFiles({
      elements: { name: 'e.csv', text: 'Label,Type\r\nCouncil,\r\n' },
      connections: { name: 'c.csv', text: 'From,To\r\nCouncil,Nobody\r\n' },
    });
    expect(kumu.ok ? [] : kumu.errors).toEqual([
      {
        path: 'c.csv row 2, To',
        place: { code: 'row', values: { sheet: 'c.csv', row: 2 }, field: 'To' },
        message: 'no element has the id or label "Nobody"',
        problem: { code: 'noElement', values: { name: 'Nobody' } },
      },
    ]);
    const graphml = readGraphml('<svg/>');
    expect(graphml.ok ? undefined : graphml.errors[0]?.problem).toEqual({ code: 'notGraphml', values: { root: 'svg' } });
  });

  it('names each place in a sheet or GraphML file as data too, its English the path the readers always wrote', () => {
    const paths = (result: { ok: boolean; errors?: { path: string; place?: Parameters<typeof placeText>[0] }[] }) =>
      (result.errors ?? []).map((e) => ({ path: e.path, words: e.place && placeText(e.place) }));
    const kumu = readKumuCsvFiles({
      elements: { name: 'e.csv', text: 'Label,=Bad\r\nCouncil,\r\n=SUM(A1),\r\n' },
    });
    expect(paths(kumu)).toEqual([
      { path: 'e.csv row 1, column 2', words: 'e.csv row 1, column 2' },
      { path: 'e.csv row 3, Label', words: 'e.csv row 3, Label' },
    ]);
    const rows = readKumuCsvFiles({ elements: { name: 'e.csv', text: 'Label,Type,X,Notes (JSON)\r\nCouncil,goverment,1,{\r\n' } });
    expect(paths(rows)).toEqual([
      { path: 'e.csv row 2, Y', words: 'e.csv row 2, Y' },
      { path: 'e.csv row 2, Notes (JSON)', words: 'e.csv row 2, Notes (JSON)' },
    ]);
    const graph = (body: string) =>
      readGraphml(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">${body}</graph></graphml>`);
    const graphml = graph('<node id="a"/><node/><edge id="f" source="a" target="zz"/><edge source="q" target="a"/>');
    expect(paths(graphml)).toEqual([
      { path: 'node 2', words: 'node 2' },
      { path: 'edge "f", target', words: 'edge "f", target' },
      { path: 'edge 2, source', words: 'edge 2, source' },
    ]);
    expect(graphml.ok ? undefined : graphml.errors.map((e) => e.place)).toEqual([
      { code: 'nodeAt', values: { number: 2 } },
      { code: 'edge', values: { id: 'f' }, field: 'target' },
      { code: 'edgeAt', values: { number: 2 }, field: 'source' },
    ]);
    const typed = graph('<node id="council"><data key="type">goverment</data></node>');
    expect(typed.ok).toBe(true);
    expect(placeText({ code: 'graph', values: {}, field: 'datasets[0]' })).toBe('graph, datasets[0]');
    expect(placeText({ code: 'row', values: { sheet: 'Elements', row: 2 }, field: { column: 3 }, cell: 'C2' })).toBe(
      'Elements row 2, column 3 (cell C2)',
    );
  });
});

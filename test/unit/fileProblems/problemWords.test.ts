import { describe, expect, it } from 'vitest';
import { fileProblemCodes, fileProblemText, found, type FileProblem } from '../../../src/domain/fileProblems/index.js';
import { readMapFile } from '../../../src/domain/map/index.js';
import { readCanvasFile } from '../../../src/domain/canvas/index.js';
import { readGraphml, readKumuCsvFiles } from '../../../src/domain/formats/index.js';

/**
 * Each kind of problem the file readers find has a code and values (src/domain/fileProblems), so
 * the web can word it in the person's language; in English its sentence is exactly what the
 * readers wrote before they had codes, which the server's FILE_INVALID message, the CLI and
 * tools matching them still say. The right-hand sides below are the old readers' templates,
 * filled in by hand.
 */
const quoted = found('goverment');
const old: Record<string, [FileProblem['values'], string]> = {
  required: [{}, 'is required'],
  notObject: [{ found: found([]) }, 'expected an object, found a list'],
  notId: [{ found: found('') }, 'expected an id (non-empty text), found ""'],
  notText: [{ found: found(7) }, 'expected text, found the number 7'],
  tooLong: [{ max: 120 }, 'is longer than 120 characters'],
  requiredOneOf: [{ values: 'data, money' }, 'is required (one of data, money)'],
  notOneOf: [{ found: quoted, values: 'public, private' }, '"goverment" is not one of public, private'],
  notList: [{ found: found({}) }, 'expected a list, found an object'],
  listedTwice: [{ found: found('a1') }, '"a1" is listed twice'],
  tooManyItems: [{ max: 50 }, 'more than 50 items'],
  notShortText: [{ max: 80, found: found(null) }, 'expected text of at most 80 characters, found null'],
  notPosition: [{ found: found(true) }, 'expected { "x": number, "y": number }, found true'],
  positionFields: [{ fields: 'z, w' }, 'has fields other than x and y: z, w'],
  noActor: [{ id: '"vendr"' }, 'no actor with id "vendr"'],
  noDataset: [{ id: '"d9"' }, 'no dataset with id "d9"'],
  noTarget: [{ id: '"x"' }, 'no actor, dataset or flow with id "x"'],
  datasetOnDataFlow: [{ kind: 'money' }, 'only data flows name a dataset; this is a money flow'],
  idTaken: [{ id: '"a1"', element: 'actor' }, '"a1" is already the id of another actor'],
  notJson: [{ reason: 'Unexpected token h' }, 'the file is not JSON (Unexpected token h)'],
  notJsonObject: [{ found: found(undefined) }, 'expected a JSON object, found nothing'],
  mapFormatMissing: [{}, 'is missing, expected "opencities/ecosystem-map": this is not an ecosystem map file'],
  mapFormatWrong: [{ found: found('x') }, 'is "x", expected "opencities/ecosystem-map": this is not an ecosystem map file'],
  mapVersionNotWhole: [{ found: found(1.5) }, 'expected a whole number from 1, found the number 1.5'],
  mapVersionNewer: [
    { version: 2, max: 1 },
    'this file is version 2, newer than this version of Open Cities Studio reads (up to 1); update Open Cities Studio to open it',
  ],
  listRequired: [{}, 'is required (a list, possibly empty)'],
  moreProblems: [{ count: 3 }, 'and 3 more problems'],
  canvasNotJson: [{}, 'the file is not JSON: export the canvas again, or fix the file'],
  canvasNotJsonAt: [{ line: 4 }, 'the file is not JSON (the syntax breaks on line 4): export the canvas again, or fix the file'],
  canvasNotObject: [{}, 'the file is not a canvas: it must hold one JSON object ({ … })'],
  canvasFormatMissing: [{}, 'is missing: this is not an Open Cities ethics canvas ("opencities/ethics-canvas")'],
  canvasFormatWrong: [{ value: '"x"' }, 'is "x": this file is not an ethics canvas ("opencities/ethics-canvas")'],
  canvasVersionNewer: [
    { version: 3, max: 1 },
    'is 3, newer than this version of Open Cities Studio reads (1): update the app to open this file',
  ],
  canvasVersionWrong: [{ value: '"1"', expected: 1 }, 'is "1"; it must be 1'],
  idUsedTwice: [
    { element: 'note', id: '"n1"', at: 'sections[0].notes[0].id' },
    'note id "n1" is used twice (also at sections[0].notes[0].id); give each note its own id',
  ],
  missing: [{}, 'is missing'],
  mustBe: [{ type: 'text' }, 'must be text (a JSON string)'],
  textOverLimit: [
    { length: 1001, max: 1000, advice: 'note' },
    'is 1001 characters long, over the limit of 1000: shorten it, or split it into several notes',
  ],
  notAChoice: [{ value: '"done"', values: 'a, b', what: 'status' }, '"done" is not a section status; use one of a, b'],
  unknownSection: [{ value: '"x"', sections: 'a, b' }, 'unknown section "x"; the sections are a, b'],
  notADate: [{ value: '"31/01/2027"' }, '"31/01/2027" is not a calendar date; write it as YYYY-MM-DD, e.g. 2027-01-31'],
  emptyId: [{}, 'is empty: give it an id'],
  idTooLong: [{ max: 100 }, 'is longer than 100 characters'],
  notWhole: [{}, 'must be a whole number'],
  negative: [{}, 'cannot be negative'],
  moreThan: [{ max: 1000000 }, 'is more than 1000000'],
  sheetTooManyColumns: [{ count: 1200, max: 1000 }, 'has 1200 columns; at most 1000 can be imported'],
  csvTooManyColumns: [{ count: 1200, max: 1000 }, 'has 1200 columns; at most 1000 can be imported (a Kumu file has a few dozen)'],
  valueWithoutHeading: [{ column: 4 }, 'has a value in column 4, which has no heading'],
  columnTwice: [{ heading: 'Label' }, 'the column "Label" appears twice'],
  reservedColumn: [{ name: 'kind' }, '"kind" is the name of one of this map\'s own fields; rename the column'],
  jsonColumnNotJson: [{}, 'is not JSON (a column whose heading ends in "(JSON)" holds JSON values)'],
  csvBinary: [{}, 'is not a CSV file: it holds binary data'],
  csvInvalid: [{ reason: 'Quote Not Closed' }, 'is not valid CSV: Quote Not Closed'],
  csvTooManyRows: [{ max: 50000 }, 'has more than 50000 rows under its headings; at most 50000 can be imported'],
  sheetTooManyRows: [{ count: 50001, max: 50000 }, 'has 50001 rows under its headings; at most 50000 can be imported'],
  csvFormula: [{}, 'starts with "=": formulas are not imported; put the value itself in the cell'],
  cellFormula: [{}, 'is a formula; formulas are not imported (copy the cells and paste them as values)'],
  cellError: [{ value: '#REF!' }, 'holds an error value (#REF!); put the value itself in the cell'],
  notNumber: [{ value: '"left"' }, 'expected a number, found "left"'],
  halfPosition: [{}, 'is empty: a position needs both X and Y'],
  noLabelColumn: [{}, 'has no Label column (the first row holds the headings: Label, and ID if the elements have ids)'],
  noEndColumn: [{ column: 'From' }, 'has no From column (the first row holds the headings)'],
  emptyLabel: [{}, 'is empty: an element needs a label to be placed'],
  emptyFrom: [{}, 'is empty: a connection needs the element it comes from'],
  emptyTo: [{}, 'is empty: a connection needs the element it goes to'],
  emptyDatasetName: [{}, 'is empty: a dataset needs a name'],
  emptyNoteText: [{}, 'is empty: a note needs its text'],
  mapSheetOneRow: [{}, 'the Map sheet has one row under its headings: the map itself'],
  ambiguousName: [
    { name: 'Council', count: 2, ids: 'a1, a2' },
    '"Council" could be any of 2 elements (ids a1, a2); give the elements IDs and name them by ID',
  ],
  noElement: [{ name: 'vendr' }, 'no element has the id or label "vendr"'],
  fileOverMegabytes: [{ mb: 20 }, 'is larger than 20 MB'],
  notKumuArchive: [{ reason: 'no zip directory at its end' }, 'is not a zip archive of Kumu CSV files (no zip directory at its end)'],
  archiveWithoutElements: [{ file: 'elements.csv' }, 'holds no elements.csv (an archive from "opencities export --format kumu-csv" does)'],
  csvNotUtf8: [{}, 'is not UTF-8 text; save it as "CSV UTF-8"'],
  zipLies: [{}, 'the file is damaged: an entry unpacks to more than it declares; export it again'],
  zipUnpacksTooMuch: [{ mb: 100, what: 'workbook' }, 'unpacks to more than 100 MB; import a smaller workbook'],
  zipTooManyFiles: [{ count: 1500, max: 1000, what: 'map' }, 'holds 1500 files; at most 1000 are read: import a smaller map'],
  oldExcel: [{}, 'is an old Excel file (.xls); save it as an Excel workbook (.xlsx) and import that'],
  notWorkbook: [{ reason: 'End of data reached' }, 'is not an Excel workbook (.xlsx): End of data reached'],
  notZipPackage: [{}, 'is not an Excel workbook (.xlsx): it is not a zip package'],
  noElementsSheet: [
    { sheets: '"Sheet1"' },
    'has no sheet named Elements (a Kumu workbook has Elements and Connections; this one has "Sheet1")',
  ],
  notXml: [{ reason: "Unclosed tag 'graph'." }, "is not XML: Unclosed tag 'graph'."],
  unreadableXml: [{ reason: 'bad' }, 'is not readable XML: bad'],
  notGraphml: [{ root: 'svg' }, 'is not GraphML: its root element is <svg>, not <graphml>'],
  noGraph: [{}, 'holds no <graph>'],
  severalGraphs: [{ count: 2 }, 'holds 2 graphs; import them one file at a time'],
  hyperedge: [{}, 'hyperedges (edges joining more than two nodes) cannot be imported'],
  tooManyNodes: [{ nodes: 60000, edges: 3, max: 50000 }, 'has 60000 nodes and 3 edges; at most 50000 of each can be imported'],
  notJsonList: [{}, 'expected a JSON list'],
  noNodeId: [{}, 'has no id'],
  endMissing: [{}, 'is missing'],
  noNode: [{ id: 'b' }, 'no node has the id "b"'],
  keyNotJson: [{}, 'is not JSON (its key says its values are JSON)'],
  notUtf8: [{}, 'is not UTF-8 text (a spreadsheet program saves it with "CSV UTF-8" or "Unicode (UTF-8)")'],
  notABoardFile: [{}, 'is neither "opencities/ecosystem-map" nor "opencities/ethics-canvas"'],
  connectionsAlone: [{ file: 'map.json' }, 'a connections file goes with a Kumu elements CSV file, not with map.json'],
  notKumuPair: [{}, 'of two Kumu CSV files, one holds the elements (a Label column) and the other the connections (From and To columns)'],
};

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
        message: 'no element has the id or label "Nobody"',
        problem: { code: 'noElement', values: { name: 'Nobody' } },
      },
    ]);
    const graphml = readGraphml('<svg/>');
    expect(graphml.ok ? undefined : graphml.errors[0]?.problem).toEqual({ code: 'notGraphml', values: { root: 'svg' } });
  });
});

import { describe, expect, it } from 'vitest';
import {
  kumuCsvFileNames,
  kumuCsvRole,
  readKumuCsvFiles,
  readKumuWorkbook,
  sheetOf,
  writeKumuCsvFiles,
  writeKumuWorkbook,
} from '../../../src/domain/formats/index.js';
import { sortMapById } from '../../../src/domain/map/index.js';
import type { EcosystemMap } from '../../../src/domain/map/index.js';
import { errorsOf, fixtureText, goldenMap, mapOf } from './fixtures.js';

const golden = 'kumu/v1-air-quality';
const csv = (elements: string, connections?: string) =>
  readKumuCsvFiles({
    elements: { name: 'elements.csv', text: elements },
    connections: connections === undefined ? undefined : { name: 'connections.csv', text: connections },
  });

describe('Kumu CSV: golden files', () => {
  it('the golden map writes exactly the committed CSV files (elements, connections, datasets, notes, map)', () => {
    const files = writeKumuCsvFiles(goldenMap());
    for (const role of Object.keys(kumuCsvFileNames) as (keyof typeof files)[])
      expect(files[role], kumuCsvFileNames[role]).toBe(fixtureText(`${golden}/${kumuCsvFileNames[role]}`));
  });

  it('Kumu columns first: ID, Label, Type, Description, Tags; connections From and To by id, Type = kind, direction = directed', () => {
    const [elements] = fixtureText(`${golden}/elements.csv`).split('\r\n');
    expect(elements).toBe('ID,Label,Type,Description,Tags,Roles,Skills,X,Y');
    const connections = fixtureText(`${golden}/connections.csv`).split('\r\n');
    expect(connections[0]).toBe('ID,From,To,Type,Label,direction,Dataset,Dataset ID,Frequency,Access,Standard');
    expect(connections[1]).toBe('f1,vendor,council,data,hourly upload,directed,Sensor readings,readings,hourly,shared,');
  });

  it('the two Kumu files alone give the actors and flows, with one dataset per dataset name', () => {
    const map = mapOf(csv(fixtureText(`${golden}/elements.csv`), fixtureText(`${golden}/connections.csv`)));
    const full = goldenMap();
    expect(map.actors).toEqual(full.actors);
    expect(map.flows).toEqual(full.flows);
    const names = (m: EcosystemMap) => sortMapById(m).datasets.map((d) => [d.id, d.name]);
    expect(names(map)).toEqual(names(full));
    expect(map.notes).toEqual([]);
    expect(map.title).toBe('');
  });
});

describe('Kumu CSV written by hand (labels, no ids)', () => {
  const map = () => mapOf(csv(fixtureText('kumu/kumu-labels-elements.csv'), fixtureText('kumu/kumu-labels-connections.csv')));

  it('reads semicolon-separated files, makes ids from labels and keeps Email as a custom field', () => {
    const m = map();
    expect(m.actors.map((a) => a.id)).toEqual(['city-council', 'airsense-ltd', 'clean-air-now', 'residents']);
    expect(m.actors[0]).toEqual({
      id: 'city-council',
      name: 'City Council',
      type: 'public',
      roles: [],
      tags: ['transport', 'open data'],
      extra: { Email: 'data@example.org' },
    });
  });

  it('an element Type that is not ours becomes a tag', () => {
    expect(map().actors[1]).toMatchObject({ name: 'AirSense Ltd', tags: ['sensors', 'Company'] });
    expect(map().actors[1]?.type).toBeUndefined();
  });

  it('a To cell naming several targets gives one flow each; names match ignoring case', () => {
    const flows = map().flows.map((f) => [f.id, f.from, f.to, f.kind]);
    expect(flows).toEqual([
      ['f1', 'airsense-ltd', 'city-council', 'data'],
      ['f2', 'airsense-ltd', 'clean-air-now', 'data'],
      ['f3', 'city-council', 'residents', 'value'],
      ['f4', 'clean-air-now', 'city-council', 'data'],
    ]);
  });

  it('an unknown connection type becomes a value flow keeping the type; direction other than directed is kept', () => {
    expect(map().flows[2]).toEqual({
      id: 'f3',
      from: 'city-council',
      to: 'residents',
      kind: 'value',
      extra: { Type: 'Partnership', direction: 'mutual' },
    });
  });

  it('one dataset per distinct dataset name on data connections', () => {
    const m = map();
    expect(m.datasets).toEqual([{ id: 'sensor-readings', name: 'Sensor readings', heldBy: [] }]);
    expect(m.flows.filter((f) => f.dataset === 'sensor-readings').map((f) => f.id)).toEqual(['f1', 'f2', 'f4']);
    expect(m.flows[0]?.extra).toEqual({ Strength: '3' });
  });
});

describe('Kumu workbook rows', () => {
  it('empty texts, unknown fields of every JSON kind and awkward names survive, typed or not', () => {
    const map: EcosystemMap = {
      title: '',
      actors: [
        {
          id: 'a|b',
          name: '',
          roles: [],
          tags: ['', '[x]', ' pad '],
          description: '',
          extra: { label: 'mine', n: 3, ok: true, none: null, list: [1], ['__proto__']: { p: 1 } },
        },
        { id: '[c]', name: '=SUM(A1)', roles: ['funder'], tags: [], skills: "'-5", position: { x: -0.5, y: 1e21 } },
      ],
      datasets: [],
      flows: [{ id: 'f', from: 'a|b', to: '[c]', kind: 'money', label: '+44 20', extra: { Type: 'kept', direction: 'mutual' } }],
      notes: [],
    };
    for (const typed of [true, false]) {
      const book = writeKumuWorkbook(map, { typed });
      expect(sortMapById(mapOf(readKumuWorkbook(book), `typed ${typed}`))).toEqual(sortMapById(map));
    }
    const book = writeKumuWorkbook(map, { typed: false });
    expect(book.elements.rows[0]?.cells).toEqual([
      'ID',
      'Label',
      'Type',
      'Description',
      'Tags',
      'Roles',
      'Skills',
      'X',
      'Y',
      '__proto__ (JSON)',
      'label (JSON)',
      'list (JSON)',
      'n (JSON)',
      'none (JSON)',
      'ok (JSON)',
    ]);
    expect(book.connections.rows[1]?.cells.slice(0, 3)).toEqual(['f', 'a|b', '["[c]"]']);
    expect(writeKumuWorkbook(map, { typed: true }).elements.rows[0]?.cells.slice(9)).toEqual([
      '__proto__ (JSON)',
      'label (JSON)',
      'list (JSON)',
      'n',
      'none (JSON)',
      'ok',
    ]);
  });
});

describe('Kumu: bad files are refused whole, by row', () => {
  const elements = 'ID,Label\r\nc,City Council\r\nv,AirSense\r\n';

  it('an element with no label and a connection naming nothing, each by its row; nothing is imported', () => {
    const result = csv('Label,Type\r\nCity Council,public\r\n,private\r\n', 'From,To\r\nCity Council,Vendr\r\nNobody,City Council\r\n');
    expect(errorsOf(result)).toEqual([
      'elements.csv row 3, Label: is empty: an element needs a label to be placed',
      'connections.csv row 2, To: no element has the id or label "Vendr"',
      'connections.csv row 3, From: no element has the id or label "Nobody"',
    ]);
  });

  it('a label two elements share is ambiguous, not guessed', () => {
    expect(errorsOf(csv('Label\r\nSame\r\nSame\r\n', 'From,To\r\nSame,Same\r\n'))[0]).toMatch(
      /^connections.csv row 2, From: "Same" could be any of 2 elements/,
    );
  });

  it('a formula cell in a CSV file', () => {
    expect(errorsOf(csv('ID,Label\r\nc,"=HYPERLINK(""http://x"")"\r\n'))).toEqual([
      'elements.csv row 2, Label: starts with "=": formulas are not imported; put the value itself in the cell',
    ]);
  });

  it('a file with no Label column, or connections without From', () => {
    expect(errorsOf(csv('ID,Name\r\nc,City\r\n'))[0]).toMatch(/^elements.csv: has no Label column/);
    expect(errorsOf(csv(elements, 'Source,To\r\nc,v\r\n'))[0]).toMatch(/^connections.csv: has no From column/);
  });

  it('values the map refuses are named by row and column (duplicate id, an access not in the list, a long label)', () => {
    const result = csv('ID,Label\r\nc,City\r\nc,Again\r\nv,' + 'x'.repeat(121) + '\r\n', 'From,To,Type,Access\r\nc,v,data,public\r\n');
    expect(errorsOf(result)).toEqual([
      'elements.csv row 4, Label: is longer than 120 characters',
      'connections.csv row 2, Access: "public" is not one of closed, shared, open',
      expect.stringMatching(/^elements.csv row 3, ID: /),
    ]);
  });

  it('a JSON column that does not hold JSON, a value under no heading, a quote left open, binary data', () => {
    expect(errorsOf(csv('ID,Label,weight (JSON)\r\nc,City,{oops\r\n'))).toEqual([
      'elements.csv row 2, weight (JSON): is not JSON (a column whose heading ends in "(JSON)" holds JSON values)',
    ]);
    expect(errorsOf(csv('ID,Label\r\nc,City,stray\r\n'))).toEqual(['elements.csv row 2: has a value in column 3, which has no heading']);
    expect(errorsOf(csv('ID,Label\r\nc,"City\r\n'))[0]).toMatch(/^elements.csv row 2: is not valid CSV: Quote Not Closed/);
    expect(errorsOf(csv('ID,Label\u0000'))).toEqual(['elements.csv: is not a CSV file: it holds binary data']);
  });

  it('a sheet over 20,000 rows', () => {
    const rows = Array.from({ length: 20_001 }, (_, i) => [`a${i}`, `A ${i}`]);
    expect(errorsOf(readKumuWorkbook({ elements: sheetOf('Elements', [['ID', 'Label'], ...rows]) }))).toEqual([
      'Elements: has 20001 rows under its headings; at most 20000 can be imported',
    ]);
    expect(errorsOf(csv(`ID,Label\r\n${rows.map((r) => r.join(',')).join('\r\n')}`))).toEqual([
      'elements.csv: has more than 20000 rows under its headings; at most 20000 can be imported',
    ]);
  });
});

describe('Kumu CSV: which file of the pair', () => {
  it('tells the connections file by From and To, the elements file by Label, in any case; else neither', () => {
    const role = (text: string) => kumuCsvRole({ name: 'x.csv', text });
    expect(role(fixtureText(`${golden}/connections.csv`))).toBe('connections');
    expect(role(fixtureText(`${golden}/elements.csv`))).toBe('elements');
    expect(role(fixtureText('kumu/kumu-labels-connections.csv'))).toBe('connections');
    expect(role('\uFEFF label ;TYPE\nCouncil;public\n')).toBe('elements');
    expect(role(' from ,TO\na,b\n')).toBe('connections');
    expect(role(fixtureText(`${golden}/datasets.csv`))).toBeUndefined();
    expect(role('"Label,Type\n')).toBeUndefined();
  });
});

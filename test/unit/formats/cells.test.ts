import { describe, expect, it } from 'vitest';
import { readCsvSheet, sheetOf, writeCsvSheet } from '../../../src/domain/formats/index.js';
import { readListCell, writeListCell } from '../../../src/domain/formats/listCell.js';

describe('list cells (tags, roles, targets)', () => {
  it('plain `a|b` when it reads back, JSON otherwise', () => {
    expect(writeListCell([])).toBeUndefined();
    expect(writeListCell(['transport', 'open data'])).toBe('transport|open data');
    for (const items of [[''], ['a|b'], [' pad'], ['[draft]'], ['a', '']]) {
      const cell = writeListCell(items);
      expect(cell?.startsWith('['), JSON.stringify(items)).toBe(true);
      expect(readListCell(cell ?? '')).toEqual(items);
    }
  });

  it('reads what people type: spaces around items, empty items, repeats, a bracket that is not JSON', () => {
    expect(readListCell(' transport | open data ||transport')).toEqual(['transport', 'open data']);
    expect(readListCell('[draft]|x')).toEqual(['[draft]', 'x']);
  });
});

describe('CSV cells', () => {
  const roundTrip = (cells: (string | number | undefined)[]) => {
    const read = readCsvSheet(writeCsvSheet(sheetOf('t.csv', [cells])), 't.csv');
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    return read.sheet.rows[0]?.cells;
  };

  it('an empty text is `""`, an absent value nothing', () => {
    expect(writeCsvSheet(sheetOf('t', [['a', '', undefined, 'b']]))).toBe('a,"",,b\r\n');
    expect(roundTrip(['a', '', undefined, 'b'])).toEqual(['a', '', undefined, 'b']);
  });

  it('texts a spreadsheet would run as formulas get a leading apostrophe, taken off on reading; numbers do not', () => {
    expect(writeCsvSheet(sheetOf('t', [['=1+1', '-x', '@sum', "'=x", "'plain", -160]]))).toBe(`'=1+1,'-x,'@sum,''=x,'plain,-160\r\n`);
    expect(roundTrip(['=1+1', '-x', '@sum', "'=x", "'plain", '+44 20', '\tx'])).toEqual([
      '=1+1',
      '-x',
      '@sum',
      "'=x",
      "'plain",
      '+44 20',
      '\tx',
    ]);
    expect(roundTrip([-160])).toEqual(['-160']);
  });

  it('semicolons and tabs as separators, a byte order mark, quoted line breaks', () => {
    for (const text of ['\uFEFFID;Label\r\nc;"City; Council"\r\n', 'ID\tLabel\nc\tCity; Council\n']) {
      const read = readCsvSheet(text, 't.csv');
      expect(read.ok && read.sheet.rows.map((r) => r.cells)).toEqual([
        ['ID', 'Label'],
        ['c', 'City; Council'],
      ]);
    }
    expect(roundTrip(['line\nbreak', 'q"uote', 'a,b'])).toEqual(['line\nbreak', 'q"uote', 'a,b']);
  });
});

describe('sheet size', () => {
  const sheet = (dataRows: number) => ['From,To', ...Array.from({ length: dataRows }, (_, i) => `a${i},b${i}`)].join('\r\n');

  it('L6: a sheet with a heading and as many rows as a board holds flows reads; one more row is refused', () => {
    const atLimit = readCsvSheet(sheet(20_000), 'connections.csv');
    expect(atLimit.ok && atLimit.sheet.rows.length).toBe(20_001);
    const over = readCsvSheet(sheet(20_001), 'connections.csv');
    expect(over.ok).toBe(false);
  });
});

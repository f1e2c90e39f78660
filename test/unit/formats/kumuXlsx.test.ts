import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readKumuCsvArchive } from '../../../src/domain/formats/index.js';
import { readKumuXlsx } from '../../../src/server/services/kumuXlsxReader.js';
import { writeKumuXlsx } from '../../../src/server/services/kumuXlsxWriter.js';
import { errorsOf, fixtureBytes, goldenMap, mapOf } from './fixtures.js';

describe('Kumu workbook (.xlsx)', () => {
  it('the golden map comes back equal, and the workbook has the five sheets with Kumu headings first', async () => {
    const bytes = await writeKumuXlsx(goldenMap());
    expect(mapOf(await readKumuXlsx(bytes, 'map.xlsx'))).toEqual(goldenMap());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Elements', 'Connections', 'Datasets', 'Notes', 'Map']);
    expect((workbook.getWorksheet('Elements')?.getRow(1).values as unknown[]).slice(1, 6)).toEqual([
      'ID',
      'Label',
      'Type',
      'Description',
      'Tags',
    ]);
    // Positions are numbers in the workbook, not text.
    expect(workbook.getWorksheet('Elements')?.getCell('H2').value).toBe(120);
  });

  it('a workbook written by a spreadsheet program (LibreOffice) imports: labels, several targets in To, an unknown type', async () => {
    const map = mapOf(await readKumuXlsx(fixtureBytes('kumu/kumu-spreadsheet-app.xlsx'), 'kumu-spreadsheet-app.xlsx'));
    expect(map.actors.map((a) => [a.id, a.name, a.type ?? null, a.tags])).toEqual([
      ['city-council', 'City Council', 'public', ['transport', 'open data']],
      ['airsense-ltd', 'AirSense Ltd', null, ['sensors', 'Company']],
      ['city-university', 'City University', 'academia', []],
      ['residents', 'Residents', 'individuals', []],
    ]);
    // A date cell arrives as the day; other columns as custom fields, numbers as numbers.
    expect(map.actors[0]?.extra).toEqual({ Website: 'https://example.org/council', Founded: '1989-04-01' });
    expect(map.flows.map((f) => [f.from, f.to, f.kind, f.dataset ?? null, f.extra ?? null])).toEqual([
      ['airsense-ltd', 'city-council', 'data', 'sensor-readings', { Strength: 3 }],
      ['airsense-ltd', 'city-university', 'data', 'sensor-readings', { Strength: 3 }],
      ['city-council', 'residents', 'value', null, { Type: 'Partnership', Strength: 1.5 }],
      ['city-council', 'airsense-ltd', 'money', null, null],
      ['city-university', 'residents', 'data', 'sensor-readings', null],
    ]);
    expect(map.datasets).toEqual([{ id: 'sensor-readings', name: 'Sensor readings', heldBy: [] }]);
  });

  it('a formula cell is refused, naming its sheet, row, column and cell', async () => {
    expect(errorsOf(await readKumuXlsx(fixtureBytes('kumu/kumu-formula.xlsx'), 'kumu-formula.xlsx'))).toEqual([
      'Elements row 3, Label (cell A3): is a formula; formulas are not imported (copy the cells and paste them as values)',
    ]);
  });

  it('files that are not what they claim are refused whole', async () => {
    const text = new TextEncoder().encode('ID,Label\nc,City\n');
    expect(errorsOf(await readKumuXlsx(text, 'map.xlsx'))).toEqual(['map.xlsx: is not an Excel workbook (.xlsx): it is not a zip package']);
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(errorsOf(await readKumuXlsx(xls, 'old.xlsx'))[0]).toMatch(/^old.xlsx: is an old Excel file \(.xls\)/);
    const zipNotWorkbook = fixtureBytes('kumu/kumu-formula.xlsx').slice(0, 200);
    expect(errorsOf(await readKumuXlsx(zipNotWorkbook, 'cut.xlsx'))[0]).toMatch(/^cut.xlsx: is not an Excel workbook \(.xlsx\): /);
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').addRow(['Label']);
    const noElements = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(errorsOf(await readKumuXlsx(noElements, 'plain.xlsx'))).toEqual([
      'plain.xlsx: has no sheet named Elements (a Kumu workbook has Elements and Connections; this one has "Sheet1")',
    ]);
  });

  it('a sheet over 20,000 rows is refused before its rows are read', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Elements');
    ws.addRow(['Label']);
    ws.getCell('A20002').value = 'far down';
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(errorsOf(await readKumuXlsx(bytes, 'big.xlsx'))).toEqual([
      'Elements: has 20001 rows under its headings; at most 20000 can be imported',
    ]);
  });

  it('a small package that unpacks to over 100 MB is refused before it is unpacked (workbook and kumu-csv archive)', async () => {
    const bomb = zipSync({ 'elements.csv': new Uint8Array(101 * 1024 * 1024) }, { level: 1 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(errorsOf(await readKumuXlsx(bomb, 'bomb.xlsx'))).toEqual(['bomb.xlsx: unpacks to more than 100 MB; import a smaller workbook']);
    expect(errorsOf(readKumuCsvArchive(bomb, 'bomb.zip'))).toEqual(['bomb.zip: unpacks to more than 100 MB; import a smaller map']);
  });
});

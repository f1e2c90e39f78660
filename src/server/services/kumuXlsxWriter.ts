import ExcelJS from 'exceljs';
import { writeKumuWorkbook } from '../../domain/formats/index.js';
import type { EcosystemMap } from '../../domain/map/index.js';

/**
 * Writes a map as a Kumu workbook (.xlsx) with exceljs: the domain's writeKumuWorkbook gives the
 * sheets (Elements and Connections for Kumu; Datasets, Notes and Map for the rest), typed, so
 * numbers and true/false stay numbers and true/false. Headings are bold and stay in view.
 */
export async function writeKumuXlsx(map: EcosystemMap): Promise<Uint8Array> {
  const book = writeKumuWorkbook(map, { typed: true });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Open Cities Studio';
  for (const sheet of [book.elements, book.connections, book.datasets, book.notes, book.map]) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    for (const row of sheet.rows) ws.addRow(row.cells.map((cell) => cell ?? null));
    ws.getRow(1).font = { bold: true };
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

import ExcelJS from 'exceljs';
import { readKumuWorkbook, readMeasuredZip, sheetLimits } from '../../domain/formats/index.js';
import type { Cell, KumuWorkbook, Sheet } from '../../domain/formats/index.js';
import type { MapIssue, ReadMapResult } from '../../domain/map/index.js';
import { place, placed, sayFile, saySheet, type FileProblem, type Said } from '../../domain/fileProblems/index.js';

/**
 * Reads the bytes of a Kumu workbook (.xlsx) with exceljs into sheets, then maps the rows with
 * the domain's readKumuWorkbook. This part lives in src/server because exceljs is built on Node
 * (Buffer, streams): src/domain stays pure. Sheets are found by name in any case: Elements
 * (required), Connections, and Datasets, Notes, Map from this app's own export.
 *
 * Refused, naming the place: a file that is not an xlsx workbook, a formula cell or an error
 * value (a formula's result depends on a spreadsheet program running it), a sheet over
 * sheetLimits.rows rows under its headings.
 */
export async function readKumuXlsx(bytes: Uint8Array, name: string): Promise<ReadMapResult> {
  if (bytes.length > sheetLimits.fileBytes) return refuse(name, sayFile('fileOverMegabytes', { mb: sheetLimits.fileBytes / 1024 / 1024 }));
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) return refuse(name, sayFile('oldExcel'));
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) return refuse(name, sayFile('notZipPackage'));
  // exceljs unpacks every part in memory, trusting the sizes the package declares: the parts are
  // counted and measured while inflating first, and a package over the limits is refused.
  const measured = readMeasuredZip(bytes, () => false, 'workbook');
  if (!measured.ok) return refuse(name, measured.unreadable ? sayFile('notWorkbook', { reason: measured.message }) : measured);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (e) {
    return refuse(name, sayFile('notWorkbook', { reason: e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e) }));
  }
  const find = (sheetName: string) => workbook.worksheets.find((ws) => ws.name.trim().toLowerCase() === sheetName.toLowerCase());
  const elements = find('Elements');
  if (!elements) {
    const names = workbook.worksheets.map((ws) => `"${ws.name}"`).join(', ');
    return refuse(name, sayFile('noElementsSheet', { sheets: names }));
  }
  const errors: MapIssue[] = [];
  const sheet = (ws: ExcelJS.Worksheet | undefined): Sheet | undefined => (ws ? toSheet(ws, errors) : undefined);
  const book: KumuWorkbook = {
    elements: sheet(elements) ?? { name: 'Elements', rows: [] },
    connections: sheet(find('Connections')),
    datasets: sheet(find('Datasets')),
    notes: sheet(find('Notes')),
    map: sheet(find('Map')),
  };
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, 100) };
  return readKumuWorkbook(book);
}

function toSheet(ws: ExcelJS.Worksheet, errors: MapIssue[]): Sheet | undefined {
  if (ws.rowCount > sheetLimits.rows + 1) {
    errors.push({ path: ws.name, ...saySheet('sheetTooManyRows', { count: ws.rowCount - 1, max: sheetLimits.rows }) });
    return undefined;
  }
  const rows: Sheet['rows'] = [];
  let headings: (Cell | undefined)[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: (Cell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const heading = rows.length === 0 ? undefined : headings[column - 1];
      const at = () =>
        placed(place('row', { sheet: ws.name, row: rowNumber }, heading === undefined ? { column } : String(heading), cell.address));
      const value = cellValue(cell);
      if ('problem' in value) errors.push({ ...at(), ...value.problem });
      else cells[column - 1] = value.cell;
    });
    if (rows.length === 0) headings = cells;
    rows.push({ row: rowNumber, cells: Array.from(cells) });
  });
  return { name: ws.name, rows };
}

function cellValue(cell: ExcelJS.Cell): { cell: Cell | undefined } | { problem: Said } {
  const value = cell.value;
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      return { cell: undefined };
    case ExcelJS.ValueType.Number:
    case ExcelJS.ValueType.Boolean:
    case ExcelJS.ValueType.String:
      return { cell: value as number | boolean | string };
    case ExcelJS.ValueType.Date: {
      // A date as ISO text; a day without a time as the day alone.
      const iso = (value as Date).toISOString();
      return { cell: iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso };
    }
    case ExcelJS.ValueType.Formula:
      return { problem: saySheet('cellFormula') };
    case ExcelJS.ValueType.Error:
      return { problem: saySheet('cellError', { value: cell.text }) };
    default:
      // Rich text, a hyperlink, a shared string: the text a person sees.
      return { cell: cell.text };
  }
}

function refuse(path: string, said: { message: string; problem?: FileProblem }): ReadMapResult {
  return { ok: false, errors: [{ path, message: said.message, ...(said.problem && { problem: said.problem }) }] };
}

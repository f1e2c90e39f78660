import { stringify } from 'csv-stringify/sync';
import type { Sheet } from './sheet.js';

/**
 * Writes a sheet as CSV (RFC 4180: comma, CRLF, quotes only where needed, no byte order mark,
 * which Kumu would read as part of the first heading). An empty text is written `""` and an
 * empty cell as nothing (see csvReader). A text starting with `=`, `+`, `-`, `@`, tab or
 * carriage return gets a leading `'` so a spreadsheet program shows it instead of running it
 * as a formula (OWASP's advice); csvReader takes it off again. Numbers are written as they are.
 */
export function writeCsvSheet(sheet: Sheet): string {
  const records = sheet.rows.map((row) =>
    row.cells.map((cell) => {
      if (typeof cell !== 'string') return cell === undefined ? null : String(cell);
      return /^'*[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
    }),
  );
  return stringify(records, {
    record_delimiter: '\r\n',
    // A line break in a cell must be quoted for every reader (csv-stringify only quotes its own record delimiter).
    quoted_match: /[\r\n]/,
    cast: { string: (value) => (value === '' ? { value: '', quoted_empty: true } : value) },
  });
}

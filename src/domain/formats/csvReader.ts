import { place, placed, saySheet } from '../fileProblems/index.js';
import { parse } from 'csv-parse/sync';
import type { MapIssue } from '../map/index.js';
import type { Sheet } from './sheet.js';
import { sheetLimits } from './sheet.js';

/**
 * Reads one CSV file (RFC 4180; comma, semicolon or tab, as spreadsheet programs in different
 * countries save it) as a sheet. An unquoted empty field is an empty cell, a quoted one `""` an
 * empty text (the distinction PostgreSQL's CSV makes), so a map's empty texts survive.
 *
 * Refused, naming the row: a quote left open, a cell starting with `=` (a formula, which a
 * spreadsheet program would run), a file that is not text, more than sheetLimits.rows rows under the headings or
 * sheetLimits.columns columns.
 * A leading `'` that csvWriter put before `=`, `+`, `-`, `@`, tab or carriage return is
 * taken off again.
 */
export type ReadSheetResult = { ok: true; sheet: Sheet } | { ok: false; errors: MapIssue[] };

export function readCsvSheet(text: string, name: string): ReadSheetResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.includes('\u0000')) return refuse({ path: name, ...saySheet('csvBinary') });
  const heading = headingLine(body);
  const delimiter = guessDelimiter(heading.line);
  // Refused before parsing, in one pass over the text: csv-parse took 10 s over a row of
  // 200,000 fields.
  const wide = widestRow(body, delimiter);
  if (wide) return tooManyColumns(name, wide.row, wide.columns);
  let records: (string | undefined)[][];
  try {
    records = parse(body, {
      delimiter,
      // csv-parse would take the first line break it meets, even one inside a quoted cell.
      record_delimiter: heading.end,
      relax_column_count: true,
      skip_empty_lines: false,
      to: sheetLimits.rows + 2,
      // null marks an unquoted empty field; csv-parse keeps whatever cast returns.
      cast: (value, context) => (value === '' && !context.quoting ? null : value) as string,
    }).map((record: (string | null)[]) => record.map((cell) => cell ?? undefined));
  } catch (e) {
    const error = e as { message?: string; records?: number };
    const at = typeof error.records === 'number' ? placed(place('row', { sheet: name, row: error.records + 1 })) : { path: name };
    return refuse({ ...at, ...saySheet('csvInvalid', { reason: (error.message ?? String(e)).split('\n')[0] ?? '' }) });
  }
  if (records.length > sheetLimits.rows + 1) return refuse({ path: name, ...saySheet('csvTooManyRows', { max: sheetLimits.rows }) });
  const headings = records[0] ?? [];
  const errors: MapIssue[] = [];
  const rows = records.map((cells, i) => ({
    row: i + 1,
    cells: cells.map((cell, column) => {
      if (cell === undefined) return undefined;
      if (cell.startsWith('=')) {
        const heading = i === 0 ? undefined : headings[column];
        errors.push({ ...placed(place('row', { sheet: name, row: i + 1 }, heading ?? { column: column + 1 })), ...saySheet('csvFormula') });
      }
      return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
    }),
  }));
  return errors.length > 0 ? { ok: false, errors: errors.slice(0, 100) } : { ok: true, sheet: { name, rows } };
}

function tooManyColumns(name: string, row: number, columns: number): ReadSheetResult {
  return refuse({
    ...placed(place('row', { sheet: name, row })),
    ...saySheet('csvTooManyColumns', { count: columns, max: sheetLimits.columns }),
  });
}

/**
 * The first row (counted as CSV rows: a line break inside quotes does not end one) with more
 * than sheetLimits.columns fields, and how many it has; null when every row is within the limit.
 */
function widestRow(text: string, delimiter: string): { row: number; columns: number } | null {
  let quoted = false;
  let row = 1;
  let fields = 1;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === delimiter) fields++;
    else if (c === '\n' || c === '\r' || c === undefined) {
      if (fields > sheetLimits.columns) return { row, columns: fields };
      if (c === '\r' && text[i + 1] === '\n') i++;
      row++;
      fields = 1;
    }
  }
  return null;
}

/** The separator that splits the heading line into the most fields (a comma when none does). */
function guessDelimiter(line: string): string {
  const outsideQuotes = line.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, outsideQuotes.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/** The first line (up to the first line break outside quotes) and the line break files use. */
function headingLine(text: string): { line: string; end: string } {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) return { line: text.slice(0, i), end: c === '\r' && text[i + 1] === '\n' ? '\r\n' : c };
  }
  return { line: text, end: '\r\n' };
}

function refuse(issue: MapIssue): ReadSheetResult {
  return { ok: false, errors: [issue] };
}

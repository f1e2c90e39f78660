import { place, placed, saySheet, withField, type FilePlace, type Said } from '../fileProblems/index.js';
import type { MapIssue } from '../map/index.js';
import { dataRows, readColumns, readCustom } from './columns.js';
import type { ReadColumns } from './columns.js';
import { readListCell } from './listCell.js';
import type { Origin } from './places.js';
import type { Cell, Sheet, SheetRow } from './sheet.js';

/**
 * Reads the rows of one sheet by field: each cell as text, a list, a number, plus the row's
 * custom fields. Problems go to `issues` at `Sheet row N, Heading`.
 */
export class RowReader<F extends string> {
  readonly columns: ReadColumns<F>;

  constructor(
    readonly sheet: Sheet,
    private readonly headings: Record<string, F>,
    private readonly issues: MapIssue[],
  ) {
    this.columns = readColumns(sheet, headings, issues);
  }

  rows(): SheetRow[] {
    return dataRows(this.sheet);
  }

  has(field: F): boolean {
    return this.columns.known.has(field);
  }

  /** The heading the file uses for a field (its own spelling), else ours. */
  heading(field: F): string {
    const index = this.columns.known.get(field);
    const theirs = index === undefined ? undefined : this.columns.headings[index];
    return theirs ?? Object.entries(this.headings).find(([, f]) => f === field)?.[0] ?? field;
  }

  /** `Elements row 4`, or with a field `Elements row 4, Label` (the file's heading). */
  place(row: SheetRow, field?: F): FilePlace {
    return withField(place('row', { sheet: this.sheet.name, row: row.row }), field === undefined ? undefined : this.heading(field));
  }

  report(row: SheetRow, field: F | undefined, said: Said): void {
    this.issues.push({ ...placed(this.place(row, field)), ...said });
  }

  cell(row: SheetRow, field: F): Cell | undefined {
    const index = this.columns.known.get(field);
    return index === undefined ? undefined : row.cells[index];
  }

  /** Text as written; numbers and true/false as text (a spreadsheet may type "2024" as a number). */
  text(row: SheetRow, field: F): string | undefined {
    const cell = this.cell(row, field);
    return cell === undefined ? undefined : String(cell);
  }

  /** Text with something in it: an empty cell and an empty text both give undefined. */
  filled(row: SheetRow, field: F): string | undefined {
    const text = this.text(row, field)?.trim();
    return text === '' ? undefined : text;
  }

  list(row: SheetRow, field: F): string[] {
    const text = this.text(row, field);
    return text === undefined ? [] : readListCell(text);
  }

  number(row: SheetRow, field: F): number | undefined {
    const cell = this.cell(row, field);
    if (cell === undefined || cell === '') return undefined;
    const value =
      typeof cell === 'number'
        ? cell
        : typeof cell === 'string' && /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(cell)
          ? Number(cell)
          : NaN;
    if (Number.isFinite(value)) return value;
    this.report(row, field, saySheet('notNumber', { value: JSON.stringify(cell) }));
    return undefined;
  }

  /** `{ x, y }` from two columns: both or neither. */
  position(row: SheetRow, x: F, y: F): { x: number; y: number } | undefined {
    const [px, py] = [this.number(row, x), this.number(row, y)];
    if (px !== undefined && py !== undefined) return { x: px, y: py };
    if (px !== undefined || py !== undefined) this.report(row, px === undefined ? x : y, saySheet('halfPosition'));
    return undefined;
  }

  custom(row: SheetRow, reserved: readonly string[]): [string, unknown][] {
    return readCustom(this.columns as ReadColumns<string>, row, this.sheet.name, reserved, this.issues);
  }

  /** Where the map reader's problems with this row's element are reported. */
  origin(row: SheetRow, fields: Record<string, F>): Origin {
    const names = Object.fromEntries(Object.entries(fields).map(([jsonField, field]) => [jsonField, this.heading(field)]));
    return { place: this.place(row), fields: names };
  }
}

/** An object from [name, value] pairs, absent values left out (fromEntries keeps `__proto__` a field). */
export function record(entries: [string, unknown][]): Record<string, unknown> {
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
}

import { place, placed, saySheet } from '../fileProblems/index.js';
import type { Extra, MapIssue } from '../map/index.js';
import type { Cell, Sheet, SheetRow } from './sheet.js';
import { sheetLimits } from './sheet.js';

/**
 * The columns of one Kumu sheet: the headings this map knows (matched without regard to case
 * or surrounding spaces, as spreadsheet users type them) and custom columns, which carry a
 * map element's unknown fields (`extra`) both ways.
 *
 * A custom column's heading is the field's name. Its cells hold the values as they are (text;
 * numbers and true/false too where the file has types). A value that a plain cell cannot hold
 * (a list, an object, null, a number in a CSV file), and a field whose name is also a known
 * heading or ends in " (JSON)", go in a column headed `NAME (JSON)` whose cells hold JSON.
 */

export const jsonSuffix = ' (JSON)';

/** Known headings of a sheet: heading → the field it fills. */
export type KnownColumns<F extends string> = Record<string, F>;

export interface ReadColumns<F extends string> {
  known: Map<F, number>;
  custom: { index: number; key: string; json: boolean; heading: string }[];
  /** The heading of each column index, for messages. */
  headings: string[];
}

const normal = (heading: string) => heading.trim().toLowerCase();

/** Reads the heading row. Issues: a column named twice, a value under no heading, too many columns. */
export function readColumns<F extends string>(sheet: Sheet, known: KnownColumns<F>, issues: MapIssue[]): ReadColumns<F> {
  const [first, ...rest] = sheet.rows;
  const knownByNormal = new Map(Object.entries(known).map(([heading, field]) => [normal(heading), field] as const));
  const out: ReadColumns<F> = { known: new Map(), custom: [], headings: [] };
  const cells = first?.cells ?? [];
  if (cells.length > sheetLimits.columns)
    issues.push({ path: sheet.name, ...saySheet('sheetTooManyColumns', { count: cells.length, max: sheetLimits.columns }) });
  const seen = new Set<string>();
  // As wide as the widest row: a value beyond the last heading has no field to go to.
  const width = Math.min(
    sheetLimits.columns,
    rest.reduce((widest, row) => Math.max(widest, row.cells.length), cells.length),
  );
  Array.from({ length: width }, (_, index) => cells[index]).forEach((cell, index) => {
    const heading = cell === undefined ? '' : String(cell);
    out.headings[index] = heading;
    if (heading.trim() === '') {
      const used = rest.find((row) => present(row.cells[index]));
      if (used)
        issues.push({
          ...placed(place('row', { sheet: sheet.name, row: used.row })),
          ...saySheet('valueWithoutHeading', { column: index + 1 }),
        });
      return;
    }
    const field = knownByNormal.get(normal(heading));
    const json = field === undefined && heading.endsWith(jsonSuffix);
    const key = json ? heading.slice(0, -jsonSuffix.length) : heading;
    const identity = field !== undefined ? `known:${field}` : `custom:${key}`;
    if (seen.has(identity)) {
      issues.push({ ...placed(place('row', { sheet: sheet.name, row: first?.row ?? 1 })), ...saySheet('columnTwice', { heading }) });
      return;
    }
    seen.add(identity);
    if (field !== undefined) out.known.set(field, index);
    else out.custom.push({ index, key, json, heading });
  });
  return out;
}

/** A cell that holds something: an empty string counts (it is a present, empty text). */
export function present(cell: Cell | undefined): cell is Cell {
  return cell !== undefined;
}

/** The data rows: after the headings, rows with no value at all left out (spreadsheets keep blank rows). */
export function dataRows(sheet: Sheet): SheetRow[] {
  return sheet.rows.slice(1).filter((row) => row.cells.some((cell) => cell !== undefined && cell !== ''));
}

/**
 * The unknown fields of one row, as [name, value] pairs (so a field named `__proto__` stays a
 * field). Issues: a JSON cell that is not JSON, a name that a map element uses for a field.
 */
export function readCustom(
  columns: ReadColumns<string>,
  row: SheetRow,
  sheetName: string,
  reserved: readonly string[],
  issues: MapIssue[],
): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const column of columns.custom) {
    const cell = row.cells[column.index];
    if (cell === undefined) continue;
    const at = placed(place('row', { sheet: sheetName, row: row.row }, column.heading));
    if (reserved.includes(column.key)) {
      issues.push({ ...at, ...saySheet('reservedColumn', { name: column.key }) });
      continue;
    }
    if (!column.json) {
      out.push([column.key, cell]);
      continue;
    }
    try {
      out.push([column.key, JSON.parse(String(cell))]);
    } catch {
      issues.push({ ...at, ...saySheet('jsonColumnNotJson') });
    }
  }
  return out;
}

export interface CustomColumn {
  heading: string;
  cell: (extra: Extra | undefined) => Cell | undefined;
}

/**
 * The custom columns for a list of elements' unknown fields, sorted by name. `typed`: the file
 * keeps numbers and true/false (xlsx), so they need no JSON; in CSV every cell is text.
 */
export function customColumns(extras: (Extra | undefined)[], knownHeadings: readonly string[], typed: boolean): CustomColumn[] {
  const names = [...new Set(extras.flatMap((extra) => Object.keys(extra ?? {})))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const taken = new Set(knownHeadings.map(normal));
  return names.map((name) => {
    const values = extras.flatMap((extra) => (extra && Object.hasOwn(extra, name) ? [extra[name]] : []));
    const plainName = name.trim() !== '' && !taken.has(normal(name)) && !name.endsWith(jsonSuffix);
    const plain = plainName && values.every((value) => typeof value === 'string' || (typed && isPlainTyped(value)));
    const value = (extra: Extra | undefined) => (extra && Object.hasOwn(extra, name) ? extra[name] : undefined);
    if (plain) return { heading: name, cell: (extra) => value(extra) as Cell | undefined };
    return {
      heading: `${name}${jsonSuffix}`,
      cell: (extra) => (extra && Object.hasOwn(extra, name) ? JSON.stringify(value(extra)) : undefined),
    };
  });
}

function isPlainTyped(value: unknown): boolean {
  return typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0));
}

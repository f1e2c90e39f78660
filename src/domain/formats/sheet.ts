/**
 * A spreadsheet as the Kumu reader and writer see it, whatever file it came from (an xlsx
 * sheet, a CSV file): rows of cells, the first row holding the headings. The byte-level
 * readers (CSV here, xlsx in src/server) produce it; the row mapping (kumuReader, kumuWriter)
 * works only on it, so one mapping serves every file kind.
 */

/** A cell's value: text, or a number or true/false where the file has types (xlsx). */
export type Cell = string | number | boolean;

export interface SheetRow {
  /** 1-based, as a spreadsheet program shows it (the heading row is usually 1). */
  row: number;
  /** By column, from the first; undefined is an empty cell (an empty string is a present, empty text). */
  cells: (Cell | undefined)[];
}

export interface Sheet {
  /** How messages name it: the sheet's name in a workbook, the file's name for a CSV. */
  name: string;
  /** The heading row first. Rows with no cell at all may be left out. */
  rows: SheetRow[];
}

/** The sheets of a Kumu workbook by role; the last three hold what Kumu has no place for. */
export interface KumuWorkbook {
  elements: Sheet;
  connections?: Sheet;
  datasets?: Sheet;
  notes?: Sheet;
  map?: Sheet;
}

export const kumuSheetNames = {
  elements: 'Elements',
  connections: 'Connections',
  datasets: 'Datasets',
  notes: 'Notes',
  map: 'Map',
} as const satisfies Record<keyof KumuWorkbook, string>;

export const sheetLimits = {
  /**
   * Rows in one sheet under its heading row: as many as a board holds flows (L6), so a board at
   * the limits exported to Kumu imports back; a guard against a file that would eat the memory.
   */
  rows: 20_000,
  columns: 1_000,
  /** Bytes of an imported workbook or archive, before it is unpacked. */
  fileBytes: 20 * 1024 * 1024,
} as const;

/** Sheets from a numbered list of rows (row 1 the headings), as writers build them. */
export function sheetOf(name: string, rows: (Cell | undefined)[][]): Sheet {
  return { name, rows: rows.map((cells, i) => ({ row: i + 1, cells })) };
}

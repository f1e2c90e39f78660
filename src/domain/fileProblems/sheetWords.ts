import { sayer } from './sayer.js';

/** What the Kumu readers find wrong in a sheet (README.md). */
export const sheetWords = {
  // Sheets: Kumu's workbook and CSV files (formats/columns.ts, csvReader.ts, kumuReader.ts, …).
  sheetTooManyColumns: (v: { count: number; max: number }) => `has ${v.count} columns; at most ${v.max} can be imported`,
  csvTooManyColumns: (v: { count: number; max: number }) =>
    `has ${v.count} columns; at most ${v.max} can be imported (a Kumu file has a few dozen)`,
  valueWithoutHeading: (v: { column: number }) => `has a value in column ${v.column}, which has no heading`,
  columnTwice: (v: { heading: string }) => `the column "${v.heading}" appears twice`,
  reservedColumn: (v: { name: string }) => `"${v.name}" is the name of one of this map's own fields; rename the column`,
  jsonColumnNotJson: () => 'is not JSON (a column whose heading ends in "(JSON)" holds JSON values)',
  csvBinary: () => 'is not a CSV file: it holds binary data',
  csvInvalid: (v: { reason: string }) => `is not valid CSV: ${v.reason}`,
  csvTooManyRows: (v: { max: number }) => `has more than ${v.max} rows under its headings; at most ${v.max} can be imported`,
  sheetTooManyRows: (v: { count: number; max: number }) => `has ${v.count} rows under its headings; at most ${v.max} can be imported`,
  csvFormula: () => 'starts with "=": formulas are not imported; put the value itself in the cell',
  cellFormula: () => 'is a formula; formulas are not imported (copy the cells and paste them as values)',
  cellError: (v: { value: string }) => `holds an error value (${v.value}); put the value itself in the cell`,
  notNumber: (v: { value: string }) => `expected a number, found ${v.value}`,
  halfPosition: () => 'is empty: a position needs both X and Y',
  noLabelColumn: () => 'has no Label column (the first row holds the headings: Label, and ID if the elements have ids)',
  noEndColumn: (v: { column: 'From' | 'To' }) => `has no ${v.column} column (the first row holds the headings)`,
  emptyLabel: () => 'is empty: an element needs a label to be placed',
  emptyFrom: () => 'is empty: a connection needs the element it comes from',
  emptyTo: () => 'is empty: a connection needs the element it goes to',
  emptyDatasetName: () => 'is empty: a dataset needs a name',
  emptyNoteText: () => 'is empty: a note needs its text',
  mapSheetOneRow: () => 'the Map sheet has one row under its headings: the map itself',
  ambiguousName: (v: { name: string; count: number; ids: string }) =>
    `"${v.name}" could be any of ${v.count} elements (ids ${v.ids}); give the elements IDs and name them by ID`,
  noElement: (v: { name: string }) => `no element has the id or label "${v.name}"`,
} satisfies Record<string, (values: never) => string>;

export const saySheet = sayer(sheetWords);

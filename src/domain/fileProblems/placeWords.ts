/**
 * Where in an outside file a problem is (README.md), as data beside its English `path`: a
 * sheet's row, a GraphML node or edge (by id, or by number when it has none), the graph. The
 * field inside it is as the file names it (a column heading, a key's name), or a column by its
 * number when it has no heading; a workbook's cell by its address. The English is exactly what
 * the readers wrote before places had codes (`Elements row 4, Label`, `node "council"`,
 * `Elements row 2, column 3 (cell C2)`); the web words the same data in each language
 * (`fileProblem.place.<code>` messages).
 */
export const placeWords = {
  row: (v: { sheet: string; row: number }) => `${v.sheet} row ${v.row}`,
  node: (v: { id: string }) => `node "${v.id}"`,
  nodeAt: (v: { number: number }) => `node ${v.number}`,
  edge: (v: { id: string }) => `edge "${v.id}"`,
  edgeAt: (v: { number: number }) => `edge ${v.number}`,
  graph: () => 'graph',
} satisfies Record<string, (values: never) => string>;

export type PlaceCode = keyof typeof placeWords;

/** A column with no heading, by its number from 1. */
export interface NumberedColumn {
  column: number;
}

export interface FilePlace {
  code: PlaceCode;
  values: Record<string, string | number>;
  /** The field inside the place: as the file names it (`Label`, `Tags[2]`), or a column by number. */
  field?: string | NumberedColumn;
  /** A workbook cell's address (`C2`). */
  cell?: string;
}

type ValuesOf<C extends PlaceCode> = Parameters<(typeof placeWords)[C]> extends [infer V] ? V : Record<string, never>;

/** A place as data: `place('row', { sheet: 'Elements', row: 4 })`. */
export function place<C extends PlaceCode>(code: C, values: ValuesOf<C>, field?: FilePlace['field'], cell?: string): FilePlace {
  return {
    code,
    values: values as Record<string, string | number>,
    ...(field === undefined ? {} : { field }),
    ...(cell === undefined ? {} : { cell }),
  };
}

/**
 * The same place with a field inside it (`Elements row 4` → `Elements row 4, Label`); a place
 * that names a field already gets the new one after it (`graph, datasets[0]` → `graph, datasets[0], name`).
 */
export function withField(at: FilePlace, field: FilePlace['field']): FilePlace {
  if (field === undefined) return at;
  if (typeof at.field === 'string' && typeof field === 'string') return { ...at, field: `${at.field}, ${field}` };
  return { ...at, field };
}

/** In English, as the readers have always written it. */
export function placeText(at: FilePlace): string {
  const word = placeWords[at.code] as unknown as (values: Record<string, string | number>) => string;
  const base = word(at.values);
  const field = at.field === undefined ? base : `${base}, ${typeof at.field === 'string' ? at.field : `column ${at.field.column}`}`;
  return at.cell === undefined ? field : `${field} (cell ${at.cell})`;
}

/** What a reader's problem carries for a place: its English `path` and the place as data. */
export function placed(at: FilePlace): { path: string; place: FilePlace } {
  return { path: placeText(at), place: at };
}

export function isPlaceCode(code: unknown): code is PlaceCode {
  return typeof code === 'string' && Object.hasOwn(placeWords, code);
}

import type { Found } from './found.js';
import type { FilePlace } from './placeWords.js';

export type ProblemValue = string | number | Found;

/** A problem as data: its code and the values its sentence says (JSON, for the API's `details`). */
export interface FileProblem {
  code: string;
  values: Record<string, ProblemValue>;
}

/** A problem's English sentence and the problem itself, as a reader reports it: `{ path, ...said }`. */
export interface Said {
  message: string;
  problem: FileProblem;
}

type Words = Record<string, (values: never) => string>;
type ValuesOf<W extends Words, C extends keyof W> = Parameters<W[C]> extends [infer V] ? [values: V] : [];

/**
 * `say(code, values)` for one table of words: the English sentence and the problem as data.
 * Each reader takes its own table, so a page that reads maps carries no canvas or GraphML words.
 */
export function sayer<W extends Words>(words: W) {
  return <C extends keyof W & string>(code: C, ...values: ValuesOf<W, C>): Said => {
    const given = (values[0] ?? {}) as Record<string, ProblemValue>;
    const word = words[code] as unknown as (values: Record<string, ProblemValue>) => string;
    return { message: word(given), problem: { code, values: given } };
  };
}

/**
 * What the API's `FILE_INVALID` answer carries as `details` (docs/errors.md): the file's first
 * problem at its place, and how many more there are. The message says the same in English.
 */
export interface FileProblemDetails {
  file: string;
  /** A field path (`flows[2].to`), a sheet's row and column (`Connections row 5, From`), a node; '' for the whole file. */
  path: string;
  /** `path` as data when it is a place in a sheet or GraphML file (placeWords.ts), for words in another language. */
  place?: FilePlace;
  line?: number;
  /** Left out for a problem without a code (none today); the message then says it. */
  problem?: FileProblem;
  more: number;
}

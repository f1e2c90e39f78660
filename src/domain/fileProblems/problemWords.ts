import { canvasWords } from './canvasWords.js';
import { fileWords } from './fileWords.js';
import { mapWords } from './mapWords.js';
import type { FileProblem, ProblemValue } from './sayer.js';
import { sheetWords } from './sheetWords.js';

/**
 * Every kind of problem the file readers find, by its stable code (README.md): the four tables
 * together, for whoever words any of them (tests, the server). A code is in one table only.
 */
const allWords = { ...mapWords, ...canvasWords, ...sheetWords, ...fileWords };

export type FileProblemCode = keyof typeof allWords;

export const fileProblemCodes = Object.keys(allWords) as FileProblemCode[];

export function isFileProblemCode(code: string): code is FileProblemCode {
  return Object.hasOwn(allWords, code);
}

/** A problem's sentence in English, as the reader that found it says it; undefined for a code no reader has. */
export function fileProblemText(problem: FileProblem): string | undefined {
  if (!isFileProblemCode(problem.code)) return undefined;
  const word = allWords[problem.code] as unknown as (values: Record<string, ProblemValue>) => string;
  return word(problem.values);
}

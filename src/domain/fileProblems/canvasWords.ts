import { sayer } from './sayer.js';

/** What the canvas file reader and the live canvas's checks find wrong (README.md). */
const canvasFormat = 'opencities/ethics-canvas';
const canvasWhat = { status: 'section status', priority: 'priority', colour: 'note colour' } as const;
const canvasAdvice = {
  note: 'shorten it, or split it into several notes',
  action: 'shorten it, or split it into several actions',
  name: 'shorten the name',
  title: 'shorten the title',
  summary: 'shorten the summary',
  label: 'shorten the label',
} as const;
const typeNames = {
  text: 'text (a JSON string)',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object ({ … })',
  list: 'a list ([ … ])',
} as const;

export type CanvasAdvice = keyof typeof canvasAdvice;
export type CanvasChoice = keyof typeof canvasWhat;
export type ExpectedType = keyof typeof typeNames;

export const canvasWords = {
  // A canvas file (canvas/restoreCanvas.ts, readCanvasFile.ts, fields.ts, fieldChecks.ts).
  canvasNotJson: () => 'the file is not JSON: export the canvas again, or fix the file',
  canvasNotJsonAt: (v: { line: number }) =>
    `the file is not JSON (the syntax breaks on line ${v.line}): export the canvas again, or fix the file`,
  canvasNotObject: () => 'the file is not a canvas: it must hold one JSON object ({ … })',
  canvasFormatMissing: () => `is missing: this is not an Open Cities ethics canvas ("${canvasFormat}")`,
  canvasFormatWrong: (v: { value: string }) => `is ${v.value}: this file is not an ethics canvas ("${canvasFormat}")`,
  canvasVersionNewer: (v: { version: number; max: number }) =>
    `is ${v.version}, newer than this version of Open Cities Studio reads (${v.max}): update the app to open this file`,
  canvasVersionWrong: (v: { value: string; expected: number }) => `is ${v.value}; it must be ${v.expected}`,
  idUsedTwice: (v: { element: 'section' | 'note' | 'action'; id: string; at: string }) =>
    `${v.element} id ${v.id} is used twice (also at ${v.at}); give each ${v.element} its own id`,
  missing: () => 'is missing',
  mustBe: (v: { type: ExpectedType }) => `must be ${typeNames[v.type]}`,
  textOverLimit: (v: { length: number; max: number; advice: CanvasAdvice }) =>
    `is ${v.length} characters long, over the limit of ${v.max}: ${canvasAdvice[v.advice]}`,
  notAChoice: (v: { value: string; values: string; what: CanvasChoice }) =>
    `${v.value} is not a ${canvasWhat[v.what]}; use one of ${v.values}`,
  unknownSection: (v: { value: string; sections: string }) => `unknown section ${v.value}; the sections are ${v.sections}`,
  notADate: (v: { value: string }) => `${v.value} is not a calendar date; write it as YYYY-MM-DD, e.g. 2027-01-31`,
  emptyId: () => 'is empty: give it an id',
  idTooLong: (v: { max: number }) => `is longer than ${v.max} characters`,
  notWhole: () => 'must be a whole number',
  negative: () => 'cannot be negative',
  moreThan: (v: { max: number }) => `is more than ${v.max}`,
} satisfies Record<string, (values: never) => string>;

export const sayCanvas = sayer(canvasWords);

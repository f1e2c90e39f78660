import { isCalendarDate } from './calendarDate.js';
import { sectionIds } from './sections.js';
import { canvasLimits, noteColours, priorities, sectionStatuses } from './types.js';
import type { CanvasError } from './types.js';

/**
 * The canvas's field rules (fields.ts) as plain functions, for the live board's operations,
 * which check one value at a time as people type. zod (about 24 kB gzip) stays with the file
 * reader, so a canvas board's start does not carry it (issue 12). Same values pass and fail,
 * with the same messages: test/unit/canvas/fieldChecks.test.ts holds the zod rules as the oracle.
 */

/** Length as a person counts it: an emoji is one character, as in JSON Schema's maxLength. */
export function textLength(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

/**
 * The rules' words and limits, which the file reader's zod rules (fields.ts) say too: one copy,
 * so the two cannot drift apart.
 */
export const fieldWords = {
  tooLong: (length: number, max: number, advice: string) => `is ${length} characters long, over the limit of ${max}: ${advice}`,
  notOneOf: (value: unknown, values: readonly string[], what: string) =>
    `${JSON.stringify(value)} is not a ${what}; use one of ${values.join(', ')}`,
  unknownSection: (value: unknown) => `unknown section ${JSON.stringify(value)}; the sections are ${sectionIds.join(', ')}`,
  notADate: (value: unknown) => `${JSON.stringify(value)} is not a calendar date; write it as YYYY-MM-DD, e.g. 2027-01-31`,
  emptyId: 'is empty: give it an id',
  idTooLong: `is longer than ${canvasLimits.id} characters`,
} as const;

/** Each text field's limit, and what to do when a value is over it. */
export const textLimits = {
  noteText: [canvasLimits.noteText, 'shorten it, or split it into several notes'],
  actionText: [canvasLimits.actionText, 'shorten it, or split it into several actions'],
  name: [canvasLimits.name, 'shorten the name'],
  title: [canvasLimits.title, 'shorten the title'],
  reviewSummary: [canvasLimits.reviewSummary, 'shorten the summary'],
  versionLabel: [canvasLimits.versionLabel, 'shorten the label'],
} as const satisfies Record<string, readonly [number, string]>;

/** A problem with a value, or undefined when it passes. */
type Rule = (value: unknown) => string | undefined;

/** What a value of the wrong type is told (fields.ts `issueMessage`). */
const mustBe = (what: string) => (value: unknown) => (value === undefined ? 'is missing' : `must be ${what}`);
const mustBeText = mustBe('text (a JSON string)');

function limitedText([max, advice]: readonly [number, string]): Rule {
  return (value) => {
    if (typeof value !== 'string') return mustBeText(value);
    const length = textLength(value);
    return length > max ? fieldWords.tooLong(length, max, advice) : undefined;
  };
}

function oneOf(values: readonly string[], wrong: (value: unknown) => string): Rule {
  return (value) => {
    if (typeof value === 'string' && values.includes(value)) return undefined;
    return value === undefined ? 'is missing' : wrong(value);
  };
}

const notOneOf = (values: readonly string[], what: string) => oneOf(values, (value) => fieldWords.notOneOf(value, values, what));

const rules = {
  id: (value: unknown) => {
    if (typeof value !== 'string') return mustBeText(value);
    if (value.length < 1) return fieldWords.emptyId;
    return textLength(value) > canvasLimits.id ? fieldWords.idTooLong : undefined;
  },
  noteText: limitedText(textLimits.noteText),
  actionText: limitedText(textLimits.actionText),
  name: limitedText(textLimits.name),
  title: limitedText(textLimits.title),
  reviewSummary: limitedText(textLimits.reviewSummary),
  versionLabel: limitedText(textLimits.versionLabel),
  date: (value: unknown) => {
    if (typeof value !== 'string') return mustBeText(value);
    return isCalendarDate(value) ? undefined : fieldWords.notADate(value);
  },
  section: oneOf(sectionIds, fieldWords.unknownSection),
  status: notOneOf(sectionStatuses, 'section status'),
  priority: notOneOf(priorities, 'priority'),
  colour: notOneOf(noteColours, 'note colour'),
  votes: (value: unknown) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return mustBe('a number')(value);
    if (!Number.isInteger(value)) return 'must be a whole number';
    if (value < 0) return 'cannot be negative';
    return value > canvasLimits.votes ? `is more than ${canvasLimits.votes}` : undefined;
  },
} satisfies Record<string, Rule>;

export type CanvasField = keyof typeof rules;

/**
 * Checks one value against a field's rule: `undefined` when it passes, else an error naming
 * `path`. For the live board's operations, which take one value at a time.
 */
export function checkCanvasField(field: CanvasField, value: unknown, path: string): CanvasError | undefined {
  const message = rules[field](value);
  return message === undefined ? undefined : { path, message };
}

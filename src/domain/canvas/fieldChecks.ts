import { isCalendarDate } from './calendarDate.js';
import { sectionIds } from './sections.js';
import { canvasLimits, noteColours, priorities, sectionStatuses } from './types.js';
import type { CanvasError } from './types.js';
import { sayCanvas as say, type CanvasAdvice, type CanvasChoice, type Said } from '../fileProblems/index.js';

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
 * so the two cannot drift apart. Each is a problem's code and values with its English
 * (fileProblems/problemWords.ts).
 */
export const fieldWords = {
  tooLong: (length: number, max: number, advice: CanvasAdvice) => say('textOverLimit', { length, max, advice }),
  notOneOf: (value: unknown, values: readonly string[], what: CanvasChoice) =>
    say('notAChoice', { value: String(JSON.stringify(value)), values: values.join(', '), what }),
  unknownSection: (value: unknown) => say('unknownSection', { value: String(JSON.stringify(value)), sections: sectionIds.join(', ') }),
  notADate: (value: unknown) => say('notADate', { value: String(JSON.stringify(value)) }),
  emptyId: say('emptyId'),
  idTooLong: say('idTooLong', { max: canvasLimits.id }),
} as const;

/** Each text field's limit, and what to do when a value is over it (fileProblems' `advice`). */
export const textLimits = {
  noteText: [canvasLimits.noteText, 'note'],
  actionText: [canvasLimits.actionText, 'action'],
  name: [canvasLimits.name, 'name'],
  title: [canvasLimits.title, 'title'],
  reviewSummary: [canvasLimits.reviewSummary, 'summary'],
  versionLabel: [canvasLimits.versionLabel, 'label'],
} as const satisfies Record<string, readonly [number, CanvasAdvice]>;

/** A problem with a value, or undefined when it passes. */
type Rule = (value: unknown) => Said | undefined;

/** What a value of the wrong type is told (fields.ts `issueSaid`). */
const mustBeText = (value: unknown) => (value === undefined ? say('missing') : say('mustBe', { type: 'text' }));

function limitedText([max, advice]: readonly [number, CanvasAdvice]): Rule {
  return (value) => {
    if (typeof value !== 'string') return mustBeText(value);
    const length = textLength(value);
    return length > max ? fieldWords.tooLong(length, max, advice) : undefined;
  };
}

function oneOf(values: readonly string[], wrong: (value: unknown) => Said): Rule {
  return (value) => {
    if (typeof value === 'string' && values.includes(value)) return undefined;
    return value === undefined ? say('missing') : wrong(value);
  };
}

const notOneOf = (values: readonly string[], what: CanvasChoice) => oneOf(values, (value) => fieldWords.notOneOf(value, values, what));

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
  status: notOneOf(sectionStatuses, 'status'),
  priority: notOneOf(priorities, 'priority'),
  colour: notOneOf(noteColours, 'colour'),
  votes: (value: unknown) => {
    if (typeof value !== 'number' || !Number.isFinite(value))
      return value === undefined ? say('missing') : say('mustBe', { type: 'number' });
    if (!Number.isInteger(value)) return say('notWhole');
    if (value < 0) return say('negative');
    return value > canvasLimits.votes ? say('moreThan', { max: canvasLimits.votes }) : undefined;
  },
} satisfies Record<string, Rule>;

export type CanvasField = keyof typeof rules;

/**
 * Checks one value against a field's rule: `undefined` when it passes, else an error naming
 * `path`. For the live board's operations, which take one value at a time.
 */
export function checkCanvasField(field: CanvasField, value: unknown, path: string): CanvasError | undefined {
  const said = rules[field](value);
  return said === undefined ? undefined : { path, ...said };
}

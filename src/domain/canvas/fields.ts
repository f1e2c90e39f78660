import { z } from 'zod';
import { isCalendarDate } from './calendarDate.js';
import { sectionIds } from './sections.js';
import { canvasLimits, noteColours, priorities, sectionStatuses } from './types.js';
import { fieldWords, textLength, textLimits } from './fieldChecks.js';

/**
 * One rule per kind of canvas value, for the file reader (zod, which also gives the format's
 * JSON Schema). The live board's operations check the same rules with plain functions
 * (fieldChecks.ts), whose words and limits these take, so a note refused on import is refused
 * when typed too. Messages say what is wrong and what to do; the caller puts the field path in front.
 */

function limitedText([max, advice]: readonly [number, string]) {
  return z.string().refine((s) => textLength(s) <= max, {
    error: (issue) => fieldWords.tooLong(textLength(String(issue.input)), max, advice),
  });
}

function notOneOf(values: readonly string[], what: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? 'is missing' : fieldWords.notOneOf(issue.input, values, what));
}

export const fieldSchemas = {
  id: z.string().min(1, fieldWords.emptyId).max(canvasLimits.id, fieldWords.idTooLong),
  noteText: limitedText(textLimits.noteText),
  actionText: limitedText(textLimits.actionText),
  name: limitedText(textLimits.name),
  title: limitedText(textLimits.title),
  reviewSummary: limitedText(textLimits.reviewSummary),
  versionLabel: limitedText(textLimits.versionLabel),
  date: z.string().refine(isCalendarDate, { error: (issue) => fieldWords.notADate(issue.input) }),
  section: z.enum(sectionIds, { error: (issue) => (issue.input === undefined ? 'is missing' : fieldWords.unknownSection(issue.input)) }),
  status: z.enum(sectionStatuses, { error: notOneOf(sectionStatuses, 'section status') }),
  priority: z.enum(priorities, { error: notOneOf(priorities, 'priority') }),
  colour: z.enum(noteColours, { error: notOneOf(noteColours, 'note colour') }),
  votes: z
    .number()
    .int('must be a whole number')
    .min(0, 'cannot be negative')
    .max(canvasLimits.votes, `is more than ${canvasLimits.votes}`),
};

/** Zod's wording for a wrong type, in words a file's author understands. */
const typeNames: Record<string, string> = {
  string: 'text (a JSON string)',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object ({ … })',
  array: 'a list ([ … ])',
};

/** The message for one zod issue. */
export function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    if (issue.message.endsWith('received undefined')) return 'is missing';
    return `must be ${typeNames[issue.expected] ?? issue.expected}`;
  }
  return issue.message;
}

import { z } from 'zod';
import { isCalendarDate } from './calendarDate.js';
import { sectionIds } from './sections.js';
import { canvasLimits, noteColours, priorities, sectionStatuses } from './types.js';
import { textLength } from './fieldChecks.js';

/**
 * One rule per kind of canvas value, shared by the file reader and the live board's
 * operations, so a note refused on import is refused when typed too. Messages say what is
 * wrong and what to do; the caller puts the field path in front.
 */

function limitedText(max: number, advice: string) {
  return z.string().refine((s) => textLength(s) <= max, {
    error: (issue) => `is ${textLength(String(issue.input))} characters long, over the limit of ${max}: ${advice}`,
  });
}

function notOneOf(values: readonly string[], what: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? 'is missing' : `${JSON.stringify(issue.input)} is not a ${what}; use one of ${values.join(', ')}`;
}

export const fieldSchemas = {
  id: z.string().min(1, 'is empty: give it an id').max(canvasLimits.id, `is longer than ${canvasLimits.id} characters`),
  noteText: limitedText(canvasLimits.noteText, 'shorten it, or split it into several notes'),
  actionText: limitedText(canvasLimits.actionText, 'shorten it, or split it into several actions'),
  name: limitedText(canvasLimits.name, 'shorten the name'),
  title: limitedText(canvasLimits.title, 'shorten the title'),
  reviewSummary: limitedText(canvasLimits.reviewSummary, 'shorten the summary'),
  versionLabel: limitedText(canvasLimits.versionLabel, 'shorten the label'),
  date: z.string().refine(isCalendarDate, {
    error: (issue) => `${JSON.stringify(issue.input)} is not a calendar date; write it as YYYY-MM-DD, e.g. 2027-01-31`,
  }),
  section: z.enum(sectionIds, {
    error: (issue) =>
      issue.input === undefined
        ? 'is missing'
        : `unknown section ${JSON.stringify(issue.input)}; the sections are ${sectionIds.join(', ')}`,
  }),
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

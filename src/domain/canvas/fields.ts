import { z } from 'zod';
import { isCalendarDate } from './calendarDate.js';
import { sectionIds } from './sections.js';
import { canvasLimits, noteColours, priorities, sectionStatuses } from './types.js';
import { fieldWords, textLength, textLimits } from './fieldChecks.js';
import { sayCanvas as say, type CanvasAdvice, type CanvasChoice, type ExpectedType, type Said } from '../fileProblems/index.js';

/**
 * One rule per kind of canvas value, for the file reader (zod, which also gives the format's
 * JSON Schema). The live board's operations check the same rules with plain functions
 * (fieldChecks.ts), whose words and limits these take, so a note refused on import is refused
 * when typed too. Messages say what is wrong and what to do; the caller puts the field path in front.
 *
 * Zod keeps a message as a string: each rule's message is its problem (code and values, for
 * other languages) written as JSON behind a marker, which `issueSaid` reads back.
 */

const marker = '\u0000problem:';

function said(words: Said): string {
  return `${marker}${JSON.stringify(words)}`;
}

function limitedText([max, advice]: readonly [number, CanvasAdvice]) {
  return z.string().refine((s) => textLength(s) <= max, {
    error: (issue) => said(fieldWords.tooLong(textLength(String(issue.input)), max, advice)),
  });
}

function notOneOf(values: readonly string[], what: CanvasChoice) {
  return (issue: { input?: unknown }) => said(issue.input === undefined ? say('missing') : fieldWords.notOneOf(issue.input, values, what));
}

export const fieldSchemas = {
  id: z.string().min(1, said(fieldWords.emptyId)).max(canvasLimits.id, said(fieldWords.idTooLong)),
  noteText: limitedText(textLimits.noteText),
  actionText: limitedText(textLimits.actionText),
  name: limitedText(textLimits.name),
  title: limitedText(textLimits.title),
  reviewSummary: limitedText(textLimits.reviewSummary),
  versionLabel: limitedText(textLimits.versionLabel),
  date: z.string().refine(isCalendarDate, { error: (issue) => said(fieldWords.notADate(issue.input)) }),
  section: z.enum(sectionIds, {
    error: (issue) => said(issue.input === undefined ? say('missing') : fieldWords.unknownSection(issue.input)),
  }),
  status: z.enum(sectionStatuses, { error: notOneOf(sectionStatuses, 'status') }),
  priority: z.enum(priorities, { error: notOneOf(priorities, 'priority') }),
  colour: z.enum(noteColours, { error: notOneOf(noteColours, 'colour') }),
  votes: z
    .number()
    .int(said(say('notWhole')))
    .min(0, said(say('negative')))
    .max(canvasLimits.votes, said(say('moreThan', { max: canvasLimits.votes }))),
};

/** Zod's names for a wrong type, as the problem's `type` (in words a file's author understands). */
const typeNames: Record<string, ExpectedType> = {
  string: 'text',
  number: 'number',
  int: 'int',
  boolean: 'boolean',
  object: 'object',
  array: 'list',
};

/** The message for one zod issue, and its problem as data when it is one of ours. */
export function issueSaid(issue: z.core.$ZodIssue): { message: string; problem?: Said['problem'] } {
  if (issue.code === 'invalid_type') {
    if (issue.message.endsWith('received undefined')) return say('missing');
    const type = typeNames[issue.expected];
    return type ? say('mustBe', { type }) : { message: `must be ${issue.expected}` };
  }
  if (!issue.message.startsWith(marker)) return { message: issue.message };
  return JSON.parse(issue.message.slice(marker.length)) as Said;
}

/** The message alone. */
export function issueMessage(issue: z.core.$ZodIssue): string {
  return issueSaid(issue).message;
}

import { checkedFrom, checkOneOf, checkText, isRecord, notAnObject, type Checked, type Issue } from '../plainChecks.js';

/**
 * A group's reflection (DESIGN.md "Reflection"): notes in three columns. Private to the group
 * and the facilitators; it enters a report only when a facilitator includes it, and then
 * through `anonymised`, with every author removed.
 */
export const reflectionColumns = ['keep', 'change', 'improve'] as const;
export type ReflectionColumn = (typeof reflectionColumns)[number];

/** The heading and the question each column asks, in the user's words. */
export const reflectionColumnLabels: Record<ReflectionColumn, { title: string; prompt: string }> = {
  keep: { title: 'Keep', prompt: 'What worked, that we should keep doing?' },
  change: { title: 'Change', prompt: 'What should we change completely?' },
  improve: { title: 'Improve', prompt: 'What could we do better?' },
};

export const maxReflectionTextLength = 1000;

/**
 * `author` is the writer's participant id, absent (not empty, not null) when the note is
 * anonymous, so "has an author" is one check. `createdAt` is ISO 8601 from the writer's clock;
 * it orders notes within a column.
 */
export interface ReflectionNote {
  id: string;
  text: string;
  column: ReflectionColumn;
  author?: string;
  createdAt: string;
}

export type Reflection = Record<ReflectionColumn, ReflectionNote[]>;

/** A reflection note's text: may be empty (a note is created first and typed into after). */
export function checkReflectionText(value: unknown, path: Issue['path'] = ['text']) {
  return checkText(value, path, { max: maxReflectionTextLength, maxMessage: `is longer than ${maxReflectionTextLength} characters` });
}

export function checkReflectionColumn(value: unknown, path: Issue['path'] = ['column']) {
  return checkOneOf(value, path, reflectionColumns);
}

/** For notes a user writes (known fields only; an absent author stays absent). */
export function checkReflectionNote(value: unknown): Checked<ReflectionNote> {
  if (!isRecord(value)) return { ok: false, issues: [notAnObject(value)] };
  const id = checkText(value.id, ['id'], { min: 1, minMessage: 'is required', max: 64 });
  const text = checkReflectionText(value.text);
  const column = checkReflectionColumn(value.column);
  const author = value.author === undefined ? undefined : checkText(value.author, ['author'], { min: 1, max: 64 });
  const createdAt = checkText(value.createdAt, ['createdAt'], { max: 40 });
  const note: ReflectionNote = { id: id.value, text: text.value, column: column.value, createdAt: createdAt.value };
  // Key order as the schema had it; an author key present but undefined stays, as zod kept it.
  const ordered: ReflectionNote =
    'author' in value ? { id: note.id, text: note.text, column: note.column, author: author?.value, createdAt: note.createdAt } : note;
  return checkedFrom(ordered, [id, text, column, ...(author ? [author] : []), createdAt]);
}

export function emptyReflection(): Reflection {
  return { keep: [], change: [], improve: [] };
}

/** The same reflection with no author anywhere: what a report may show. */
export function anonymised(reflection: Reflection): Reflection {
  const strip = (notes: ReflectionNote[]) => notes.map(({ id, text, column, createdAt }) => ({ id, text, column, createdAt }));
  return { keep: strip(reflection.keep), change: strip(reflection.change), improve: strip(reflection.improve) };
}

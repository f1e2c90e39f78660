import { z } from 'zod';

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

/** For notes a user writes. Text may be empty: a note is created first and typed into after. */
export const reflectionNoteSchema = z.object({
  id: z.string().min(1, 'is required').max(64),
  text: z.string().max(maxReflectionTextLength, `is longer than ${maxReflectionTextLength} characters`),
  column: z.enum(reflectionColumns),
  author: z.string().min(1).max(64).optional(),
  createdAt: z.string().max(40),
});

export function emptyReflection(): Reflection {
  return { keep: [], change: [], improve: [] };
}

/** The same reflection with no author anywhere: what a report may show. */
export function anonymised(reflection: Reflection): Reflection {
  const strip = (notes: ReflectionNote[]) => notes.map(({ id, text, column, createdAt }) => ({ id, text, column, createdAt }));
  return { keep: strip(reflection.keep), change: strip(reflection.change), improve: strip(reflection.improve) };
}

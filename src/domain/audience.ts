import { mapLimits } from './map/types.js';

/** What the audience may send and how much of it a board keeps waiting (SPEC W5, W6). */
export const suggestionLimits = {
  /** An actor's name, as on the map. */
  name: mapLimits.name,
  /** A flow's label. */
  label: mapLimits.shortText,
  /** A note's text: shorter than a map note, a phone's few lines. */
  text: 500,
  /** Suggestions a board keeps waiting; more are refused until the group accepts or dismisses some. */
  waiting: 100,
  /** A request body, bytes. */
  bodyBytes: 4096,
} as const;

/** What an audience member sends (validation.ts restores it from a request body). */
export type SuggestionRequest =
  { kind: 'actor'; name: string } | { kind: 'flow'; from: string; to: string; label?: string } | { kind: 'note'; text: string };

/** A suggestion waiting in a board's queue: what was sent, its id, and when it arrived (ISO). */
export type Suggestion = SuggestionRequest & { id: string; at: string };

const fits = (value: unknown, max: number): value is string => typeof value === 'string' && value.trim() !== '' && [...value].length <= max;

/**
 * A queue entry read from a board, restored before it is trusted (STYLE 5) with plain checks
 * (no zod: a map page downloads none): the suggestion, or null for anything else.
 */
export function restoreSuggestion(value: unknown): Suggestion | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'string' || typeof v.at !== 'string') return null;
  const { id, at } = v;
  if (v.kind === 'actor' && fits(v.name, suggestionLimits.name)) return { kind: 'actor', name: v.name, id, at };
  if (v.kind === 'note' && fits(v.text, suggestionLimits.text)) return { kind: 'note', text: v.text, id, at };
  if (v.kind === 'flow' && fits(v.from, 100) && fits(v.to, 100)) {
    if (v.label !== undefined && !fits(v.label, suggestionLimits.label)) return null;
    return { kind: 'flow', from: v.from, to: v.to, ...(v.label !== undefined ? { label: v.label } : {}), id, at };
  }
  return null;
}

const fieldWords = {
  name: { what: "The actor's name", limit: suggestionLimits.name },
  label: { what: 'What flows', limit: suggestionLimits.label },
  text: { what: 'Your note', limit: suggestionLimits.text },
} as const;

/** A field of a suggestion over its limit: which, how long it is and the limit, in characters. */
export interface SuggestionOverLimit {
  field: keyof typeof fieldWords;
  length: number;
  limit: number;
}

/**
 * The field of a suggestion that is over its limit (W5), if any. Counts as the server does
 * (trimmed, in code points, as zod's `max` counts), so what passes here is not refused there;
 * null when everything fits. The web says it in the person's language.
 */
export function suggestionOverLimit(request: SuggestionRequest): SuggestionOverLimit | null {
  const field: keyof typeof fieldWords = request.kind === 'actor' ? 'name' : request.kind === 'note' ? 'text' : 'label';
  const value = (request as Partial<Record<keyof typeof fieldWords, string>>)[field];
  const length = [...(value?.trim() ?? '')].length;
  const { limit } = fieldWords[field];
  return length > limit ? { field, length, limit } : null;
}

/**
 * What an audience member is told when a field is over its limit (W5), before anything is sent,
 * in English: the limit, how long theirs is, and what to do; null when everything fits.
 */
export function suggestionLengthProblem(request: SuggestionRequest): string | null {
  const over = suggestionOverLimit(request);
  if (!over) return null;
  const { field, length, limit } = over;
  return `${fieldWords[field].what} is ${length} characters long; the limit is ${limit}. Shorten it by ${length - limit}, then send it again.`;
}

/** What an audience member is told when the server refuses a suggestion as too large to take (413). */
export const suggestionTooLarge = `This suggestion is too long to send. Keep a note to ${suggestionLimits.text} characters and a name to ${suggestionLimits.name}, then send it again.`;

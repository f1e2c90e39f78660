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

import { z } from 'zod';
import { mapLimits } from './map/types.js';

/** What the audience may send and how much of it a board keeps waiting (SPEC U5, U6). */
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

const text = (max: number) => z.string().trim().min(1, 'is required').max(max, `is longer than the limit of ${max} characters`);

/** POST /api/audience/:code/suggestions: an actor, a flow between two actors on the map, or a note. */
export const suggestionRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('actor'), name: text(suggestionLimits.name) }).strict(),
  z
    .object({
      kind: z.literal('flow'),
      from: text(100),
      to: text(100),
      label: text(suggestionLimits.label).optional(),
    })
    .strict(),
  z.object({ kind: z.literal('note'), text: text(suggestionLimits.text) }).strict(),
]);
export type SuggestionRequest = z.infer<typeof suggestionRequest>;

/** A suggestion waiting in a board's queue: what was sent, its id, and when it arrived (ISO). */
export type Suggestion = SuggestionRequest & { id: string; at: string };

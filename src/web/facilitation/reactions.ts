/**
 * The emoji people react with. Each has words too (reactionNames.ts, in the person's language):
 * the button's accessible name and what a screen reader hears when someone reacts, since an
 * emoji alone reads differently everywhere.
 */
export const reactionChoices = [
  { id: 'thumbs-up', emoji: '👍' },
  { id: 'clap', emoji: '👏' },
  { id: 'heart', emoji: '❤️' },
  { id: 'wow', emoji: '😮' },
  { id: 'question', emoji: '❓' },
] as const;

export type ReactionId = (typeof reactionChoices)[number]['id'];

export function reactionById(id: string): (typeof reactionChoices)[number] | undefined {
  return reactionChoices.find((r) => r.id === id);
}

/** What a reaction carries: which emoji, and the place it was made, so it floats only there. */
export interface ReactionPayload {
  reaction: ReactionId;
  at: string;
}

/** Restores a peer's reaction (STYLE 5): an unknown emoji or a malformed place is dropped. */
export function parseReaction(value: unknown): ReactionPayload | null {
  if (typeof value !== 'object' || value === null) return null;
  const { reaction, at } = value as { reaction?: unknown; at?: unknown };
  if (typeof reaction !== 'string' || !reactionById(reaction)) return null;
  if (typeof at !== 'string' || at.length === 0 || at.length > 64) return null;
  return { reaction: reaction as ReactionId, at };
}

/** Observers' comments are short, like a chat line. */
export const maxCommentLength = 280;

export function parseComment(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim().slice(0, maxCommentLength);
  return text.length > 0 ? text : null;
}

import type { Participant } from '../../domain/index.js';
import type { AppContext } from '../context.js';

/**
 * Removes people from a workshop (SPEC A10): each record is marked removed and stripped of
 * name and organisation, their sessions end, and then every open /collab connection of the
 * workshop is checked again, so theirs close at once. Their notes stay on the boards; the notes
 * they held back in a private round, which nobody else has seen, are deleted (SPEC R6).
 * Resolves with the ids actually removed (someone already removed is skipped).
 */
export async function removeParticipants(ctx: AppContext, workshopId: string, people: Participant[]): Promise<string[]> {
  const at = ctx.config.now().toISOString();
  const removed: string[] = [];
  for (const person of people) if (await ctx.store.removeParticipant(person.id, at)) removed.push(person.id);
  if (removed.length > 0) await ctx.live.accessChanged(workshopId);
  for (const id of removed) await ctx.store.deletePrivateNotesOf(id);
  return removed;
}

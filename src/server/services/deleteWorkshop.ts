import type { AppContext } from '../context.js';

/**
 * Deletes a workshop with everything in it, down to the database bytes (the store's
 * deleteWorkshop: SPEC P1, P4), and drops its boards from memory so no open connection writes
 * them back, and their maps kept for reading. The owner's delete and the retention sweep (SPEC K4) both go through here.
 * False if there was no such workshop.
 */
export async function deleteWorkshopEverywhere(ctx: AppContext, workshopId: string): Promise<boolean> {
  const boards = await ctx.store.listBoards(workshopId);
  const deleted = await ctx.store.deleteWorkshop(workshopId);
  ctx.live.drop(boards.map((b) => b.id));
  for (const board of boards) ctx.mapReads.forget(board.id);
  return deleted;
}

import type { AppContext } from '../context.js';

/**
 * After boards were deleted from the store: everything this server holds of them goes too, their
 * live copies (on every instance, unstored, so no open connection writes them back) and their
 * maps kept for reading (SPEC P1). A board's and a workshop's deletion both end here.
 */
export function dropDeletedBoards(ctx: AppContext, boardIds: string[]): void {
  ctx.live.drop(boardIds);
  for (const id of boardIds) ctx.mapReads.forget(id);
}

/**
 * Deletes a workshop with everything in it, down to the database bytes (the store's
 * deleteWorkshop: SPEC P1, P4), and drops its boards from memory (`dropDeletedBoards`). The
 * owner's delete and the retention sweep (SPEC K4) both go through here. False if there was no
 * such workshop.
 */
export async function deleteWorkshopEverywhere(ctx: AppContext, workshopId: string): Promise<boolean> {
  const boards = await ctx.store.listBoards(workshopId);
  const deleted = await ctx.store.deleteWorkshop(workshopId);
  dropDeletedBoards(
    ctx,
    boards.map((b) => b.id),
  );
  return deleted;
}

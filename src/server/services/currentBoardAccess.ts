import type * as Y from 'yjs';
import { readSpotlight } from '../../doc/control/index.js';
import { boardAccess, isWorkBoard, spotlitAccess, type Board, type BoardAccess, type Principal } from '../../domain/index.js';
import type { AppContext } from '../context.js';
import { loadBoardDoc } from './boardDoc.js';

/**
 * The board in the spotlight in a workshop, as its control document says now: the live
 * document when this server has it open (the facilitator just changed it), else the stored one.
 */
export async function spotlitBoardId(ctx: AppContext, workshopId: string): Promise<string | null> {
  const control = (await ctx.store.listBoards(workshopId)).find((b) => !isWorkBoard(b));
  if (!control) return null;
  const live = ctx.live.board(control.id);
  if (live) return readSpotlight(live)?.boardId ?? null;
  const stored: Y.Doc = await loadBoardDoc(ctx.store, control.id, ctx.config.log);
  try {
    return readSpotlight(stored)?.boardId ?? null;
  } finally {
    stored.destroy();
  }
}

/**
 * A board's access for someone, the spotlight included (SPEC A12). The spotlight is looked up
 * only when it could change the answer: a participant writing another group's board.
 */
export async function currentBoardAccess(ctx: AppContext, who: Principal, board: Board): Promise<BoardAccess> {
  const access = boardAccess(who, board);
  if (access !== 'write' || who.role !== 'participant' || board.groupId === null || board.groupId === who.groupId) return access;
  return spotlitAccess(access, who, board, await spotlitBoardId(ctx, board.workshopId));
}

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { bodyOf, documented, routeDoc } from './apiDoc/routeDoc.js';
import { boardResponse, okResponse } from './apiDoc/responses.js';
import { isLocked, isWorkBoard, updateBoardRequest, type Board } from '../../domain/index.js';
import { AppError } from '../../shared/index.js';
import { requestIdentity, type AppContext } from '../context.js';
import type { Identity } from '../identity.js';
import { requireFacilitator } from '../identity.js';
import { forgetPrivateRound } from '../services/privateRounds.js';
import { dropDeletedBoards } from '../services/deleteWorkshop.js';

const manager = 'facilitator of the board’s workshop (owner or co-facilitator)';
const updateDoc = routeDoc({
  tag: 'Boards',
  summary: 'Renames a board, or locks it read-only for everyone, or unlocks it (SPEC A13).',
  who: manager,
  auth: 'signed-in',
  body: updateBoardRequest,
  responses: { 200: { description: 'The board', schema: z.strictObject({ board: boardResponse }) } },
});
const deleteDoc = routeDoc({
  tag: 'Boards',
  summary: 'Deletes a board and scrubs it; everyone on it is disconnected (SPEC P1).',
  who: manager,
  auth: 'signed-in',
  responses: { 200: { description: 'Deleted', schema: okResponse } },
});

const view = (b: Board) => ({ id: b.id, kind: b.kind, title: b.title, groupId: b.groupId, projectId: b.projectId, locked: isLocked(b) });

/** A work board of a workshop the caller facilitates (owner or co-facilitator), or the error to show. */
export async function requireFacilitatedBoard(ctx: AppContext, identity: Identity | null, boardId: string): Promise<Board> {
  if (!identity) throw new AppError('NOT_SIGNED_IN');
  const board = await ctx.store.getBoard(boardId);
  // The workshop's control document is not a board people see: it has no title, lock or delete.
  if (!board || !isWorkBoard(board)) throw new AppError('BOARD_NOT_FOUND');
  await requireFacilitator(ctx.store, identity, board.workshopId);
  return board;
}

/** The facilitator's controls on one board: rename, lock or unlock (PATCH), delete (SPEC A13). */
export function registerBoardControls(app: FastifyInstance, ctx: AppContext): void {
  app.patch<{ Params: { id: string } }>('/api/boards/:id', documented(updateDoc), async (request) => {
    const board = await requireFacilitatedBoard(ctx, await requestIdentity(ctx, request), request.params.id);
    const body = bodyOf(updateDoc, request);
    if (body.title !== undefined && body.title !== board.title) {
      await ctx.store.renameBoard(board.id, body.title);
      board.title = body.title;
    }
    if (body.locked !== undefined && body.locked !== isLocked(board)) {
      const lockedAt = body.locked ? ctx.config.now().toISOString() : null;
      await ctx.store.setBoardLock(board.id, lockedAt);
      board.lockedAt = lockedAt;
      await ctx.live.lockChanged(board);
      ctx.config.log(`board ${body.locked ? 'locked' : 'unlocked'}: ${board.id}`);
    }
    return { board: view(board) };
  });

  app.delete<{ Params: { id: string } }>('/api/boards/:id', documented(deleteDoc), async (request) => {
    const board = await requireFacilitatedBoard(ctx, await requestIdentity(ctx, request), request.params.id);
    // As a workshop's deletion: gone from the store (bytes scrubbed), then everyone on it is
    // told and the live copy dropped unstored. SQLite may delete the rows yet fail to empty its
    // WAL (busy): the board is gone all the same, so its people are still told; only a board
    // that is still there keeps its live copy, whose edits are not yet all stored.
    const round = await ctx.store.getPrivateRound(board.id);
    try {
      await ctx.store.deleteBoard(board.id);
    } finally {
      const gone = (await ctx.store.getBoard(board.id).catch(() => board)) === null;
      if (gone) dropDeletedBoards(ctx, [board.id]);
    }
    // Its round and held-back notes went with it (SPEC R6); pages stop showing the round.
    if (round) await forgetPrivateRound(ctx, board);
    ctx.config.log(`board deleted: ${board.id}`);
    return { ok: true };
  });
}

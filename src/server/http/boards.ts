import type { FastifyInstance } from 'fastify';
import type { Board } from '../../domain/index.js';
import { createBoardRequest, isLocked, restore } from '../../domain/index.js';
import { AppError } from '../../shared/index.js';
import { requestIdentity, type AppContext } from '../context.js';
import { requireFacilitator, requireReadableBoard } from '../identity.js';
import { currentBoardAccess } from '../services/currentBoardAccess.js';
import { makeId } from '../services/random.js';

const view = (b: Board) => ({ id: b.id, kind: b.kind, title: b.title, groupId: b.groupId, projectId: b.projectId, locked: isLocked(b) });

/** Boards: facilitators add them; members read one they may open. */
export function registerBoards(app: FastifyInstance, ctx: AppContext): void {
  app.post<{ Params: { id: string } }>('/api/workshops/:id/boards', async (request, reply) => {
    const { workshop } = await requireFacilitator(ctx.store, await requestIdentity(ctx, request), request.params.id);
    const body = restore(createBoardRequest, request.body);
    if (body.groupId) {
      const group = await ctx.store.getGroup(body.groupId);
      if (!group || group.workshopId !== workshop.id) throw new AppError('GROUP_NOT_FOUND');
    }
    const board: Board = { id: makeId('bd'), workshopId: workshop.id, ...body, createdAt: ctx.config.now().toISOString() };
    await ctx.store.createBoard(board);
    reply.code(201);
    return { board: view(board) };
  });

  app.get<{ Params: { id: string } }>('/api/boards/:id', async (request) => {
    const readable = await requireReadableBoard(ctx.store, await requestIdentity(ctx, request), request.params.id);
    const { board, workshop, principal } = readable;
    // The spotlight can make a board read-only for a while (SPEC A12): the page says so from the
    // start, and `presented` tells it to follow the live spotlight from then on.
    const access = await currentBoardAccess(ctx, principal, board);
    return { board: view(board), access, presented: access !== readable.access, workshop: { id: workshop.id, title: workshop.title } };
  });
}

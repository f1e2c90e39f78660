import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { bodyOf, documented, routeDoc } from './apiDoc/routeDoc.js';
import { isLocked, layoutRequest } from '../../domain/index.js';
import { AppError } from '../../shared/index.js';
import { requestIdentity, type AppContext } from '../context.js';
import { requireReadableBoard } from '../identity.js';

const layoutDoc = routeDoc({
  tag: 'Boards',
  summary: 'Positions for a map’s actors from the automatic (ELK layered) layout; nothing is stored.',
  who: 'member who may edit the map',
  auth: 'signed-in',
  body: layoutRequest,
  responses: {
    200: {
      description: 'Top-left corners from 0, 0',
      schema: z.strictObject({ positions: z.record(z.string(), z.strictObject({ x: z.number(), y: z.number() })) }),
    },
  },
});

/**
 * POST /api/boards/:id/layout: positions for a map's actors from the automatic layout, for a
 * member who may edit the map. The body carries the actors' ids and sizes and the flows
 * between them (layoutRequest); the answer is `{ positions: { [actorId]: { x, y } } }`, each
 * a top-left corner, the whole starting at 0, 0. Nothing is stored: the app moves the actors
 * itself, as one change its user can undo.
 */
export function registerBoardLayout(app: FastifyInstance, ctx: AppContext): void {
  app.post<{ Params: { id: string } }>('/api/boards/:id/layout', documented(layoutDoc), async (request) => {
    const { board, access } = await requireReadableBoard(ctx.store, await requestIdentity(ctx, request), request.params.id);
    if (access !== 'write')
      throw isLocked(board) ? new AppError('BOARD_LOCKED') : new AppError('READ_ONLY', 'Observers cannot lay out a map');
    if (board.kind !== 'ecosystem-map') throw new AppError('NOT_FOUND', `A ${board.kind} board has no automatic layout`);
    return { positions: await ctx.layout.layOut(bodyOf(layoutDoc, request)) };
  });
}

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { bodyOf, documented, routeDoc } from './apiDoc/routeDoc.js';
import { boardResponse } from './apiDoc/responses.js';
import type { Board } from '../../domain/index.js';
import { createBoardRequest, isLocked, workshopLanguages } from '../../domain/index.js';
import { AppError } from '../../shared/index.js';
import { requestIdentity, type AppContext } from '../context.js';
import { requireFacilitator, requireReadableBoard } from '../identity.js';
import { currentBoardAccess } from '../services/currentBoardAccess.js';
import { makeId } from '../services/random.js';

const createDoc = routeDoc({
  tag: 'Boards',
  summary: 'Adds a board to the workshop (of a group, a project, or the whole workshop).',
  who: 'facilitator of the workshop',
  auth: 'signed-in',
  body: createBoardRequest,
  responses: { 201: { description: 'The board', schema: z.strictObject({ board: boardResponse }) } },
});
const getDoc = routeDoc({
  tag: 'Boards',
  summary: 'One board, the caller’s access to it now (SPEC A12, A13) and its workshop (with its language, SPEC F6).',
  who: 'member who may see the board',
  auth: 'signed-in',
  responses: {
    200: {
      description: 'The board',
      schema: z.strictObject({
        board: boardResponse,
        access: z.enum(['write', 'read']),
        presented: z.boolean(),
        /** `language`: what the board page opens in for someone who has not chosen (SPEC F6); null: not set. */
        workshop: z.strictObject({ id: z.string(), title: z.string(), language: z.enum(workshopLanguages).nullable() }),
      }),
    },
  },
});

const view = (b: Board) => ({ id: b.id, kind: b.kind, title: b.title, groupId: b.groupId, projectId: b.projectId, locked: isLocked(b) });

/** Boards: facilitators add them; members read one they may open. */
export function registerBoards(app: FastifyInstance, ctx: AppContext): void {
  app.post<{ Params: { id: string } }>('/api/workshops/:id/boards', documented(createDoc), async (request, reply) => {
    const { workshop } = await requireFacilitator(ctx.store, await requestIdentity(ctx, request), request.params.id);
    const body = bodyOf(createDoc, request);
    if (body.groupId) {
      const group = await ctx.store.getGroup(body.groupId);
      if (!group || group.workshopId !== workshop.id) throw new AppError('GROUP_NOT_FOUND');
    }
    const board: Board = { id: makeId('bd'), workshopId: workshop.id, ...body, createdAt: ctx.config.now().toISOString() };
    await ctx.store.createBoard(board);
    reply.code(201);
    return { board: view(board) };
  });

  app.get<{ Params: { id: string } }>('/api/boards/:id', documented(getDoc), async (request) => {
    const readable = await requireReadableBoard(ctx.store, await requestIdentity(ctx, request), request.params.id);
    const { board, workshop, principal } = readable;
    // The spotlight can make a board read-only for a while (SPEC A12): the page says so from the
    // start, and `presented` tells it to follow the live spotlight from then on.
    const access = await currentBoardAccess(ctx, principal, board);
    return {
      board: view(board),
      access,
      presented: access !== readable.access,
      workshop: { id: workshop.id, title: workshop.title, language: workshop.language ?? null },
    };
  });
}

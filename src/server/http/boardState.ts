import type { FastifyInstance } from 'fastify';
import { documented, routeDoc } from './apiDoc/routeDoc.js';
import * as Y from 'yjs';
import { requestIdentity, type AppContext } from '../context.js';
import { requireReadableBoard } from '../identity.js';
import { storedStateUpdate } from '../services/boardDoc.js';

const stateDoc = routeDoc({
  tag: 'Boards',
  summary: 'The board’s state as one Yjs update, as /collab would send it to a newcomer; read-only.',
  who: 'member who may see the board (the same rule as /collab)',
  auth: 'signed-in',
  responses: {
    200: { description: 'One Yjs update', mediaType: 'application/octet-stream' },
    204: { description: 'Nothing is stored yet' },
  },
});

/**
 * GET /api/boards/:id/state: the board's state as one Yjs update (binary), for every member
 * who may read the board, so a page can draw the board while its live connection opens
 * (docs/api.md): the live document when this server has the board loaded, else what is
 * stored. The live sync that follows brings whatever this missed; edits go only through
 * /collab. 204 when nothing is stored yet.
 */
export function registerBoardState(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Params: { id: string } }>('/api/boards/:id/state', documented(stateDoc), async (request, reply) => {
    const { board } = await requireReadableBoard(ctx.store, await requestIdentity(ctx, request), request.params.id);
    const skip = (what: string, e: Error) => ctx.config.log(`board ${board.id}: state left out unreadable ${what}: ${e.message}`);
    const live = ctx.live.board(board.id);
    const update = live ? Y.encodeStateAsUpdate(live) : storedStateUpdate(await ctx.store.loadBoardState(board.id), skip);
    reply.header('cache-control', 'no-store');
    if (!update) return reply.code(204).send();
    return reply.type('application/octet-stream').send(Buffer.from(update.buffer, update.byteOffset, update.byteLength));
  });
}

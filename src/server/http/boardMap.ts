import type { FastifyInstance } from 'fastify';
import { AppError } from '../../shared/index.js';
import { requestIdentity, type AppContext } from '../context.js';
import { requireReadableBoard } from '../identity.js';
import { sendKeptJson } from './sendKeptJson.js';
import { documented, routeDoc } from './apiDoc/routeDoc.js';

const mapDoc = routeDoc({
  tag: 'Boards',
  summary:
    'A map board read as the editor reads it (the ecosystem map as JSON), so a page can draw it before its live connection; read-only.',
  who: 'member who may see the board (the same rule as /collab)',
  auth: 'signed-in',
  responses: { 200: { description: 'The map (actors, flows, datasets, notes), in the shape of docs/formats.md' } },
});

/**
 * GET /api/boards/:id/map: a map board read as the editor reads it (`readMap` of src/doc, as
 * JSON), for every member who may read the board (the access rule of /state and /collab), so
 * the page draws the map at once and loads Yjs and the live connection after (docs/api.md):
 * the live document when this server has the board loaded, else what is stored, read once per
 * version of the board (services/mapReads.ts). Only a map board has one (404 otherwise). Edits
 * go only through /collab.
 */
export function registerBoardMap(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Params: { id: string } }>('/api/boards/:id/map', documented(mapDoc), async (request, reply) => {
    const { board } = await requireReadableBoard(ctx.store, await requestIdentity(ctx, request), request.params.id);
    if (board.kind !== 'ecosystem-map') throw new AppError('NOT_FOUND', `A ${board.kind} board has no map: open it on its page instead`);
    // The live document when this server holds the board, else what is stored (as /state and the vote guard read it).
    const read = await ctx.mapReads.read(board.id, ctx.live.board(board.id));
    return sendKeptJson(request, reply.header('cache-control', 'no-store'), read);
  });
}

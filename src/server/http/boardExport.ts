import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { documented, routeDoc } from './apiDoc/routeDoc.js';
import { requestIdentity, type AppContext } from '../context.js';
import { requireReadableBoard } from '../identity.js';
import { attachment } from '../services/report/fileName.js';

const pictureDoc = routeDoc({
  tag: 'Boards',
  summary: 'A picture of the map, legend included.',
  who: 'member who may see the board',
  auth: 'signed-in',
  query: z.object({ format: z.enum(['svg', 'png']).optional().describe('svg when left out') }),
  responses: {
    200: { description: 'The picture (image/svg+xml or image/png)', mediaType: 'image/svg+xml' },
  },
});

/**
 * GET /api/boards/:id/picture?format=svg|png: a map board's live state as a picture, legend
 * included, for every member who may read the board. Served inline (the browser shows it;
 * "save as" keeps the board's title as its name). The SVG holds no script and only escaped
 * text, and the app's content security policy applies to it as well.
 */
export function registerBoardExport(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Params: { id: string }; Querystring: { format?: string } }>(
    '/api/boards/:id/picture',
    documented(pictureDoc),
    async (request, reply) => {
      const { board } = await requireReadableBoard(ctx.store, await requestIdentity(ctx, request), request.params.id);
      const picture = await ctx.files.picture(board, request.query.format ?? 'svg');
      const name = attachment(board.title, 'map', picture.extension).replace(/^attachment/, 'inline');
      return reply.type(picture.contentType).header('content-disposition', name).header('cache-control', 'no-store').send(picture.body);
    },
  );
}

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { documented, routeDoc } from './apiDoc/routeDoc.js';
import type { DocumentKind } from '../../domain/index.js';
import { AppError } from '../../shared/index.js';
import { requestIdentity, type AppContext } from '../context.js';
import { requireReadableBoard } from '../identity.js';
import { exportFormatsOf } from '../services/boardFiles.js';
import { attachment } from '../services/report/fileName.js';

const fileDoc = routeDoc({
  tag: 'Boards',
  summary: 'The board’s live state as a download, byte for byte what `opencities export` writes.',
  who: 'member who may see the board',
  auth: 'signed-in',
  query: z.object({
    format: z.string().describe('maps: json, kumu-xlsx, kumu-csv, graphml, mermaid, svg, png; canvases: json, md'),
  }),
  responses: { 200: { description: 'The file, named after the board', mediaType: 'application/octet-stream' } },
});

/** What follows the board's title in a download's name: "air-quality-map.graphml", "air-quality-map-kumu.xlsx". */
function suffixOf(kind: DocumentKind, format: string): string {
  if (kind === 'ethics-canvas') return 'canvas';
  return format.startsWith('kumu-') ? 'map-kumu' : 'map';
}

/**
 * GET /api/boards/:id/file?format=F: a board's live state as a download, byte for byte what
 * `opencities export --board ID --format F` writes (one function, exportBoard, makes both): maps
 * json, kumu-xlsx, kumu-csv (one .zip: Kumu's elements.csv and connections.csv, and the files
 * for what Kumu has no place for), graphml, mermaid, svg, png; canvases json, md. For every
 * member who may read the board (observers too); a reflection board only for its own group and
 * the facilitators (SPEC A3, A4). The file is named after the board's title. Content-Length is
 * always sent, so the app can show how much has arrived.
 */
export function registerBoardFile(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Params: { id: string }; Querystring: { format?: string } }>(
    '/api/boards/:id/file',
    documented(fileDoc),
    async (request, reply) => {
      const { board } = await requireReadableBoard(ctx.store, await requestIdentity(ctx, request), request.params.id);
      const format = request.query.format;
      if (!format) {
        const formats = exportFormatsOf(board.kind);
        if (formats.length === 0) throw new AppError('FORMAT_NOT_SUPPORTED', `a ${board.kind} board has no file export yet`);
        throw new AppError('EXPORT_FORMAT_UNKNOWN', `name the format: ?format=${formats.join('|')}`);
      }
      const file = await ctx.files.exportBoard(board, format);
      const body = file.body;
      return reply
        .type(file.contentType)
        .header('content-disposition', attachment(board.title, suffixOf(board.kind, format), file.extension))
        .header('content-length', Buffer.byteLength(body))
        .header('cache-control', 'no-store')
        .send(body);
    },
  );
}

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { documented, queryOf, routeDoc } from './apiDoc/routeDoc.js';
import { AppError } from '../../shared/index.js';
import { requestIdentity, type AppContext } from '../context.js';
import { requireFacilitator } from '../identity.js';
import { attachment } from '../services/report/fileName.js';

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true');

const reportDoc = routeDoc({
  tag: 'Reports',
  summary: 'The workshop report as a download: Markdown (a .zip with its map pictures, or report.md alone) or PDF (SPEC P6).',
  who: 'facilitator of the workshop',
  auth: 'signed-in',
  query: z.object({
    format: z.string().default('md').describe('md or pdf'),
    includeReflection: flag(false),
    includeNames: flag(false),
    zip: flag(true),
  }),
  responses: {
    200: { description: 'application/zip, text/markdown or application/pdf', mediaType: 'application/zip' },
  },
});

/**
 * GET /api/workshops/:id/report?format=md|pdf&includeReflection=&includeNames=&zip=: the
 * workshop report as a download, for facilitators only (it may hold the reflection and
 * names). Markdown comes as a .zip of report.md and its map pictures (images/*.svg) unless
 * `zip=false`, which gives report.md alone, without pictures.
 */
export function registerReport(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Params: { id: string } }>('/api/workshops/:id/report', documented(reportDoc), async (request, reply) => {
    const { workshop } = await requireFacilitator(ctx.store, await requestIdentity(ctx, request), request.params.id);
    const { format, includeReflection, includeNames, zip } = queryOf(reportDoc, request);
    if (format !== 'md' && format !== 'pdf') throw new AppError('FORMAT_NOT_SUPPORTED', `a report is md or pdf, not "${format}"`);

    // Built on a worker thread: a workshop of large maps takes seconds to draw (SPEC L7).
    const body = await ctx.files.report(workshop.id, { format, includeReflection, includeNames, zip, now: ctx.config.now() });
    const [extension, type] =
      format === 'pdf' ? ['pdf', 'application/pdf'] : zip ? ['zip', 'application/zip'] : ['md', 'text/markdown; charset=utf-8'];
    void reply.header('content-disposition', attachment(workshop.title, 'report', extension)).header('cache-control', 'no-store');
    return reply.type(type).send(body);
  });
}

import type { FastifyInstance } from 'fastify';
import { AppError } from '../../shared/index.js';
import { requestIdentity, type AppContext } from '../context.js';
import { requireFacilitator } from '../identity.js';
import { attachment } from '../services/report/fileName.js';

interface Query {
  format?: string;
  includeReflection?: string;
}

/**
 * GET /api/workshops/:id/report?format=md|pdf&includeReflection=true|false: the workshop
 * report as a download, for facilitators only (it may hold the reflection). Markdown carries
 * its map pictures inside it (data URIs): one download is the whole report.
 */
export function registerReport(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Params: { id: string }; Querystring: Query }>('/api/workshops/:id/report', async (request, reply) => {
    const { workshop } = await requireFacilitator(ctx.store, await requestIdentity(ctx, request), request.params.id);
    const format = request.query.format ?? 'md';
    if (format !== 'md' && format !== 'pdf') throw new AppError('FORMAT_NOT_SUPPORTED', `a report is md or pdf, not "${format}"`);
    const include = request.query.includeReflection ?? 'false';
    if (include !== 'true' && include !== 'false') throw new AppError('VALIDATION_FAILED', 'includeReflection: must be true or false');

    // Built on a worker thread: a workshop of large maps takes seconds to draw (SPEC L7).
    const body = await ctx.files.report(workshop.id, { format, includeReflection: include === 'true', now: ctx.config.now() });
    void reply.header('content-disposition', attachment(workshop.title, 'report', format)).header('cache-control', 'no-store');
    return reply.type(format === 'pdf' ? 'application/pdf' : 'text/markdown; charset=utf-8').send(body);
  });
}

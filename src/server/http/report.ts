import type { FastifyInstance } from 'fastify';
import { AppError } from '../../shared/index.js';
import { requestIdentity, type AppContext } from '../context.js';
import { requireFacilitator } from '../identity.js';
import { attachment } from '../services/report/fileName.js';

interface Query {
  format?: string;
  includeReflection?: string;
  includeNames?: string;
  zip?: string;
}

function flag(query: Query, name: 'includeReflection' | 'includeNames' | 'zip', fallback: boolean): boolean {
  const value = query[name] ?? String(fallback);
  if (value !== 'true' && value !== 'false') throw new AppError('VALIDATION_FAILED', `${name}: must be true or false`);
  return value === 'true';
}

/**
 * GET /api/workshops/:id/report?format=md|pdf&includeReflection=&includeNames=&zip=: the
 * workshop report as a download, for facilitators only (it may hold the reflection and
 * names). Markdown comes as a .zip of report.md and its map pictures (images/*.svg) unless
 * `zip=false`, which gives report.md alone, without pictures.
 */
export function registerReport(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Params: { id: string }; Querystring: Query }>('/api/workshops/:id/report', async (request, reply) => {
    const { workshop } = await requireFacilitator(ctx.store, await requestIdentity(ctx, request), request.params.id);
    const format = request.query.format ?? 'md';
    if (format !== 'md' && format !== 'pdf') throw new AppError('FORMAT_NOT_SUPPORTED', `a report is md or pdf, not "${format}"`);
    const includeReflection = flag(request.query, 'includeReflection', false);
    const includeNames = flag(request.query, 'includeNames', false);
    const zip = flag(request.query, 'zip', true);

    // Built on a worker thread: a workshop of large maps takes seconds to draw (SPEC L7).
    const body = await ctx.files.report(workshop.id, { format, includeReflection, includeNames, zip, now: ctx.config.now() });
    const [extension, type] =
      format === 'pdf' ? ['pdf', 'application/pdf'] : zip ? ['zip', 'application/zip'] : ['md', 'text/markdown; charset=utf-8'];
    void reply.header('content-disposition', attachment(workshop.title, 'report', extension)).header('cache-control', 'no-store');
    return reply.type(type).send(body);
  });
}

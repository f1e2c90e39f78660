import type { FastifyInstance } from 'fastify';
import { AppError } from '../../shared/index.js';
import { requestIdentity, type AppContext } from '../context.js';
import { requireFacilitator } from '../identity.js';
import { attachment } from '../services/report/fileName.js';
import { buildReport, reportMarkdown, reportPdf, reportZip } from '../services/report/index.js';

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

    const report = await buildReport(ctx.store, workshop.id, {
      includeReflection,
      includeNames,
      now: ctx.config.now(),
      log: (line) => ctx.config.log(line),
    });
    const download = (extension: string) => attachment(workshop.title, 'report', extension);
    void reply.header('cache-control', 'no-store');
    if (format === 'pdf')
      return reply
        .header('content-disposition', download('pdf'))
        .type('application/pdf')
        .send(await reportPdf(report));
    if (zip) return reply.header('content-disposition', download('zip')).type('application/zip').send(reportZip(report));
    return reply
      .header('content-disposition', download('md'))
      .type('text/markdown; charset=utf-8')
      .send(reportMarkdown(report, { pictures: 'none' }));
  });
}

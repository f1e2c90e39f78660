import type { FastifyInstance } from 'fastify';
import { bodyOf, documented, routeDoc } from './apiDoc/routeDoc.js';
import { missingTranslationReport } from '../../domain/index.js';
import type { AppContext } from '../context.js';
import { missingTranslationLog } from '../ops/missingTranslations.js';
import { perAddress } from './throttles.js';

const missingDoc = routeDoc({
  tag: 'Session',
  summary:
    'A browser reports a message its language lacks (SPEC F7): `locale` and `key` only. The server logs each pair once per process, up to a cap. No cookie needed.',
  who: 'anyone',
  auth: 'anyone',
  body: missingTranslationReport,
  responses: { 204: { description: 'Taken (logged if it is new)' } },
});

/**
 * What browsers report about themselves: today, a message their language lacks (SPEC F7), which
 * reaches the server's log as `missing translation` with its locale and key. Nothing about the
 * person is taken or kept; the body is two short fields, and the route is throttled per address.
 */
export function registerClientReports(app: FastifyInstance, ctx: AppContext): void {
  const { logger, log } = ctx.config;
  const report = missingTranslationLog(
    // One structured line (JSON to a log collector); tests without a logger read the plain line.
    ({ locale, key }) =>
      logger ? logger.warn({ locale, key }, 'missing translation') : log(`missing translation: locale=${locale} key=${key}`),
    (max) => log(`missing translation: ${max} distinct ones logged; further ones are not logged until the server restarts`),
  );
  app.post(
    '/api/client-reports/missing-translation',
    documented(missingDoc, { bodyLimit: 1024, config: perAddress(ctx.config.rateLimits.clientReportPerAddress) }),
    async (request, reply) => {
      report(bodyOf(missingDoc, request));
      return reply.code(204).send();
    },
  );
}

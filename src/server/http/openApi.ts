import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { openApiDocument } from './apiDoc/openApiDocument.js';
import { referencePage } from './apiDoc/referencePage.js';
import { documented, routeDoc } from './apiDoc/routeDoc.js';
import type { RegisteredRoute } from './apiDoc/routeRegistry.js';

/** The document's version: the API's, moved when a route changes shape (CHANGELOG.md says how). */
export const apiVersion = '1.0.0';

const documentDoc = routeDoc({
  tag: 'API',
  summary: 'This OpenAPI 3.1 document.',
  who: 'anyone',
  auth: 'anyone',
  responses: { 200: { description: 'The OpenAPI 3.1 document', schema: z.looseObject({ openapi: z.literal('3.1.0') }) } },
});
const pageDoc = routeDoc({
  tag: 'API',
  summary: 'This reference as an HTML page, readable without JavaScript.',
  who: 'anyone',
  auth: 'anyone',
  responses: { 200: { description: 'The reference page', mediaType: 'text/html' } },
});

/** GET /api/openapi.json and GET /api/docs (SPEC N1, N4), written once from the registered routes. */
export function registerOpenApi(app: FastifyInstance, ctx: AppContext, routes: readonly RegisteredRoute[]): void {
  // Built on first use: every route is registered by then, and none is added later.
  let document: Record<string, unknown> | null = null;
  const current = () => (document ??= openApiDocument(routes, { version: apiVersion, serverUrl: ctx.config.publicUrl ?? undefined }));
  app.get('/api/openapi.json', documented(documentDoc), async () => current());
  app.get('/api/docs', documented(pageDoc), async (_request, reply) => {
    reply.type('text/html; charset=utf-8');
    return referencePage(current());
  });
}

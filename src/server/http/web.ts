import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError, errorBody } from '../../shared/index.js';
import type { AppContext } from '../context.js';

/**
 * Serves the built web app, and index.html for every other GET that is not the API (the app
 * routes on the client). Everything comes from this server: no CDN, fonts or analytics.
 */
export async function registerWeb(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const webDir = ctx.config.webDir;
  const hasApp = webDir !== null && existsSync(join(webDir, 'index.html'));
  if (hasApp) await app.register(fastifyStatic, { root: webDir, wildcard: false, index: false });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    // HEAD is a GET without the body (Node leaves it out): probes and link checkers use it.
    const isRead = request.method === 'GET' || request.method === 'HEAD';
    if (!isRead || path.startsWith('/api/') || path === '/collab' || !hasApp) {
      void reply.code(404).send(errorBody(new AppError('NOT_FOUND')));
      return;
    }
    void reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}

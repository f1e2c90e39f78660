import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError, errorBody } from '../../shared/index.js';
import type { AppContext } from '../context.js';

/** A built file whose name carries its content's hash (`assets/…-<hash>.js`, or its `.br` or `.gz` copy): it never changes. */
const hashedAsset = /[\\/]assets[\\/][^\\/]+-[\w-]{8}\.[a-z]+(\.br|\.gz)?$/;

/**
 * How long a browser may keep a file: a hashed asset for a year without asking again (a new
 * build names its files anew); anything else is asked again each time (304 when unchanged).
 */
function cacheControlOf(path: string): string {
  return hashedAsset.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Serves the built web app, and index.html for every other GET that is not the API (the app
 * routes on the client). Everything comes from this server: no CDN, fonts or analytics. A
 * file goes as the brotli or gzip copy the build wrote beside it (scripts/compressedAssets.ts)
 * when the browser accepts it, so nothing is compressed per request.
 */
export async function registerWeb(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const webDir = ctx.config.webDir;
  const hasApp = webDir !== null && existsSync(join(webDir, 'index.html'));
  if (hasApp)
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, path) => void reply.header('cache-control', cacheControlOf(path)),
    });
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

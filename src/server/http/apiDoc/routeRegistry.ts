import type { FastifyInstance } from 'fastify';
import type { RouteDoc } from './routeDoc.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route's description for the OpenAPI document (apiDoc/routeDoc.ts). */
    doc?: RouteDoc;
  }
}

/** A registered route as the document sees it: Fastify's method and pattern, and its description if it has one. */
export interface RegisteredRoute {
  method: string;
  url: string;
  doc: RouteDoc | undefined;
}

/** Routes the OpenAPI document must describe: the JSON API under /api (SPEC N1). */
export const isApiRoute = (url: string): boolean => url === '/api' || url.startsWith('/api/');

/**
 * Every route Fastify registers, recorded as it is registered: call before the routes are
 * added. HEAD routes Fastify adds beside GET are left out (they answer as GET does).
 */
export function routeRegistry(app: FastifyInstance): RegisteredRoute[] {
  const routes: RegisteredRoute[] = [];
  app.addHook('onRoute', (options) => {
    const methods = Array.isArray(options.method) ? options.method : [options.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      routes.push({ method, url: options.url, doc: options.config?.doc });
    }
  });
  return routes;
}

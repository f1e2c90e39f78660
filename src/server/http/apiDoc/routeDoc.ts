import type { FastifyRequest, RouteShorthandOptions } from 'fastify';
import type { z } from 'zod';
import { restore } from '../../../domain/index.js';

/**
 * Who may call a route, as the OpenAPI document says it: `anyone` needs no credentials;
 * `signed-in` takes the session cookie or an API token (SPEC N3); `session` the cookie only
 * (API tokens are refused: managing tokens, and /collab tokens, SPEC N5).
 */
export type RouteAuth = 'anyone' | 'signed-in' | 'session';

/** One answer of a route: JSON with a schema, or another media type described in words. */
export interface ResponseDoc {
  description: string;
  schema?: z.ZodType;
  /** A media type other than JSON (`text/html`, `application/zip`, …); its body is not described. */
  mediaType?: string;
}

/**
 * A route's description, declared once beside its handler: the handler validates with `body`
 * and `query` (bodyOf, queryOf) and the OpenAPI document (openApiDocument.ts) is written from
 * the same objects, so the two cannot drift (SPEC N1).
 */
export interface RouteDoc<B extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType> {
  tag: string;
  summary: string;
  /** Who may call it beyond being signed in (`facilitator`, `member who may see the board`, …). */
  who: string;
  auth: RouteAuth;
  body?: B;
  /** `multipart/form-data` and the like: a body zod does not describe, named here. */
  bodyMediaType?: string;
  query?: Q;
  /** The main answers by status; the error shape is added for every route. */
  responses: Record<number, ResponseDoc>;
}

/** Declares a route's description, keeping the schema types for bodyOf and queryOf. */
export function routeDoc<B extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType>(doc: RouteDoc<B, Q>): RouteDoc<B, Q> {
  return doc;
}

/** Fastify route options carrying the description (read by the route registry's onRoute hook). */
export function documented(doc: RouteDoc, options: RouteShorthandOptions = {}): RouteShorthandOptions {
  return { ...options, config: { ...(options.config ?? {}), doc } };
}

/** The request's body restored by the route's own schema (STYLE 5): VALIDATION_FAILED naming the field otherwise. */
export function bodyOf<B extends z.ZodType>(doc: { body?: B }, request: FastifyRequest, fallback?: unknown): z.infer<B> {
  if (!doc.body) throw new Error('bodyOf: the route documents no body');
  return restore(doc.body, request.body ?? fallback) as z.infer<B>;
}

/** The request's query string restored by the route's own schema. */
export function queryOf<Q extends z.ZodType>(doc: { query?: Q }, request: FastifyRequest): z.infer<Q> {
  if (!doc.query) throw new Error('queryOf: the route documents no query');
  return restore(doc.query, request.query ?? {}) as z.infer<Q>;
}

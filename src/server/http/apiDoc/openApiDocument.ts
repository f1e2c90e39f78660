import { z } from 'zod';
import { errorRegistry } from '../../../shared/index.js';
import type { RouteDoc } from './routeDoc.js';
import { isApiRoute, type RegisteredRoute } from './routeRegistry.js';
import { errorResponse } from './responses.js';

type JsonSchema = Record<string, unknown>;

/** A zod schema as JSON Schema 2020-12 (OpenAPI 3.1's own dialect); what cannot be said becomes `{}`. */
export function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', reused: 'inline' }) as JsonSchema;
  return rest;
}

/** `/api/boards/:id` → `/api/boards/{id}`, and the parameters it names. */
export function openApiPath(url: string): { path: string; params: string[] } {
  const params: string[] = [];
  const path = url.replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) => {
    params.push(name);
    return `{${name}}`;
  });
  return { path, params };
}

const errorStatuses = [...new Set(Object.values(errorRegistry).map((e) => e.status))].sort();

function parameters(params: string[], query: z.ZodType | undefined): JsonSchema[] {
  const inPath = params.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
  if (!query) return inPath;
  const schema = jsonSchemaOf(query, 'input');
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  const inQuery = Object.entries(properties).map(([name, s]) => ({ name, in: 'query', required: required.has(name), schema: s }));
  return [...inPath, ...inQuery];
}

function responses(doc: RouteDoc): JsonSchema {
  const out: JsonSchema = {};
  for (const [status, r] of Object.entries(doc.responses)) {
    const content = r.schema
      ? { 'application/json': { schema: jsonSchemaOf(r.schema, 'output') } }
      : r.mediaType
        ? { [r.mediaType]: {} }
        : undefined;
    out[status] = { description: r.description, ...(content ? { content } : {}) };
  }
  out.default = {
    description: `An error (statuses ${errorStatuses.join(', ')}): the code says which, docs/errors.md lists them`,
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  };
  return out;
}

const security = { anyone: [], 'signed-in': [{ sessionCookie: [] }, { apiToken: [] }], session: [{ sessionCookie: [] }] } as const;

function operation(route: RegisteredRoute & { doc: RouteDoc }, params: string[]): JsonSchema {
  const { doc } = route;
  const op: JsonSchema = {
    // `get_api_workshops_id`: unique per method and path, and a name code generators accept.
    operationId: `${route.method.toLowerCase()}${route.url.replace(/[^A-Za-z0-9]+/g, '_').replace(/_$/, '')}`,
    tags: [doc.tag],
    summary: doc.summary,
    description: `Who: ${doc.who}.`,
    security: security[doc.auth],
    responses: responses(doc),
  };
  const ps = parameters(params, doc.query);
  if (ps.length) op.parameters = ps;
  if (doc.body) op.requestBody = { required: true, content: { 'application/json': { schema: jsonSchemaOf(doc.body, 'input') } } };
  else if (doc.bodyMediaType) op.requestBody = { required: true, content: { [doc.bodyMediaType]: {} } };
  return op;
}

/**
 * The OpenAPI 3.1 document of every /api route that carries a description (SPEC N1). A route
 * without one is left out here and fails test/integration/openApi.test.ts.
 */
export function openApiDocument(routes: readonly RegisteredRoute[], info: { version: string; serverUrl?: string }): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  const tags = new Set<string>();
  for (const route of routes) {
    if (!isApiRoute(route.url) || !route.doc) continue;
    const { path, params } = openApiPath(route.url);
    tags.add(route.doc.tag);
    (paths[path] ??= {})[route.method.toLowerCase()] = operation(route as RegisteredRoute & { doc: RouteDoc }, params);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Open Cities Studio API',
      version: info.version,
      description:
        'Every JSON route of the studio. Sign in with the session cookie, or send a personal API token as `Authorization: Bearer ocs_…` (made on the facilitator page). Board edits go over the /collab WebSocket, not this API.',
    },
    ...(info.serverUrl ? { servers: [{ url: info.serverUrl }] } : {}),
    tags: [...tags].sort().map((name) => ({ name })),
    paths,
    components: {
      schemas: { Error: jsonSchemaOf(errorResponse, 'output') },
      securitySchemes: {
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'ocs_session', description: 'Set by POST /api/session or POST /api/join' },
        apiToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'A personal API token (POST /api/account/tokens). A read token may only GET; an expired or revoked one is 401.',
        },
      },
    },
  };
}

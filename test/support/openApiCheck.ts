import { z } from 'zod';

/** `/api/boards/:id` as the OpenAPI document names it: `/api/boards/{id}`. */
export const openApiPathOf = (fastifyPath: string): string => fastifyPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

/**
 * The schema the OpenAPI document gives an answer (SPEC N2), read back from its JSON Schema
 * with zod: a test checks a real answer against the document itself, not against the code's
 * zod objects. Throws when the document has no JSON schema for that route and status.
 */
export function documentedSchema(doc: any, method: string, fastifyPath: string, status: number): z.ZodType {
  const op = doc.paths[openApiPathOf(fastifyPath)]?.[method.toLowerCase()];
  if (!op) throw new Error(`${method} ${fastifyPath} is not in the document`);
  const answer = op.responses[String(status)] ?? (status >= 400 ? op.responses.default : undefined);
  const schema = answer?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`${method} ${fastifyPath} documents no JSON answer for ${status}`);
  const resolved = schema.$ref === '#/components/schemas/Error' ? doc.components.schemas.Error : schema;
  return z.fromJSONSchema(resolved);
}

/** Checks an answer against its documented schema; the problems, or [] when it matches. */
export function undocumented(doc: any, method: string, fastifyPath: string, status: number, body: unknown): string[] {
  const result = documentedSchema(doc, method, fastifyPath, status).safeParse(body);
  return result.success ? [] : result.error.issues.map((i) => `${method} ${fastifyPath} ${status}: ${i.path.join('.')}: ${i.message}`);
}

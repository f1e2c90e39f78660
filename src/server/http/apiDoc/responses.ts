import { z } from 'zod';
import { boardKinds, roles, workshopLanguages } from '../../../domain/index.js';

/**
 * Answers several routes share, as zod schemas the OpenAPI document is written from and the
 * integration tests check real answers against (SPEC N2). Objects are strict: a field an
 * answer gains without the schema saying so fails those tests.
 */
/** FILE_INVALID's `details`: the file's first problem as data (docs/errors.md). */
const fileProblemDetails = z
  .strictObject({
    file: z.string().describe('The file as the upload named it'),
    path: z.string().describe('The place in the file: a field path, a sheet row and column, a node; empty for the whole file'),
    place: z
      .strictObject({
        code: z.string().describe('row, node, nodeAt, edge, edgeAt or graph (src/domain/fileProblems/placeWords.ts)'),
        values: z.record(z.string(), z.union([z.string(), z.number()])),
        field: z.union([z.string(), z.strictObject({ column: z.number().int() })]).optional(),
        cell: z.string().optional(),
      })
      .optional()
      .describe('`path` as data when it is a place in a sheet or GraphML file, to word in another language'),
    line: z.number().int().optional(),
    problem: z
      .strictObject({
        code: z.string().describe('A stable code for the kind of problem (src/domain/fileProblems)'),
        values: z.record(z.string(), z.union([z.string(), z.number(), z.strictObject({ found: z.string(), text: z.string() })])),
      })
      .optional()
      .describe('Left out when the problem has no code; the message says it'),
    more: z.number().int().describe('How many more problems the file has'),
  })
  .describe('FILE_INVALID: the first problem as data, to word in another language');

export const errorResponse = z.strictObject({
  error: z.strictObject({
    code: z.string().describe('A stable code from docs/errors.md'),
    message: z.string(),
    details: fileProblemDetails.optional(),
  }),
});

export const okResponse = z.strictObject({ ok: z.literal(true) });

const role = z.enum(roles);
const nullableId = z.string().nullable();

export const retentionResponse = z.strictObject({
  months: z.number().int(),
  minMonths: z.number().int(),
  maxMonths: z.number().int(),
  defaultMonths: z.number().int(),
  lastActivityAt: z.string(),
  deleteOn: z.string(),
  deletionSoon: z.boolean(),
});

const activity = z.object({ id: z.string(), title: z.string(), kind: z.string(), minutes: z.number() });

/** GET /api/workshops/:id and the routes that answer with the workshop as it is now. */
export const workshopDetailResponse = z.strictObject({
  workshop: z.strictObject({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    meetingLink: z.string().nullable(),
    city: z.string().nullable(),
    /** SPEC F6: the language the facilitator set; null: each person's browser decides. */
    language: z.enum(workshopLanguages).nullable(),
    agenda: z.array(activity),
  }),
  retention: retentionResponse.nullable(),
  me: z.strictObject({ role, participantId: nullableId, groupId: nullableId, projectId: nullableId }),
  groups: z.array(z.strictObject({ id: z.string(), name: z.string(), projectId: nullableId })),
  projects: z.array(z.strictObject({ id: z.string(), title: z.string() })),
  controlDocId: z.string(),
  boards: z.array(
    z.strictObject({
      id: z.string(),
      kind: z.enum(boardKinds),
      title: z.string(),
      groupId: nullableId,
      projectId: nullableId,
      activityId: nullableId,
      locked: z.boolean(),
      access: z.enum(['write', 'read']),
    }),
  ),
  participants: z.array(z.strictObject({ id: z.string(), name: z.string(), organisation: z.string(), role, groupId: nullableId })),
});

export const boardResponse = z.strictObject({
  id: z.string(),
  kind: z.enum(boardKinds),
  title: z.string(),
  groupId: nullableId,
  projectId: nullableId,
  locked: z.boolean(),
});

export const accountResponse = z.strictObject({ id: z.string(), name: z.string(), email: z.string(), isAdmin: z.boolean() });

export const collabTokenResponse = z.strictObject({ token: z.string(), expiresAt: z.string() });

/** A JSON object the document does not spell out field by field: docs/api.md describes it. */
export const someObject = z.looseObject({});

export const detailAnswer = { description: 'The workshop as the caller may see it', schema: workshopDetailResponse };

import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { documented, routeDoc } from './apiDoc/routeDoc.js';
import { importTarget } from '../../domain/index.js';
import { AppError } from '../../shared/index.js';
import { requestIdentity, type AppContext } from '../context.js';
import { requireMember } from '../identity.js';
import { storePreparedBoard, type ImportFile } from '../services/boardFiles.js';

/** Room for the multipart envelope around the files (boundaries, part headers, the two id fields). */
const importDoc = routeDoc({
  tag: 'Boards',
  summary:
    'Makes a new board from a file, as `opencities import` does: parts `file` (one, or Kumu’s two CSV files), optional `groupId` and `projectId`.',
  who: 'facilitator of the workshop; a participant for their own group (SPEC A9)',
  auth: 'signed-in',
  bodyMediaType: 'multipart/form-data',
  responses: {
    201: {
      description: 'The board made',
      schema: z.strictObject({
        board: z.strictObject({
          id: z.string(),
          kind: z.string(),
          title: z.string(),
          groupId: z.string().nullable(),
          projectId: z.string().nullable(),
        }),
      }),
    },
  },
});

const envelopeBytes = 64 * 1024;
/** Longest id field accepted (group and project ids are short). */
const fieldBytes = 200;

/** 20971520 → "20 MB", 65536 → "64 KB": how the limit is said to a person. */
export function sizeText(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return mb >= 1 ? `${Number(mb.toFixed(1))} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

interface Upload {
  /** Parts named `file`, in the order sent. */
  files: ImportFile[];
  /** A part named `connections`, when the client says which file is the connections file. */
  connections?: ImportFile;
  /** undefined: not sent; null: sent empty (the whole workshop, no project). */
  groupId?: string | null;
  projectId?: string | null;
}

/**
 * POST /api/workshops/:id/import: a map or canvas file becomes a new board, exactly as
 * `opencities import` makes one (services/boardFiles.ts tells the format and refuses a bad file
 * whole). The body is multipart/form-data: one `file` part, or Kumu's two CSV files as two `file`
 * parts in any order (or `file` and `connections`); optional `groupId` and `projectId` fields.
 * Who may import for which group: SPEC A9 (domain `importTarget`). Multipart is taken on this
 * route only: every other route keeps taking JSON.
 */
export async function registerBoardImport(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const maxBytes = ctx.config.limits.maxImportBytes;
  await app.register(async (scope) => {
    // Any other body is left unread (not parsed before the caller is known) and refused below.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));
    await scope.register(fastifyMultipart, { limits: { fileSize: maxBytes, files: 2, fields: 2, fieldSize: fieldBytes, parts: 4 } });

    scope.post<{ Params: { id: string } }>('/api/workshops/:id/import', documented(importDoc), async (request, reply) => {
      const { workshop, principal } = await requireMember(ctx.store, await requestIdentity(ctx, request), request.params.id);
      // Who may import at all is decided before the body is read: a stranger or an observer uploads nothing.
      const allowed = importTarget(principal, undefined);
      if (!allowed.ok) throw refusal(allowed.refused);
      const upload = await readUpload(request, maxBytes);
      const target = importTarget(principal, upload.groupId);
      if (!target.ok) throw refusal(target.refused);
      if (target.groupId !== null) {
        const group = await ctx.store.getGroup(target.groupId);
        if (!group || group.workshopId !== workshop.id) throw new AppError('GROUP_NOT_FOUND');
      }
      const projectId = upload.projectId ?? null;
      if (projectId !== null && !(await ctx.store.listProjects(workshop.id)).some((p) => p.id === projectId))
        throw new AppError('VALIDATION_FAILED', `projectId: no project with id "${projectId}" in this workshop`);

      const files = upload.connections ? [onlyFile(upload.files)] : upload.files;
      // Parsing and validating run on a worker thread (SPEC L7); storing the board here.
      const prepared = await ctx.files.prepareImport(files, upload.connections);
      const board = await storePreparedBoard(ctx.store, prepared, {
        workshopId: workshop.id,
        groupId: target.groupId,
        projectId,
        now: ctx.config.now(),
      });
      ctx.config.log(`imported ${files.map((f) => f.name).join(' and ')} as board ${board.id} in workshop ${workshop.id}`);
      reply.code(201);
      return { board: { id: board.id, kind: board.kind, title: board.title, groupId: board.groupId, projectId: board.projectId } };
    });
  });

  function tooLarge(name: string | null): AppError {
    const what = name ? `"${name}" is` : 'The upload is';
    return new AppError('FILE_TOO_LARGE', `${what} over the import limit of ${sizeText(maxBytes)} (all files of one import together)`);
  }

  /** Reads the whole form into memory, within the limit; anything else in it is refused by name. */
  async function readUpload(request: FastifyRequest, limit: number): Promise<Upload> {
    if (!request.isMultipart())
      throw new AppError('UPLOAD_INVALID', 'Send the file as multipart/form-data, in a part named "file" (docs/api.md)');
    // A body that says it is too big is refused before a byte of it is read.
    if (Number(request.headers['content-length']) > limit + envelopeBytes) throw tooLarge(null);
    const upload: Upload = { files: [] };
    let total = 0;
    let current: string | null = null;
    try {
      for await (const part of request.parts()) {
        if (part.type === 'field') {
          if (part.fieldname === 'file' || part.fieldname === 'connections')
            throw new AppError(
              'UPLOAD_INVALID',
              `The "${part.fieldname}" part holds text, not a file: send the file itself, with its name`,
            );
          if (part.fieldname !== 'groupId' && part.fieldname !== 'projectId')
            throw new AppError('UPLOAD_INVALID', `The form has a field "${part.fieldname}"; only groupId and projectId go with the file`);
          if (part.valueTruncated) throw new AppError('VALIDATION_FAILED', `${part.fieldname}: is too long for an id`);
          const value = typeof part.value === 'string' ? part.value.trim() : '';
          upload[part.fieldname] = value === '' ? null : value;
          continue;
        }
        current = part.filename ? formFileName(part.filename) : part.fieldname;
        const data = await part.toBuffer();
        total += data.length;
        if (total > limit) throw tooLarge(current);
        const file = { name: current, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
        if (part.fieldname === 'file') upload.files.push(file);
        else if (part.fieldname === 'connections' && !upload.connections) upload.connections = file;
        else throw new AppError('UPLOAD_INVALID', `The form has a file in "${part.fieldname}"; send it in a part named "file"`);
      }
    } catch (e) {
      // Whatever is still arriving is read and dropped, so the answer reaches the client (which
      // may still be sending) on a connection that stays usable.
      request.raw.unpipe();
      request.raw.resume();
      throw translate(e, current);
    }
    return upload;
  }

  /** The multipart parser's own errors, as errors of the registry that say what to do. */
  function translate(e: unknown, current: string | null): unknown {
    switch ((e as { code?: unknown }).code) {
      case 'FST_REQ_FILE_TOO_LARGE':
        return tooLarge(current);
      case 'FST_FILES_LIMIT':
        return new AppError(
          'UPLOAD_INVALID',
          'Import one file at a time; only a Kumu elements CSV file and its connections CSV file go together',
        );
      case 'FST_PARTS_LIMIT':
      case 'FST_FIELDS_LIMIT':
        return new AppError('UPLOAD_INVALID', 'The form has more parts than a file, its connections file, groupId and projectId');
      case 'FST_PROTO_VIOLATION':
      case 'FST_MP_PREMATURE_CLOSE':
        return new AppError('UPLOAD_INVALID', 'The form could not be read to its end');
    }
    if (e instanceof Error && !(e instanceof AppError) && /multipart|boundary/i.test(e.message))
      return new AppError('UPLOAD_INVALID', `The form could not be read: ${e.message}`);
    return e;
  }
}

function refusal(why: 'observer' | 'no-group' | 'other-group'): AppError {
  switch (why) {
    case 'observer':
      return new AppError('READ_ONLY', 'Observers cannot import boards');
    case 'no-group':
      return new AppError('FORBIDDEN', 'Participants import boards for their own group, and you are in no group yet');
    case 'other-group':
      return new AppError('FORBIDDEN', 'Participants import boards for their own group only');
  }
}

function onlyFile(files: ImportFile[]): ImportFile {
  const [file, ...rest] = files;
  if (!file || rest.length > 0)
    throw new AppError('UPLOAD_INVALID', 'With a "connections" part, send exactly one "file" part: the Kumu elements CSV file');
  return file;
}

/**
 * A file name as the person named it: HTML's form encoding sends `"` as %22 and line breaks as
 * %0D and %0A (the WHATWG multipart/form-data rules; browsers and Node's FormData follow them).
 * The quote comes back; a line break, never wanted in a board's title, becomes a space.
 */
function formFileName(sent: string): string {
  return sent.replace(/%22/g, '"').replace(/%0D%0A|%0D|%0A/gi, ' ');
}

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { documented, routeDoc } from './apiDoc/routeDoc.js';
import { okResponse } from './apiDoc/responses.js';
import { privateNoteRequest } from '../../domain/facilitation/index.js';
import type { PrivateNote, PrivateRound } from '../../domain/facilitation/index.js';
import { AppError } from '../../shared/index.js';
import { requestIdentity, type AppContext } from '../context.js';
import { requireReadableBoard, type Identity } from '../identity.js';
import { currentBoardAccess } from '../services/currentBoardAccess.js';
import { addPrivateNote, openPrivateRound, privateNoteCounts, revealPrivateRound, takeBackPrivateNote } from '../services/privateRounds.js';
import { requireFacilitatedBoard } from './boardControls.js';

const tag = 'Private rounds';
const roundAnswer = z.strictObject({ boardId: z.string(), openedAt: z.string() });
const noteAnswer = z.strictObject({
  id: z.string(),
  text: z.string(),
  column: z.string().nullable(),
  anonymous: z.boolean(),
  createdAt: z.string(),
});
const manager = 'facilitator of the board’s workshop';
const roundDoc = routeDoc({
  tag,
  summary: 'Whether a private round is open; a facilitator also gets counts, a participant their own held-back notes (SPEC R3).',
  who: 'member who may read the board',
  auth: 'signed-in',
  responses: { 200: { description: 'The round, or null', schema: z.looseObject({ round: roundAnswer.nullable() }) } },
});
const openDoc = routeDoc({
  tag,
  summary: 'Opens a private round on a map or reflection board (SPEC R1).',
  who: manager,
  auth: 'signed-in',
  responses: { 201: { description: 'The round', schema: z.strictObject({ round: roundAnswer }) } },
});
const revealDoc = routeDoc({
  tag,
  summary: 'Writes every held-back note into the board in one change, then deletes and scrubs them (SPEC R4, R5).',
  who: manager,
  auth: 'signed-in',
  responses: { 200: { description: 'How many were revealed', schema: z.strictObject({ revealed: z.number().int() }) } },
});
// The service restores the body with this same schema, after checking that a round is open (409 first).
const noteDoc = routeDoc({
  tag,
  summary: 'Holds a note back until the round is revealed; shown to its writer alone (SPEC R2).',
  who: 'participant who may write the board',
  auth: 'signed-in',
  body: privateNoteRequest,
  responses: { 201: { description: 'The note', schema: z.strictObject({ note: noteAnswer }) } },
});
const takeBackDoc = routeDoc({
  tag,
  summary: 'Takes back one of one’s own held-back notes (deleted and scrubbed, never revealed).',
  who: 'the participant who wrote the note',
  auth: 'signed-in',
  responses: { 200: { description: 'Taken back', schema: okResponse } },
});

const roundView = (r: PrivateRound | null) => r && { boardId: r.boardId, openedAt: r.openedAt };
const noteView = (n: PrivateNote) => ({ id: n.id, text: n.text, column: n.column, anonymous: n.anonymous, createdAt: n.createdAt });
const openerOf = (identity: Identity) => (identity.kind === 'account' ? `account:${identity.account.id}` : identity.participant.id);

/**
 * Private rounds (SPEC R): a facilitator opens one on a map or reflection board and reveals it;
 * meanwhile a participant's notes go here instead of into the board, and come back to them
 * alone. GET answers a facilitator with how many notes each person holds (never the text), a
 * participant with their own notes, an observer with whether a round is open.
 */
export function registerPrivateRounds(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Params: { id: string } }>('/api/boards/:id/private-round', documented(roundDoc), async (request, reply) => {
    const identity = await requestIdentity(ctx, request);
    const { board, principal } = await requireReadableBoard(ctx.store, identity, request.params.id);
    reply.header('cache-control', 'no-store');
    const round = await ctx.store.getPrivateRound(board.id);
    if (!round) return { round: null };
    if (principal.role === 'facilitator') return { round: roundView(round), ...(await privateNoteCounts(ctx, board)) };
    if (identity?.kind === 'participant' && principal.role === 'participant')
      return { round: roundView(round), notes: (await ctx.store.listPrivateNotes(board.id, identity.participant.id)).map(noteView) };
    return { round: roundView(round) };
  });

  app.post<{ Params: { id: string } }>('/api/boards/:id/private-round', documented(openDoc), async (request, reply) => {
    const identity = await requestIdentity(ctx, request);
    const board = await requireFacilitatedBoard(ctx, identity, request.params.id);
    const round = await openPrivateRound(ctx, board, openerOf(identity!));
    return reply.code(201).send({ round: roundView(round) });
  });

  app.post<{ Params: { id: string } }>('/api/boards/:id/private-round/reveal', documented(revealDoc), async (request) => {
    const board = await requireFacilitatedBoard(ctx, await requestIdentity(ctx, request), request.params.id);
    return revealPrivateRound(ctx, board);
  });

  /** The participant writing a held-back note, and whether they may write the board now (A12), or the error to show. */
  async function requireNoteWriter(request: FastifyRequest<{ Params: { id: string } }>) {
    const identity = await requestIdentity(ctx, request);
    const { board, principal } = await requireReadableBoard(ctx.store, identity, request.params.id);
    if (principal.role === 'observer') throw new AppError('READ_ONLY');
    if (identity?.kind !== 'participant' || principal.role !== 'participant')
      throw new AppError('FORBIDDEN', 'Facilitators’ notes are not held back: add yours to the board');
    return { board, writer: identity.participant, mayWrite: (await currentBoardAccess(ctx, principal, board)) === 'write' };
  }

  app.post<{ Params: { id: string } }>('/api/boards/:id/private-notes', documented(noteDoc), async (request, reply) => {
    const { board, writer, mayWrite } = await requireNoteWriter(request);
    const note = await addPrivateNote(ctx, board, writer, request.body, mayWrite);
    return reply.code(201).send({ note: noteView(note) });
  });

  app.delete<{ Params: { id: string; noteId: string } }>(
    '/api/boards/:id/private-notes/:noteId',
    documented(takeBackDoc),
    async (request) => {
      const { board, writer, mayWrite } = await requireNoteWriter(request);
      await takeBackPrivateNote(ctx, board, writer, request.params.noteId, mayWrite);
      return { ok: true };
    },
  );
}

import type { FastifyInstance } from 'fastify';
import { bodyOf, documented, routeDoc } from './apiDoc/routeDoc.js';
import { z } from 'zod';
import { suggestionLimits, suggestionRequest, type Board, type Suggestion } from '../../domain/index.js';
import { addSuggestion, audienceQueueOf, readMap } from '../../doc/map/index.js';
import { AppError } from '../../shared/index.js';
import { issueCollabToken } from '../auth/collabToken.js';
import { requestIdentity, type AppContext } from '../context.js';
import type { AudienceLink } from '../store/Store.js';
import { makeId, makeInviteCode } from '../services/random.js';
import { writeBoardAsServer } from '../services/writeBoardAsServer.js';
import { requireFacilitatedBoard } from './boardControls.js';
import { perAddress } from './throttles.js';

const audienceSwitch = z.object({ open: z.boolean() }).strict();

const linkAnswer = z.strictObject({ audience: z.strictObject({ open: z.boolean(), code: z.string().nullable() }) });
const manager = 'facilitator of the board’s workshop';
const getDoc = routeDoc({
  tag: 'Audience',
  summary: 'The map board’s audience link (SPEC W1); the page it opens is /a/<code>.',
  who: manager,
  auth: 'signed-in',
  responses: { 200: { description: 'The link', schema: linkAnswer } },
});
const switchDoc = routeDoc({
  tag: 'Audience',
  summary: 'Opens or closes the audience link; closing disconnects the audience at once (SPEC W3).',
  who: manager,
  auth: 'signed-in',
  body: audienceSwitch,
  responses: { 200: { description: 'The link', schema: linkAnswer } },
});
const tokenDoc = routeDoc({
  tag: 'Audience',
  summary: 'A read-only /collab token for the link’s board alone, belonging to nobody (SPEC W2).',
  who: 'anyone with an open link',
  auth: 'anyone',
  responses: {
    200: {
      description: 'The board and the token',
      schema: z.strictObject({ board: z.strictObject({ id: z.string(), title: z.string() }), token: z.string(), expiresAt: z.string() }),
    },
  },
});
const suggestDoc = routeDoc({
  tag: 'Audience',
  summary: 'Suggests an actor, a flow or a note to the board’s facilitators (SPEC W5, W6).',
  who: 'anyone with an open link',
  auth: 'anyone',
  body: suggestionRequest,
  responses: { 201: { description: 'Taken', schema: z.strictObject({ suggestion: z.strictObject({ id: z.string() }) }) } },
});

const linkView = (link: AudienceLink | null) => ({ open: link !== null, code: link?.code ?? null });

/** The board of an open link, or AUDIENCE_CLOSED: a closed and an unknown code say the same (SPEC W3). */
async function openBoardOf(ctx: AppContext, code: string): Promise<{ link: AudienceLink; board: Board }> {
  const link = await ctx.store.getAudienceLink({ code });
  const board = link ? await ctx.store.getBoard(link.boardId) : null;
  if (!link || !board) throw new AppError('AUDIENCE_CLOSED');
  return { link, board };
}

/**
 * The audience (SPEC W): a facilitator opens or closes a map board's audience link; anyone
 * holding an open link gets a read-only /collab token for that board and may send suggestions,
 * which the server writes into the board's queue. Nothing about an audience member is kept.
 */
export function registerAudience(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Params: { id: string } }>('/api/boards/:id/audience', documented(getDoc), async (request) => {
    const board = await requireFacilitatedBoard(ctx, await requestIdentity(ctx, request), request.params.id);
    return { audience: linkView(await ctx.store.getAudienceLink({ boardId: board.id })) };
  });

  app.put<{ Params: { id: string } }>('/api/boards/:id/audience', documented(switchDoc), async (request) => {
    const board = await requireFacilitatedBoard(ctx, await requestIdentity(ctx, request), request.params.id);
    const { open } = bodyOf(switchDoc, request);
    if (board.kind !== 'ecosystem-map') throw new AppError('VALIDATION_FAILED', 'open: only a map board has an audience link');
    if (open) {
      const link = await ctx.store.openAudienceLink({
        boardId: board.id,
        code: makeInviteCode(),
        openedAt: ctx.config.now().toISOString(),
      });
      ctx.config.log(`audience link opened: ${board.id}`);
      return { audience: linkView(link) };
    }
    // Closed in the store first: a connection let in from now on is refused, then those on it are ended.
    if (await ctx.store.closeAudienceLink(board.id)) ctx.config.log(`audience link closed: ${board.id}`);
    ctx.live.audienceClosed(board.id);
    return { audience: linkView(null) };
  });

  app.get<{ Params: { code: string } }>(
    '/api/audience/:code',
    documented(tokenDoc, { config: perAddress(ctx.config.rateLimits.audienceTokenPerAddress) }),
    async (request) => {
      const { link, board } = await openBoardOf(ctx, request.params.code);
      const exp = Math.floor(ctx.config.now().getTime() / 1000) + ctx.config.tokenTtlSeconds;
      const token = issueCollabToken(ctx.tokenSecret, {
        sub: 'audience',
        workshopId: board.workshopId,
        role: 'observer',
        groupId: null,
        name: '',
        exp,
        audience: link.code,
      });
      return { board: { id: board.id, title: board.title }, token, expiresAt: new Date(exp * 1000).toISOString() };
    },
  );

  app.post<{ Params: { code: string } }>(
    '/api/audience/:code/suggestions',
    documented(suggestDoc, { bodyLimit: suggestionLimits.bodyBytes, config: perAddress(ctx.config.rateLimits.suggestionPerAddress) }),
    async (request, reply) => {
      const body = bodyOf(suggestDoc, request);
      const { board } = await openBoardOf(ctx, request.params.code);
      const suggestion: Suggestion = { ...body, id: makeId('sg'), at: ctx.config.now().toISOString() };
      // On disk before the answer (SPEC D1): a suggestion acknowledged survives a crash.
      const refusal = await writeBoardAsServer(ctx, board.id, (doc) => {
        if (audienceQueueOf(doc).size >= suggestionLimits.waiting) return 'full';
        if (body.kind === 'flow') {
          const ids = new Set(readMap(doc).map.actors.map((a) => a.id));
          const missing = [body.from, body.to].find((id) => !ids.has(id));
          if (missing !== undefined) return `${body.from === missing ? 'from' : 'to'}: no actor with this id on the map`;
        }
        addSuggestion(doc, suggestion);
        return null;
      });
      if (refusal === 'full')
        throw new AppError('SUGGESTION_LIMIT', `This board already has ${suggestionLimits.waiting} suggestions waiting`);
      if (refusal) throw new AppError('VALIDATION_FAILED', refusal);
      void reply.status(201);
      return { suggestion: { id: suggestion.id } };
    },
  );
}

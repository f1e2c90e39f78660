import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { documented, routeDoc } from './apiDoc/routeDoc.js';
import { workshopLanguages } from '../../domain/index.js';
import { openInvite } from '../services/openInvite.js';
import type { AppContext } from '../context.js';
import { perAddress } from './throttles.js';

const languageDoc = routeDoc({
  tag: 'Session',
  summary:
    'The language the invite’s workshop is set to (SPEC F6), so the join page opens in it before anyone joins: only that, nothing else of the workshop. Null: not set.',
  who: 'anyone with an invite',
  auth: 'anyone',
  responses: {
    200: {
      description: 'The workshop’s language',
      schema: z.strictObject({ language: z.enum(workshopLanguages).nullable() }),
    },
  },
});

/**
 * GET /api/invites/:code/language: what the join page needs to open in the workshop's language.
 * A code that opens nothing is refused as the join refuses it (INVITE_NOT_FOUND, INVITE_REVOKED),
 * and the lookups are throttled like joins, so it tells a guesser no more than joining would.
 */
export function registerInviteLanguage(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Params: { code: string } }>(
    '/api/invites/:code/language',
    documented(languageDoc, { config: perAddress(ctx.config.rateLimits.inviteLookupPerAddress) }),
    async (request) => {
      const { workshop } = await openInvite(ctx.store, request.params.code);
      return { language: workshop.language ?? null };
    },
  );
}

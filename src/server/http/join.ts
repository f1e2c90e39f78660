import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { bodyOf, documented, routeDoc } from './apiDoc/routeDoc.js';
import { joinRequest, roles, type Participant } from '../../domain/index.js';
import { openInvite } from '../services/openInvite.js';
import type { AppContext } from '../context.js';
import { makeId } from '../services/random.js';
import { collabTokenFor } from './token.js';
import { startSession } from './session.js';
import { perAddress } from './throttles.js';

const joinDoc = routeDoc({
  tag: 'Session',
  summary: 'Joins a workshop with an invite code, a name and an organisation; sets the session cookie.',
  who: 'anyone with an invite',
  auth: 'anyone',
  body: joinRequest,
  responses: {
    200: {
      description: 'The participant, the workshop and a /collab token',
      schema: z.strictObject({
        participant: z.strictObject({
          id: z.string(),
          name: z.string(),
          role: z.enum(roles),
          group: z.strictObject({ id: z.string(), name: z.string() }).nullable(),
        }),
        workshop: z.strictObject({ id: z.string(), title: z.string() }),
        token: z.string(),
      }),
    },
  },
});

/** POST /api/join: an invite code, a name and an organisation make a participant. */
export function registerJoin(app: FastifyInstance, ctx: AppContext): void {
  app.post('/api/join', documented(joinDoc, { config: perAddress(ctx.config.rateLimits.joinPerAddress) }), async (request, reply) => {
    const body = bodyOf(joinDoc, request);
    const { invite, workshop } = await openInvite(ctx.store, body.invite);
    const groupId = invite.role === 'participant' ? (invite.groupId ?? (await leastFilledGroup(ctx, workshop.id))) : invite.groupId;
    const participant: Participant = {
      id: makeId('pt'),
      workshopId: workshop.id,
      name: body.name,
      organisation: body.organisation,
      role: invite.role,
      groupId,
      createdAt: ctx.config.now().toISOString(),
    };
    await ctx.store.createParticipant(participant, invite.code);
    await ctx.activity.touch(workshop.id); // a join is activity (SPEC K2)
    await startSession(ctx, reply, { participantId: participant.id });
    const group = groupId ? await ctx.store.getGroup(groupId) : null;
    return {
      participant: {
        id: participant.id,
        name: participant.name,
        role: participant.role,
        group: group ? { id: group.id, name: group.name } : null,
      },
      workshop: { id: workshop.id, title: workshop.title },
      token: collabTokenFor(ctx, participant).token,
    };
  });
}

/** A participant joining without a group invite goes to the group with fewest participants. */
async function leastFilledGroup(ctx: AppContext, workshopId: string): Promise<string | null> {
  const groups = await ctx.store.listGroups(workshopId);
  if (groups.length === 0) return null;
  const people = await ctx.store.listParticipants(workshopId);
  const count = (id: string) => people.filter((p) => p.groupId === id && p.role === 'participant').length;
  return groups.reduce((best, g) => (count(g.id) < count(best.id) ? g : best)).id;
}

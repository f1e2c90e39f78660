import type { FastifyInstance } from 'fastify';
import { joinRequest, restore, type Participant } from '../../domain/index.js';
import { AppError } from '../../shared/index.js';
import type { AppContext } from '../context.js';
import { makeId } from '../services/random.js';
import { collabTokenFor } from './token.js';
import { startSession } from './session.js';
import { perAddress } from './throttles.js';

/** POST /api/join: an invite code, a name and an organisation make a participant. */
export function registerJoin(app: FastifyInstance, ctx: AppContext): void {
  app.post('/api/join', { config: perAddress(ctx.config.rateLimits.joinPerAddress) }, async (request, reply) => {
    const body = restore(joinRequest, request.body);
    const invite = await ctx.store.getInvite(body.invite);
    if (!invite) throw new AppError('INVITE_NOT_FOUND');
    if (invite.revokedAt) throw new AppError('INVITE_REVOKED');
    const workshop = await ctx.store.getWorkshop(invite.workshopId);
    if (!workshop) throw new AppError('INVITE_NOT_FOUND');
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

import type { FastifyInstance } from 'fastify';
import { bodyOf, documented, routeDoc } from './apiDoc/routeDoc.js';
import { z } from 'zod';
import { projectForNewGroup } from '../../domain/facilitation/index.js';
import { requestIdentity, type AppContext } from '../context.js';
import { requireFacilitator } from '../identity.js';
import { syncAgendaBoards } from '../services/agendaBoards.js';
import { makeId } from '../services/random.js';

const createGroupRequest = z.object({ name: z.string().trim().min(1, 'is required').max(80) });
const createDoc = routeDoc({
  tag: 'Groups',
  summary: 'Adds a group; it works on the project fewest groups have, and gets its boards.',
  who: 'facilitator of the workshop',
  auth: 'signed-in',
  body: createGroupRequest,
  responses: {
    201: {
      description: 'The group',
      schema: z.strictObject({ group: z.strictObject({ id: z.string(), name: z.string(), projectId: z.string().nullable() }) }),
    },
  },
});

/** POST /api/workshops/:id/groups: facilitators add a group; it works on the project fewest groups have. */
export function registerGroups(app: FastifyInstance, ctx: AppContext): void {
  app.post<{ Params: { id: string } }>('/api/workshops/:id/groups', documented(createDoc), async (request, reply) => {
    const { workshop } = await requireFacilitator(ctx.store, await requestIdentity(ctx, request), request.params.id);
    const { name } = bodyOf(createDoc, request);
    const [groups, projects] = await Promise.all([ctx.store.listGroups(workshop.id), ctx.store.listProjects(workshop.id)]);
    const projectId = projectForNewGroup(
      groups,
      projects.map((p) => p.id),
    );
    const group = { id: makeId('gr'), workshopId: workshop.id, name, position: groups.length, projectId };
    await ctx.store.createGroup(group);
    await syncAgendaBoards(ctx.store, workshop, ctx.config.now());
    reply.code(201);
    return { group: { id: group.id, name: group.name, projectId } };
  });
}

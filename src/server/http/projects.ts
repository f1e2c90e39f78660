import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { bodyOf, documented, routeDoc } from './apiDoc/routeDoc.js';
import { detailAnswer } from './apiDoc/responses.js';
import { createProjectRequest, setGroupProjectRequest } from '../../domain/index.js';
import { projectTitleKey, spreadProjects } from '../../domain/facilitation/index.js';
import { AppError } from '../../shared/index.js';
import { requestIdentity, type AppContext } from '../context.js';
import { requireFacilitator } from '../identity.js';
import { syncAgendaBoards } from '../services/agendaBoards.js';
import { makeId } from '../services/random.js';
import { workshopDetail } from './workshopDetail.js';

const createDoc = routeDoc({
  tag: 'Projects',
  summary: 'Adds a project and makes the boards then missing.',
  who: 'facilitator of the workshop',
  auth: 'signed-in',
  body: createProjectRequest,
  responses: {
    201: { description: 'The project', schema: z.strictObject({ project: z.strictObject({ id: z.string(), title: z.string() }) }) },
  },
});
const spreadDoc = routeDoc({
  tag: 'Projects',
  summary: 'Deals the projects out to the groups in turn again, and makes the boards then missing.',
  who: 'facilitator of the workshop',
  auth: 'signed-in',
  responses: { 200: detailAnswer },
});
const groupProjectDoc = routeDoc({
  tag: 'Projects',
  summary: 'Sets the project a group works on; it gets its boards for it, none is deleted.',
  who: 'facilitator of the workshop',
  auth: 'signed-in',
  body: setGroupProjectRequest,
  responses: { 200: detailAnswer },
});

/**
 * A workshop's projects, and which one each group works on. Both make the boards that are
 * then missing (syncAgendaBoards); no board is ever deleted or moved to another group, so a
 * group that changes project keeps what it made for the first one.
 */
export function registerProjects(app: FastifyInstance, ctx: AppContext): void {
  app.post<{ Params: { id: string } }>('/api/workshops/:id/projects', documented(createDoc), async (request, reply) => {
    const { workshop } = await requireFacilitator(ctx.store, await requestIdentity(ctx, request), request.params.id);
    const { title } = bodyOf(createDoc, request);
    const projects = await ctx.store.listProjects(workshop.id);
    if (projects.some((p) => projectTitleKey(p.title) === projectTitleKey(title)))
      throw new AppError('PROJECT_NAME_TAKEN', `title: this workshop already has a project called "${title}"`);
    const project = { id: makeId('pr'), workshopId: workshop.id, title };
    await ctx.store.createProject(project);
    await syncAgendaBoards(ctx.store, workshop, ctx.config.now());
    reply.code(201);
    return { project: { id: project.id, title: project.title } };
  });

  // Deals the projects out to the groups in turn again (after adding a project to a workshop under way, say).
  app.post<{ Params: { id: string } }>('/api/workshops/:id/projects/spread', documented(spreadDoc), async (request) => {
    const { workshop } = await requireFacilitator(ctx.store, await requestIdentity(ctx, request), request.params.id);
    const [groups, projects] = await Promise.all([ctx.store.listGroups(workshop.id), ctx.store.listProjects(workshop.id)]);
    for (const [groupId, projectId] of spreadProjects(
      groups,
      projects.map((p) => p.id),
    )) {
      if (groups.find((g) => g.id === groupId)?.projectId !== projectId) await ctx.store.setGroupProject(groupId, projectId);
    }
    await syncAgendaBoards(ctx.store, workshop, ctx.config.now());
    return workshopDetail(ctx, workshop, { workshopId: workshop.id, role: 'facilitator', groupId: null }, null);
  });

  app.put<{ Params: { id: string; gid: string } }>(
    '/api/workshops/:id/groups/:gid/project',
    documented(groupProjectDoc),
    async (request) => {
      const { workshop } = await requireFacilitator(ctx.store, await requestIdentity(ctx, request), request.params.id);
      const { projectId } = bodyOf(groupProjectDoc, request);
      const group = await ctx.store.getGroup(request.params.gid);
      if (!group || group.workshopId !== workshop.id) throw new AppError('GROUP_NOT_FOUND');
      if (!(await ctx.store.listProjects(workshop.id)).some((p) => p.id === projectId)) throw new AppError('PROJECT_NOT_FOUND');
      await ctx.store.setGroupProject(group.id, projectId);
      await syncAgendaBoards(ctx.store, workshop, ctx.config.now());
      ctx.config.log(`group project changed: ${workshop.id} ${group.id} -> ${projectId}`);
      return workshopDetail(ctx, workshop, { workshopId: workshop.id, role: 'facilitator', groupId: null }, null);
    },
  );
}

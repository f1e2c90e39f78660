import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { detailAnswer, someObject } from './apiDoc/responses.js';
import { bodyOf, documented, queryOf, routeDoc } from './apiDoc/routeDoc.js';
import { browserLanguage } from './browserLanguage.js';
import { templateIn } from '../i18n/createdWords.js';
import {
  assignGroupsRequest,
  moveParticipantRequest,
  previewGroupsRequest,
  retentionProblem,
  updateWorkshopRequest,
  withCity,
  withLanguage,
  workshopLanguages,
} from '../../domain/index.js';
import { agendaSchema, workshopTemplates } from '../../domain/facilitation/index.js';
import { AppError } from '../../shared/index.js';
import { requestIdentity, type AppContext } from '../context.js';
import { requireFacilitator } from '../identity.js';
import { syncAgendaBoards } from '../services/agendaBoards.js';
import { applyRegroup, previewRegroup } from '../services/regroup.js';
import { workshopDetail } from './workshopDetail.js';

const facilitatorView = { role: 'facilitator' as const, groupId: null };

const tag = 'Facilitation';
const facilitators = 'facilitator of the workshop';
const templatesDoc = routeDoc({
  tag: 'Workshops',
  summary: 'The workshop templates and their agendas, in a language: `language`, else the browser’s (Accept-Language), else English.',
  who: 'anyone',
  auth: 'anyone',
  query: z.object({
    language: z
      .enum(workshopLanguages)
      .optional()
      .describe('The language of the titles and descriptions; left out: Accept-Language, else en'),
  }),
  responses: { 200: { description: 'The templates', schema: z.strictObject({ templates: z.array(someObject) }) } },
});
const timeDoc = routeDoc({
  tag,
  summary: 'The server’s clock in ms, so every screen shows the same time left on the timer.',
  who: 'anyone',
  auth: 'anyone',
  responses: { 200: { description: 'Now', schema: z.strictObject({ now: z.number() }) } },
});
const updateDoc = routeDoc({
  tag: 'Workshops',
  summary:
    'Changes the workshop’s details, city (SPEC T1), language (`en`, `cy`, `de`, `fr`, `es` or null; SPEC F6) or retention period (SPEC K1).',
  who: facilitators,
  auth: 'signed-in',
  body: updateWorkshopRequest,
  responses: { 200: detailAnswer },
});
const agendaDoc = routeDoc({
  tag,
  summary: 'Replaces the agenda and makes the boards it needs.',
  who: facilitators,
  auth: 'signed-in',
  body: z.object({ agenda: agendaSchema }),
  responses: { 200: detailAnswer },
});
const previewDoc = routeDoc({
  tag: 'Groups',
  summary: 'A split of the participants into groups (organisations spread), and who would move; changes nothing.',
  who: facilitators,
  auth: 'signed-in',
  body: previewGroupsRequest,
  responses: { 200: { description: 'The proposed groups and moves', schema: someObject } },
});
const assignDoc = routeDoc({
  tag: 'Groups',
  summary: 'Applies a split (the previewed one, or a fresh one without `groups`).',
  who: facilitators,
  auth: 'signed-in',
  body: assignGroupsRequest,
  responses: { 200: detailAnswer },
});
const moveDoc = routeDoc({
  tag: 'Groups',
  summary: 'Moves a participant to a group (or none); open /collab connections follow at once.',
  who: facilitators,
  auth: 'signed-in',
  body: moveParticipantRequest,
  responses: { 200: detailAnswer },
});

/**
 * What a facilitator changes before and during a workshop: details, agenda (which makes the
 * boards it needs), groups by hand or spread automatically. Live steering (current activity,
 * timer, spotlight, voting) goes through the workshop's control document on /collab instead.
 */
export function registerFacilitation(app: FastifyInstance, ctx: AppContext): void {
  const facilitator = async (request: Parameters<typeof requestIdentity>[1], workshopId: string) =>
    requireFacilitator(ctx.store, await requestIdentity(ctx, request), workshopId);
  const detail = async (workshopId: string) => {
    const workshop = await ctx.store.getWorkshop(workshopId);
    if (!workshop) throw new AppError('WORKSHOP_NOT_FOUND');
    return workshopDetail(ctx, workshop, { workshopId, ...facilitatorView }, null);
  };

  // The words the template picker and a new workshop's agenda say (templates. messages, SPEC F6).
  app.get('/api/templates', documented(templatesDoc), async (request, reply) => {
    const { language } = queryOf(templatesDoc, request);
    void reply.header('vary', 'Accept-Language');
    const words = language ?? browserLanguage(request) ?? 'en';
    return { templates: workshopTemplates.map((template) => templateIn(template, words)) };
  });

  // The server's clock, so every screen shows the same time left on the timer.
  app.get('/api/time', documented(timeDoc), async () => ({ now: ctx.config.now().getTime() }));

  app.patch<{ Params: { id: string } }>('/api/workshops/:id', documented(updateDoc), async (request) => {
    const { workshop } = await facilitator(request, request.params.id);
    const { city, language, retentionMonths, ...changes } = bodyOf(updateDoc, request);
    const problem = retentionMonths === undefined ? null : retentionProblem(retentionMonths, ctx.config.retention);
    // Refused at the field (SPEC K1), before anything is changed.
    if (problem) throw new AppError('VALIDATION_FAILED', `retentionMonths: ${problem}`);
    const changed = { ...workshop, ...changes };
    const located = city === undefined ? changed : withCity(changed, city);
    await ctx.store.updateWorkshop(language === undefined ? located : withLanguage(located, language));
    if (retentionMonths !== undefined) await ctx.store.setRetentionMonths(workshop.id, retentionMonths);
    await ctx.activity.touch(workshop.id, true); // a settings change is activity (SPEC K2)
    return detail(workshop.id);
  });

  app.put<{ Params: { id: string } }>('/api/workshops/:id/agenda', documented(agendaDoc), async (request) => {
    const { workshop } = await facilitator(request, request.params.id);
    const { agenda } = bodyOf(agendaDoc, request);
    const updated = { ...workshop, agenda };
    await ctx.store.updateWorkshop(updated);
    await syncAgendaBoards(ctx.store, updated, ctx.config.now());
    return detail(workshop.id);
  });

  // Asks first: who would move where. Nothing changes until the plan comes back to /groups/assign.
  app.post<{ Params: { id: string } }>('/api/workshops/:id/groups/assign/preview', documented(previewDoc), async (request) => {
    const { workshop } = await facilitator(request, request.params.id);
    const { groupCount } = bodyOf(previewDoc, request);
    return previewRegroup(ctx.store, workshop, groupCount, Math.random);
  });

  app.post<{ Params: { id: string } }>('/api/workshops/:id/groups/assign', documented(assignDoc), async (request) => {
    const { workshop } = await facilitator(request, request.params.id);
    const { groupCount, groups } = bodyOf(assignDoc, request);
    const plan = groups ?? (await previewRegroup(ctx.store, workshop, groupCount, Math.random)).groups;
    await applyRegroup(ctx.store, workshop, plan, ctx.config.now());
    const placed = plan.reduce((n, g) => n + g.participantIds.length, 0);
    // A new group takes effect on open connections at once: the old group's reflection board closes (SPEC A10).
    await ctx.live.accessChanged(workshop.id);
    ctx.config.log(`groups assigned: ${workshop.id} ${placed} people into ${plan.length} groups`);
    return detail(workshop.id);
  });

  app.put<{ Params: { id: string; pid: string } }>('/api/workshops/:id/participants/:pid/group', documented(moveDoc), async (request) => {
    const { workshop } = await facilitator(request, request.params.id);
    const { groupId } = bodyOf(moveDoc, request);
    const person = await ctx.store.getParticipant(request.params.pid);
    if (!person || person.workshopId !== workshop.id) throw new AppError('VALIDATION_FAILED', 'participant: not in this workshop');
    if (groupId) {
      const group = await ctx.store.getGroup(groupId);
      if (!group || group.workshopId !== workshop.id) throw new AppError('GROUP_NOT_FOUND');
    }
    await ctx.store.setParticipantGroup(person.id, groupId);
    await ctx.live.accessChanged(workshop.id);
    return detail(workshop.id);
  });
}

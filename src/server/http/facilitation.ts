import type { FastifyInstance } from 'fastify';
import {
  assignGroupsRequest,
  moveParticipantRequest,
  previewGroupsRequest,
  restore,
  retentionProblem,
  updateWorkshopRequest,
  withCity,
} from '../../domain/index.js';
import { restoreAgenda, workshopTemplates } from '../../domain/facilitation/index.js';
import { AppError } from '../../shared/index.js';
import { requestIdentity, type AppContext } from '../context.js';
import { requireFacilitator } from '../identity.js';
import { syncAgendaBoards } from '../services/agendaBoards.js';
import { applyRegroup, previewRegroup } from '../services/regroup.js';
import { workshopDetail } from './workshopDetail.js';

const facilitatorView = { role: 'facilitator' as const, groupId: null };

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

  app.get('/api/templates', async () => ({ templates: workshopTemplates }));

  // The server's clock, so every screen shows the same time left on the timer.
  app.get('/api/time', async () => ({ now: ctx.config.now().getTime() }));

  app.patch<{ Params: { id: string } }>('/api/workshops/:id', async (request) => {
    const { workshop } = await facilitator(request, request.params.id);
    const { city, retentionMonths, ...changes } = restore(updateWorkshopRequest, request.body);
    const problem = retentionMonths === undefined ? null : retentionProblem(retentionMonths, ctx.config.retention);
    // Refused at the field (SPEC K1), before anything is changed.
    if (problem) throw new AppError('VALIDATION_FAILED', `retentionMonths: ${problem}`);
    const updated = { ...workshop, ...changes };
    await ctx.store.updateWorkshop(city === undefined ? updated : withCity(updated, city));
    if (retentionMonths !== undefined) await ctx.store.setRetentionMonths(workshop.id, retentionMonths);
    await ctx.activity.touch(workshop.id, true); // a settings change is activity (SPEC K2)
    return detail(workshop.id);
  });

  app.put<{ Params: { id: string } }>('/api/workshops/:id/agenda', async (request) => {
    const { workshop } = await facilitator(request, request.params.id);
    const agenda = restoreAgenda((request.body as { agenda?: unknown } | null)?.agenda);
    const updated = { ...workshop, agenda };
    await ctx.store.updateWorkshop(updated);
    await syncAgendaBoards(ctx.store, updated, ctx.config.now());
    return detail(workshop.id);
  });

  // Asks first: who would move where. Nothing changes until the plan comes back to /groups/assign.
  app.post<{ Params: { id: string } }>('/api/workshops/:id/groups/assign/preview', async (request) => {
    const { workshop } = await facilitator(request, request.params.id);
    const { groupCount } = restore(previewGroupsRequest, request.body);
    return previewRegroup(ctx.store, workshop, groupCount, Math.random);
  });

  app.post<{ Params: { id: string } }>('/api/workshops/:id/groups/assign', async (request) => {
    const { workshop } = await facilitator(request, request.params.id);
    const { groupCount, groups } = restore(assignGroupsRequest, request.body);
    const plan = groups ?? (await previewRegroup(ctx.store, workshop, groupCount, Math.random)).groups;
    await applyRegroup(ctx.store, workshop, plan, ctx.config.now());
    const placed = plan.reduce((n, g) => n + g.participantIds.length, 0);
    // A new group takes effect on open connections at once: the old group's reflection board closes (SPEC A10).
    await ctx.live.accessChanged(workshop.id);
    ctx.config.log(`groups assigned: ${workshop.id} ${placed} people into ${plan.length} groups`);
    return detail(workshop.id);
  });

  app.put<{ Params: { id: string; pid: string } }>('/api/workshops/:id/participants/:pid/group', async (request) => {
    const { workshop } = await facilitator(request, request.params.id);
    const { groupId } = restore(moveParticipantRequest, request.body);
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

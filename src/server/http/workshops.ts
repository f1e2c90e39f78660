import type { FastifyInstance } from 'fastify';
import { createWorkshopRequest, isWorkBoard, restore } from '../../domain/index.js';
import { agendaFromTemplate, findTemplate } from '../../domain/facilitation/index.js';
import { AppError } from '../../shared/index.js';
import { requestIdentity, type AppContext } from '../context.js';
import { requireAccount } from '../identity.js';
import { createWorkshop } from '../services/createWorkshop.js';
import { workshopDetail } from './workshopDetail.js';
import { workshopRetentionView } from './retentionView.js';

/** A facilitator's workshops: list and create. */
export function registerWorkshops(app: FastifyInstance, ctx: AppContext): void {
  app.get('/api/workshops', async (request) => {
    const account = requireAccount(await requestIdentity(ctx, request));
    const workshops = await ctx.store.listWorkshopsFor(account.id);
    const rows = await Promise.all(
      workshops.map(async (w) => {
        const [groups, participants, boards, retention] = await Promise.all([
          ctx.store.listGroups(w.id),
          ctx.store.listParticipants(w.id),
          ctx.store.listBoards(w.id),
          workshopRetentionView(ctx, w.id),
        ]);
        return {
          id: w.id,
          title: w.title,
          createdAt: w.createdAt,
          city: w.city ?? null,
          groups: groups.length,
          participants: participants.length,
          boards: boards.filter(isWorkBoard).length,
          deleteOn: retention?.deleteOn ?? null,
          deletionSoon: retention?.deletionSoon ?? false,
        };
      }),
    );
    return { workshops: rows };
  });

  app.post('/api/workshops', async (request, reply) => {
    const account = requireAccount(await requestIdentity(ctx, request));
    const body = restore(createWorkshopRequest, request.body);
    const template = body.template ? findTemplate(body.template) : null;
    if (body.template && !template) throw new AppError('VALIDATION_FAILED', `template: no template "${body.template}"`);
    const agenda = template ? agendaFromTemplate(template) : [];
    const created = await createWorkshop(ctx.store, { ...body, agenda, ownerId: account.id }, ctx.config.now());
    reply.code(201);
    return workshopDetail(ctx, created.workshop, { workshopId: created.workshop.id, role: 'facilitator', groupId: null }, null);
  });
}

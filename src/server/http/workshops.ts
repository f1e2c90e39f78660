import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { bodyOf, documented, routeDoc } from './apiDoc/routeDoc.js';
import { detailAnswer } from './apiDoc/responses.js';
import { createWorkshopRequest, isWorkBoard } from '../../domain/index.js';
import type { Booking } from '../../domain/bookings/index.js';
import { agendaFromTemplate, findTemplate } from '../../domain/facilitation/index.js';
import { AppError } from '../../shared/index.js';
import { requestIdentity, type AppContext } from '../context.js';
import { requireAccount } from '../identity.js';
import { createWorkshop } from '../services/createWorkshop.js';
import { templateIn } from '../i18n/createdWords.js';
import { workshopDetail } from './workshopDetail.js';
import { workshopRetentionView } from './retentionView.js';

const listDoc = routeDoc({
  tag: 'Workshops',
  summary: 'The workshops the account owns and those shared with it (SPEC A11), with counts and the retention date (SPEC K3).',
  who: 'a facilitator account',
  auth: 'signed-in',
  responses: {
    200: {
      description: 'The workshops',
      schema: z.strictObject({
        workshops: z.array(
          z.strictObject({
            id: z.string(),
            title: z.string(),
            createdAt: z.string(),
            city: z.string().nullable(),
            groups: z.number().int(),
            participants: z.number().int(),
            boards: z.number().int(),
            deleteOn: z.string().nullable(),
            deletionSoon: z.boolean(),
          }),
        ),
      }),
    },
  },
});
const createDoc = routeDoc({
  tag: 'Workshops',
  summary:
    'Creates a workshop (from a template, with groups and projects, and the boards they need), in a language (SPEC F6): `language` is the workshop’s, `textLanguage` the one the template’s agenda and the boards’ titles are written in (default: `language`, else English).',
  who: 'a facilitator account',
  auth: 'signed-in',
  body: createWorkshopRequest,
  responses: { 201: { ...detailAnswer, description: 'The new workshop' } },
});

/** The request a new workshop is made from (SPEC B7): refused when it is gone, or when a workshop made from it still exists. */
async function bookingToSchedule(ctx: AppContext, id: string): Promise<Booking> {
  const booking = await ctx.store.getBooking(id);
  if (!booking) throw new AppError('BOOKING_NOT_FOUND');
  if (booking.workshopId !== null && (await ctx.store.getWorkshop(booking.workshopId))) throw new AppError('BOOKING_HAS_WORKSHOP');
  return booking;
}

/** A facilitator's workshops: list and create. */
export function registerWorkshops(app: FastifyInstance, ctx: AppContext): void {
  app.get('/api/workshops', documented(listDoc), async (request) => {
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

  app.post('/api/workshops', documented(createDoc), async (request, reply) => {
    const account = requireAccount(await requestIdentity(ctx, request));
    const { booking: bookingId, ...body } = bodyOf(createDoc, request);
    const template = body.template ? findTemplate(body.template) : null;
    if (body.template && !template) throw new AppError('VALIDATION_FAILED', `template: no template "${body.template}"`);
    const booking = bookingId === null ? null : await bookingToSchedule(ctx, bookingId);
    // The template's words in the language the workshop is made in (SPEC F6): the agenda's own from then on.
    const textLanguage = body.textLanguage ?? body.language ?? 'en';
    const agenda = template ? agendaFromTemplate(templateIn(template, textLanguage)) : [];
    const created = await createWorkshop(ctx.store, { ...body, textLanguage, agenda, ownerId: account.id }, ctx.config.now());
    // Made from a request (B7): the request is scheduled and names its workshop, so nobody makes a second one from it.
    if (booking)
      await ctx.store.updateBooking(booking.id, { status: 'scheduled', workshopId: created.workshop.id }, ctx.config.now().toISOString());
    reply.code(201);
    return workshopDetail(ctx, created.workshop, { workshopId: created.workshop.id, role: 'facilitator', groupId: null }, null);
  });
}

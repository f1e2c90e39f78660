import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { bookingCalendar, bookingRequest, bookingUpdate, looksAutomated, type Booking } from '../../domain/bookings/index.js';
import { AppError } from '../../shared/index.js';
import { requestIdentity, type AppContext } from '../context.js';
import { requireAccount } from '../identity.js';
import { sendBookingNotices } from '../services/bookingNotices.js';
import { makeId } from '../services/random.js';
import { hashedEmail, perAddress, perKey } from './throttles.js';
import { someObject } from './apiDoc/responses.js';
import { bodyOf, documented, routeDoc } from './apiDoc/routeDoc.js';

const tag = 'Bookings';
const inbox = 'a facilitator account';
const bookingAnswer = { description: 'The booking request', schema: z.strictObject({ booking: someObject }) };
const sendDoc = routeDoc({
  tag,
  summary: 'Asks for a workshop (SPEC B1); throttled per address and per e-mail.',
  who: 'anyone',
  auth: 'anyone',
  body: bookingRequest,
  responses: {
    201: {
      description: 'Taken, and how many days it is kept',
      schema: z.strictObject({ booking: z.strictObject({ id: z.string() }), retentionDays: z.number() }),
    },
  },
});
const policyDoc = routeDoc({
  tag,
  summary: 'What the booking form tells people before they send.',
  who: 'anyone',
  auth: 'anyone',
  responses: { 200: { description: 'The policy', schema: z.strictObject({ retentionDays: z.number(), receiptByEmail: z.boolean() }) } },
});
const listDoc = routeDoc({
  tag,
  summary: 'The booking inbox, newest first (SPEC B3).',
  who: inbox,
  auth: 'signed-in',
  responses: { 200: { description: 'The requests', schema: z.strictObject({ bookings: z.array(someObject), retentionDays: z.number() }) } },
});
const getDoc = routeDoc({ tag, summary: 'One booking request.', who: inbox, auth: 'signed-in', responses: { 200: bookingAnswer } });
const updateDoc = routeDoc({
  tag,
  summary: 'Changes a request’s status, notes or agreed date.',
  who: inbox,
  auth: 'signed-in',
  body: bookingUpdate,
  responses: { 200: bookingAnswer },
});
const deleteDoc = routeDoc({
  tag,
  summary: 'Deletes a request at once, down to the database’s bytes (SPEC B5).',
  who: inbox,
  auth: 'signed-in',
  responses: { 204: { description: 'Deleted' } },
});
const calendarDoc = routeDoc({
  tag,
  summary: 'The agreed date as an all-day calendar event (RFC 5545).',
  who: inbox,
  auth: 'signed-in',
  responses: { 200: { description: 'The event', mediaType: 'text/calendar' } },
});

/** The address people use: PUBLIC_URL, else the one this request came to. */
function siteOf(ctx: AppContext, host: string | undefined): string {
  return ctx.config.publicUrl ?? `http://${host ?? 'localhost'}`;
}

/** A request with the workshop made from it (B7): its title, or null once that workshop is deleted. */
async function withWorkshop(ctx: AppContext, booking: Booking) {
  if (booking.workshopId === null) return { ...booking, workshop: null };
  const workshop = await ctx.store.getWorkshop(booking.workshopId);
  return { ...booking, workshop: { id: booking.workshopId, title: workshop?.title ?? null } };
}

/**
 * Booking requests (SPEC B): anyone may send one (throttled, with a honeypot); facilitator
 * accounts read and handle them in their inbox; deleting one scrubs it (B5).
 */
export function registerBookings(app: FastifyInstance, ctx: AppContext): void {
  const { bookingPerAddress, bookingPerEmail } = ctx.config.rateLimits;
  const perEmail = perKey(app, bookingPerEmail, (request) => `booking:${hashedEmail(request.body)}`);

  app.post('/api/bookings', documented(sendDoc, { config: perAddress(bookingPerAddress) }), async (request, reply) => {
    const body = bodyOf(sendDoc, request);
    await perEmail(request, reply);
    if (looksAutomated(body)) {
      ctx.config.log('booking refused: the form was filled by a robot (honeypot)');
      throw new AppError('BOOKING_REFUSED');
    }
    const now = ctx.config.now().toISOString();
    const booking: Booking = {
      id: makeId('bk'),
      kind: body.kind,
      organisation: body.organisation,
      city: body.city,
      name: body.name,
      email: body.email,
      teamSize: body.teamSize,
      preferredDates: body.preferredDates,
      message: body.message,
      status: 'new',
      notes: '',
      agreedDate: null,
      workshopId: null,
      createdAt: now,
      updatedAt: now,
    };
    await ctx.store.createBooking(booking);
    void sendBookingNotices(ctx, booking, siteOf(ctx, request.headers.host), body.language).catch((e: Error) =>
      ctx.config.log(`booking ${booking.id}: e-mails not sent: ${e.message}`),
    );
    reply.code(201);
    return { booking: { id: booking.id }, retentionDays: ctx.config.bookingRetentionDays };
  });

  // What the form tells people before they send (B1): how long a request is kept, and whether a receipt is e-mailed.
  app.get('/api/booking-policy', documented(policyDoc), async () => ({
    retentionDays: ctx.config.bookingRetentionDays,
    receiptByEmail: ctx.mail.configured,
  }));

  app.get('/api/bookings', documented(listDoc), async (request) => {
    requireAccount(await requestIdentity(ctx, request));
    const bookings = await Promise.all((await ctx.store.listBookings()).map((b) => withWorkshop(ctx, b)));
    return { bookings, retentionDays: ctx.config.bookingRetentionDays };
  });

  app.get<{ Params: { id: string } }>('/api/bookings/:id', documented(getDoc), async (request) => {
    requireAccount(await requestIdentity(ctx, request));
    const booking = await ctx.store.getBooking(request.params.id);
    if (!booking) throw new AppError('BOOKING_NOT_FOUND');
    return { booking };
  });

  app.patch<{ Params: { id: string } }>('/api/bookings/:id', documented(updateDoc), async (request) => {
    requireAccount(await requestIdentity(ctx, request));
    const change = bodyOf(updateDoc, request);
    const booking = await ctx.store.updateBooking(request.params.id, change, ctx.config.now().toISOString());
    if (!booking) throw new AppError('BOOKING_NOT_FOUND');
    return { booking };
  });

  app.delete<{ Params: { id: string } }>('/api/bookings/:id', documented(deleteDoc), async (request, reply) => {
    requireAccount(await requestIdentity(ctx, request));
    if (!(await ctx.store.deleteBooking(request.params.id))) throw new AppError('BOOKING_NOT_FOUND');
    reply.code(204);
  });

  app.get<{ Params: { id: string } }>('/api/bookings/:id/calendar.ics', documented(calendarDoc), async (request, reply) => {
    requireAccount(await requestIdentity(ctx, request));
    const booking = await ctx.store.getBooking(request.params.id);
    if (!booking) throw new AppError('BOOKING_NOT_FOUND');
    const host = new URL(siteOf(ctx, request.headers.host)).host;
    const ics = bookingCalendar(booking, ctx.config.now().toISOString(), host);
    if (!ics) throw new AppError('BOOKING_NO_DATE');
    void reply
      .type('text/calendar; charset=utf-8')
      .header('content-disposition', `attachment; filename="workshop-${booking.agreedDate}.ics"`);
    return ics;
  });
}

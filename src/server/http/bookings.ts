import type { FastifyInstance } from 'fastify';
import { bookingCalendar, bookingRequest, bookingUpdate, looksAutomated, type Booking } from '../../domain/bookings/index.js';
import { restore } from '../../domain/index.js';
import { AppError } from '../../shared/index.js';
import { requestIdentity, type AppContext } from '../context.js';
import { requireAccount } from '../identity.js';
import { sendBookingNotices } from '../services/bookingNotices.js';
import { makeId } from '../services/random.js';
import { hashedEmail, perAddress, perKey } from './throttles.js';

/** The address people use: PUBLIC_URL, else the one this request came to. */
function siteOf(ctx: AppContext, host: string | undefined): string {
  return ctx.config.publicUrl ?? `http://${host ?? 'localhost'}`;
}

/**
 * Booking requests (SPEC B): anyone may send one (throttled, with a honeypot); facilitator
 * accounts read and handle them in their inbox; deleting one scrubs it (B5).
 */
export function registerBookings(app: FastifyInstance, ctx: AppContext): void {
  const { bookingPerAddress, bookingPerEmail } = ctx.config.rateLimits;
  const perEmail = perKey(app, bookingPerEmail, (request) => `booking:${hashedEmail(request.body)}`);

  app.post('/api/bookings', { config: perAddress(bookingPerAddress) }, async (request, reply) => {
    const body = restore(bookingRequest, request.body);
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
      createdAt: now,
      updatedAt: now,
    };
    await ctx.store.createBooking(booking);
    void sendBookingNotices(ctx, booking, siteOf(ctx, request.headers.host)).catch((e: Error) =>
      ctx.config.log(`booking ${booking.id}: e-mails not sent: ${e.message}`),
    );
    reply.code(201);
    return { booking: { id: booking.id }, retentionDays: ctx.config.bookingRetentionDays };
  });

  // What the form tells people before they send (B1): how long a request is kept, and whether a receipt is e-mailed.
  app.get('/api/booking-policy', async () => ({
    retentionDays: ctx.config.bookingRetentionDays,
    receiptByEmail: ctx.mail.configured,
  }));

  app.get('/api/bookings', async (request) => {
    requireAccount(await requestIdentity(ctx, request));
    return { bookings: await ctx.store.listBookings(), retentionDays: ctx.config.bookingRetentionDays };
  });

  app.get<{ Params: { id: string } }>('/api/bookings/:id', async (request) => {
    requireAccount(await requestIdentity(ctx, request));
    const booking = await ctx.store.getBooking(request.params.id);
    if (!booking) throw new AppError('BOOKING_NOT_FOUND');
    return { booking };
  });

  app.patch<{ Params: { id: string } }>('/api/bookings/:id', async (request) => {
    requireAccount(await requestIdentity(ctx, request));
    const change = restore(bookingUpdate, request.body);
    const booking = await ctx.store.updateBooking(request.params.id, change, ctx.config.now().toISOString());
    if (!booking) throw new AppError('BOOKING_NOT_FOUND');
    return { booking };
  });

  app.delete<{ Params: { id: string } }>('/api/bookings/:id', async (request, reply) => {
    requireAccount(await requestIdentity(ctx, request));
    if (!(await ctx.store.deleteBooking(request.params.id))) throw new AppError('BOOKING_NOT_FOUND');
    reply.code(204);
  });

  app.get<{ Params: { id: string } }>('/api/bookings/:id/calendar.ics', async (request, reply) => {
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

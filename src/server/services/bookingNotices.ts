import type { Booking } from '../../domain/bookings/index.js';
import type { WorkshopLanguage } from '../../domain/index.js';
import type { AppContext } from '../context.js';
import { bookingReceipt, newBookingNotice } from '../mail/bookingMail.js';

/**
 * SPEC B6: with SMTP configured, every facilitator account is told of a new request, and the
 * person who asked gets a receipt, in the language of the form they sent. Sent after the answer (the request is stored either way);
 * a failure is logged without the addresses, and the inbox still has the request.
 */
export async function sendBookingNotices(
  ctx: AppContext,
  booking: Booking,
  site: string,
  language: WorkshopLanguage = 'en',
): Promise<void> {
  if (!ctx.mail.configured) return;
  const accounts = await ctx.store.listAccounts();
  const notice = newBookingNotice(booking, `${site}/facilitator/bookings`, language);
  const sends = [
    ...accounts.map((a) => ctx.mail.send({ to: a.email, replyTo: booking.email, ...notice })),
    ctx.mail.send({ to: booking.email, ...bookingReceipt(booking, ctx.config.bookingRetentionDays, site, language) }),
  ];
  const failed = (await Promise.allSettled(sends)).filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed.length > 0)
    ctx.config.log(`booking ${booking.id}: ${failed.length} of ${sends.length} e-mails not sent: ${(failed[0]!.reason as Error).message}`);
}

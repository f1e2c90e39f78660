import type { Booking, BookingKind } from '../../domain/bookings/index.js';
import type { WorkshopLanguage } from '../../domain/index.js';
import { mailText, type MailText } from './mailText.js';

const kindTitle = (text: MailText, kind: BookingKind) => text.t(`kind.${kind}`);
const kindInSentence = (text: MailText, kind: BookingKind) => text.t(`kind.${kind}.inSentence`);

/**
 * The e-mail facilitators get about a new request (SPEC B6): what it asks, and where to answer
 * it. In English, the installation's language; it names the language the person wrote in when
 * that was another, since their receipt went out in it.
 */
export function newBookingNotice(booking: Booking, inboxUrl: string, wroteIn: WorkshopLanguage = 'en'): { subject: string; text: string } {
  const text = mailText('en');
  return {
    subject: text.t('notice.subject', { kind: kindTitle(text, booking.kind), organisation: booking.organisation }),
    text: [
      text.t('notice.asks', { name: booking.name, email: booking.email, kind: kindInSentence(text, booking.kind) }),
      '',
      text.t('notice.organisation', { organisation: booking.organisation }),
      ...(booking.city ? [text.t('notice.city', { city: booking.city })] : []),
      ...(booking.teamSize ? [text.t('notice.teamSize', { teamSize: booking.teamSize })] : []),
      ...(booking.preferredDates ? [text.t('notice.preferredDates', { dates: booking.preferredDates })] : []),
      ...(wroteIn !== 'en' ? [text.t('notice.language', { language: text.languageName(wroteIn) })] : []),
      '',
      booking.message,
      '',
      text.t('notice.inbox', { url: inboxUrl }),
      text.t('notice.reply'),
    ].join('\n'),
  };
}

/**
 * The receipt the person who asked gets (SPEC B6): what was received, how long it is kept, how
 * to have it deleted; in the language of the form they sent.
 */
export function bookingReceipt(
  booking: Booking,
  retentionDays: number,
  site: string,
  language: WorkshopLanguage = 'en',
): { subject: string; text: string } {
  const text = mailText(language);
  return {
    subject: text.t('receipt.subject'),
    text: [
      text.t('receipt.hello', { name: booking.name }),
      '',
      text.t('receipt.thanks', { kind: kindInSentence(text, booking.kind), organisation: booking.organisation, site }),
      '',
      text.t('receipt.sent'),
      booking.message,
      '',
      text.t('receipt.kept', { days: retentionDays }),
    ].join('\n'),
  };
}

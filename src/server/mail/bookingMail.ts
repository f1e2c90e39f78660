import { bookingKindLabels, type Booking } from '../../domain/bookings/index.js';

/** The e-mail facilitators get about a new request (SPEC B6): what it asks, and where to answer it. */
export function newBookingNotice(booking: Booking, inboxUrl: string): { subject: string; text: string } {
  return {
    subject: `New booking request: ${bookingKindLabels[booking.kind]} for ${booking.organisation}`,
    text: [
      `${booking.name} (${booking.email}) asks for ${bookingKindLabels[booking.kind].toLowerCase()}.`,
      '',
      `Organisation: ${booking.organisation}`,
      ...(booking.city ? [`City: ${booking.city}`] : []),
      ...(booking.teamSize ? [`Team size: ${booking.teamSize}`] : []),
      ...(booking.preferredDates ? [`Preferred dates: ${booking.preferredDates}`] : []),
      '',
      booking.message,
      '',
      `Answer it, schedule it or make a workshop from it in the inbox: ${inboxUrl}`,
      'Reply to this e-mail to write to the person who asked.',
    ].join('\n'),
  };
}

/** The receipt the person who asked gets (SPEC B6): what was received, how long it is kept, how to have it deleted. */
export function bookingReceipt(booking: Booking, retentionDays: number, site: string): { subject: string; text: string } {
  return {
    subject: 'We have your request for a workshop',
    text: [
      `Hello ${booking.name},`,
      '',
      `Thank you: your request for ${bookingKindLabels[booking.kind].toLowerCase()} for ${booking.organisation} reached the facilitators at ${site}. They will write to you at this address.`,
      '',
      'What you sent:',
      booking.message,
      '',
      `We keep your request (your name, e-mail, organisation and what you wrote) for ${retentionDays} days, to arrange the workshop, and then delete it. To have it deleted sooner, reply to this e-mail and say so.`,
    ].join('\n'),
  };
}

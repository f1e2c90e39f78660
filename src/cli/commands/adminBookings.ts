import { bookingKindLabels } from '../../domain/bookings/index.js';
import type { BookingRecords } from '../../server/store/Store.js';

/**
 * `opencities admin bookings [--json]`: every booking request, newest first (SPEC B3). Tab-
 * separated lines for a person (id, date, status, kind, organisation, city, name, e-mail), or
 * the stored requests as a JSON array for a script.
 */
export async function listBookings(store: Pick<BookingRecords, 'listBookings'>, json: boolean): Promise<number> {
  const bookings = await store.listBookings();
  if (json) {
    console.log(JSON.stringify(bookings, null, 2));
    return 0;
  }
  if (bookings.length === 0) console.log('No booking requests.');
  for (const b of bookings) {
    const line = [b.id, b.createdAt.slice(0, 10), b.status, bookingKindLabels[b.kind], b.organisation, b.city ?? '', b.name, b.email];
    console.log(line.map((f) => f.replace(/[\t\r\n]+/g, ' ')).join('\t'));
  }
  return 0;
}

import { retentionCutoff } from '../../domain/bookings/index.js';
import type { BookingRecords } from '../store/Store.js';

/**
 * SPEC B4: booking requests older than the retention period are deleted, their bytes with
 * them (B5). Run at start and hourly with the session sweep; says what it deleted.
 */
export async function sweepOldBookings(
  store: Pick<BookingRecords, 'deleteBookingsCreatedBefore'>,
  now: Date,
  retentionDays: number,
  log: (line: string) => void,
): Promise<number> {
  const deleted = await store.deleteBookingsCreatedBefore(retentionCutoff(now.toISOString(), retentionDays));
  if (deleted > 0) log(`booking retention: deleted ${deleted} request(s) made over ${retentionDays} days ago`);
  return deleted;
}

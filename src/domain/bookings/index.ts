export {
  bookingKinds,
  bookingKindLabels,
  bookingStatuses,
  bookingLimits,
  bookingRequest,
  bookingUpdate,
  looksAutomated,
  retentionCutoff,
} from './booking.js';
export type { Booking, BookingKind, BookingStatus, BookingRequest, BookingUpdate } from './booking.js';
export { bookingCalendar, escapeText, fold } from './calendar.js';

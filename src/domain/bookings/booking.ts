import { z } from 'zod';
import { oneLine } from '../../shared/index.js';
import { workshopLanguages } from '../workshop.js';

/** What a request asks for (issue 17's list), in the order the form offers them. */
export const bookingKinds = ['cities-workshop', 'ecosystem-mapping', 'ethics-training', 'other'] as const;
export type BookingKind = (typeof bookingKinds)[number];

export const bookingKindLabels: Record<BookingKind, string> = {
  'cities-workshop': 'A cities workshop',
  'ecosystem-mapping': 'A data ecosystem mapping session',
  'ethics-training': 'Data ethics training',
  other: 'Something else',
};

/** Where a request stands in the facilitators' inbox. New requests are `new`. */
export const bookingStatuses = ['new', 'replied', 'scheduled', 'declined', 'archived'] as const;
export type BookingStatus = (typeof bookingStatuses)[number];

/** A request to book a workshop, as the store keeps it (SPEC B1–B6). */
export interface Booking {
  id: string;
  kind: BookingKind;
  organisation: string;
  city: string | null;
  name: string;
  email: string;
  teamSize: number | null;
  preferredDates: string | null;
  message: string;
  status: BookingStatus;
  /** The facilitators' own notes on the request; never shown to the requester. */
  notes: string;
  /** The date agreed (YYYY-MM-DD), for the calendar file. */
  agreedDate: string | null;
  /** The workshop made from the request ("Make a workshop", SPEC B7); null until one is. */
  workshopId: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Limits on each field, said at the form and in the error. */
export const bookingLimits = {
  organisation: 200,
  city: 100,
  name: 120,
  email: 254,
  preferredDates: 200,
  message: 4000,
  notes: 4000,
  teamSize: 10_000,
} as const;

const optionalLine = (max: number) =>
  z
    .string()
    .transform(oneLine)
    .pipe(z.string().max(max, `is longer than ${max} characters`))
    .optional()
    .transform((s) => (s ? s : null));

const requiredLine = (max: number) =>
  z
    .string()
    .transform(oneLine)
    .pipe(z.string().min(1, 'is required').max(max, `is longer than ${max} characters`));

/**
 * POST /api/bookings. `website` is the honeypot: a field people never see (hidden from sight and
 * from screen readers), which form-filling robots fill; a request with it filled is refused.
 */
export const bookingRequest = z.object({
  kind: z.enum(bookingKinds, { message: `is one of ${bookingKinds.join(', ')}` }),
  organisation: requiredLine(bookingLimits.organisation),
  city: optionalLine(bookingLimits.city),
  name: requiredLine(bookingLimits.name),
  email: z.string().trim().toLowerCase().max(bookingLimits.email).email('is not an email address'),
  teamSize: z
    .number()
    .int('is a whole number')
    .min(1, 'is at least 1')
    .max(bookingLimits.teamSize, `is at most ${bookingLimits.teamSize}`)
    .nullish()
    .transform((n) => n ?? null),
  preferredDates: optionalLine(bookingLimits.preferredDates),
  message: z.string().trim().min(1, 'is required').max(bookingLimits.message, `is longer than ${bookingLimits.message} characters`),
  website: z.string().max(500).optional(),
  /** The language of the form the person filled in: their receipt is written in it (SPEC B6). Not stored. */
  language: z.enum(workshopLanguages, { message: `is one of ${workshopLanguages.join(', ')}` }).optional(),
});
export type BookingRequest = z.infer<typeof bookingRequest>;

const isoDate = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** PATCH /api/bookings/:id: what facilitators change (any subset). */
export const bookingUpdate = z
  .object({
    status: z.enum(bookingStatuses, { message: `is one of ${bookingStatuses.join(', ')}` }).optional(),
    notes: z.string().max(bookingLimits.notes, `is longer than ${bookingLimits.notes} characters`).optional(),
    agreedDate: z.string().regex(isoDate, 'is a date like 2027-03-18').nullable().optional(),
  })
  .refine((u) => u.status !== undefined || u.notes !== undefined || u.agreedDate !== undefined, 'names nothing to change');
export type BookingUpdate = z.infer<typeof bookingUpdate>;

/** Whether a request filled the honeypot: refused, with a message that does not name the rule. */
export function looksAutomated(request: BookingRequest): boolean {
  return (request.website ?? '').trim() !== '';
}

/** The day before which requests are deleted (SPEC B4), given now and the retention in days. */
export function retentionCutoff(now: string, retentionDays: number): string {
  return new Date(Date.parse(now) - retentionDays * 86_400_000).toISOString();
}

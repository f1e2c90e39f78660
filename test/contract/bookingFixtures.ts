import type { Booking } from '../../src/domain/bookings/index.js';

/** A booking request with every field filled, non-ASCII included; `over` changes some. */
export function booking(id: string, over: Partial<Booking> = {}): Booking {
  return {
    id,
    kind: 'cities-workshop',
    organisation: 'Coventry City Council — Insight',
    city: 'Coventry',
    name: 'Ana Núñez',
    email: 'ana@example.org',
    teamSize: 8,
    preferredDates: 'Any Tuesday in March 🌱',
    message: 'We would like to map the air quality project.',
    status: 'new',
    notes: '',
    agreedDate: null,
    workshopId: null,
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    ...over,
  };
}

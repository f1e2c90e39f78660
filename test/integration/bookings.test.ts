import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/server/auth/password.js';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import { booking } from '../contract/bookingFixtures.js';
import { api, startTestServer, type TestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';

/** SPEC B1–B5: booking requests over HTTP on a real server and store. */

const request = {
  kind: 'ecosystem-mapping',
  organisation: 'Coventry City Council',
  city: 'Coventry',
  name: 'Ana Núñez',
  email: 'Ana@Example.org',
  teamSize: 12,
  preferredDates: 'Tuesdays in March',
  message: 'We would like to map our air quality project.',
};

const generous = { max: 1000, windowMs: 60_000 };

async function facilitatorCookie(t: TestServer): Promise<string> {
  await t.store.createAccount({
    id: 'ac_1',
    email: 'fac@example.org',
    name: 'Fay',
    passwordHash: await hashPassword('correct horse battery'),
    isAdmin: false,
    createdAt: new Date().toISOString(),
  });
  const r = await api(t.base, 'POST', '/api/session', { email: 'fac@example.org', password: 'correct horse battery' });
  expect(r.status).toBe(200);
  return r.cookie ?? '';
}

describe('booking requests over HTTP', () => {
  let t: TestServer;
  let fac: string;
  let participant: string;

  beforeAll(async () => {
    t = await startTestServer('sqlite', { rateLimits: { bookingPerAddress: generous, bookingPerEmail: { max: 3, windowMs: 60_000 } } });
    fac = await facilitatorCookie(t);
    const demo = await createDemoWorkshop(t.store, new Date());
    const joined = await api(t.base, 'POST', '/api/join', { invite: demo.invites.participant.code, name: 'Pat', organisation: 'Fire' });
    participant = joined.cookie ?? '';
  });
  afterAll(() => t.dispose());

  it('B1: anyone sends a request (201 with its id); a facilitator sees it in the inbox, status new', async () => {
    const r = await api(t.base, 'POST', '/api/bookings', request);
    expect(r.status).toBe(201);
    expect(r.json.booking.id).toMatch(/^bk_/);
    expect(r.json.retentionDays).toBe(365);
    const inbox = await api(t.base, 'GET', '/api/bookings', undefined, fac);
    expect(inbox.status).toBe(200);
    expect(inbox.json.bookings).toHaveLength(1);
    expect(inbox.json.bookings[0]).toMatchObject({ ...request, email: 'ana@example.org', status: 'new', notes: '', agreedDate: null });
  });

  it('B1: the form can say how long a request is kept and whether a receipt is e-mailed', async () => {
    const r = await api(t.base, 'GET', '/api/booking-policy');
    expect(r.json).toEqual({ retentionDays: 365, receiptByEmail: false });
  });

  it('B3: only facilitator accounts read and handle requests', async () => {
    const [{ id }] = (await api(t.base, 'GET', '/api/bookings', undefined, fac)).json.bookings;
    expect((await api(t.base, 'GET', '/api/bookings')).json.error.code).toBe('NOT_SIGNED_IN');
    const asParticipant = await api(t.base, 'GET', '/api/bookings', undefined, participant);
    expect(asParticipant.status).toBe(403);
    expect(asParticipant.json.error.code).toBe('FORBIDDEN');
    expect((await api(t.base, 'PATCH', `/api/bookings/${id}`, { status: 'archived' }, participant)).status).toBe(403);
    expect((await api(t.base, 'DELETE', `/api/bookings/${id}`, undefined, participant)).status).toBe(403);
    expect((await api(t.base, 'GET', `/api/bookings/${id}/calendar.ics`, undefined, participant)).status).toBe(403);
    expect((await t.store.getBooking(id))?.status).toBe('new');
  });

  it('bad input is refused, naming the field, and stores nothing', async () => {
    const before = (await t.store.listBookings()).length;
    const noMessage = await api(t.base, 'POST', '/api/bookings', { ...request, email: 'b@example.org', message: '  ' });
    expect(noMessage.status).toBe(400);
    expect(noMessage.json.error).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(noMessage.json.error.message).toMatch(/message: is required/);
    const badEmail = await api(t.base, 'POST', '/api/bookings', { ...request, email: 'not an address' });
    expect(badEmail.json.error.message).toMatch(/email: is not an email address/);
    const badKind = await api(t.base, 'POST', '/api/bookings', { ...request, email: 'c@example.org', kind: 'party' });
    expect(badKind.json.error.message).toMatch(/kind: is one of/);
    const tooLong = await api(t.base, 'POST', '/api/bookings', { ...request, email: 'd@example.org', message: 'x'.repeat(4001) });
    expect(tooLong.json.error.message).toMatch(/message: is longer than 4000 characters/);
    const notJson = await api(t.base, 'POST', '/api/bookings', '{"kind":');
    expect(notJson.status).toBe(400);
    expect((await t.store.listBookings()).length).toBe(before);
  });

  it('B2: a filled honeypot is refused without naming the rule; nothing is stored', async () => {
    const before = (await t.store.listBookings()).length;
    const r = await api(t.base, 'POST', '/api/bookings', { ...request, email: 'robot@example.org', website: 'https://spam.example' });
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('BOOKING_REFUSED');
    expect(r.json.error.message).not.toMatch(/honeypot|website|robot/i);
    expect((await t.store.listBookings()).length).toBe(before);
  });

  it('B2: one e-mail address may send only so many requests (429 with Retry-After)', async () => {
    const same = { ...request, email: 'often@example.org' };
    for (let i = 0; i < 3; i++) expect((await api(t.base, 'POST', '/api/bookings', same)).status).toBe(201);
    const r = await fetch(`${t.base}/api/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...same, email: ' OFTEN@example.org ' }),
    });
    expect(r.status).toBe(429);
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await r.json()) as any).error.code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('B3: status, notes and the agreed date; the calendar file for that date', async () => {
    const id = (await api(t.base, 'POST', '/api/bookings', { ...request, email: 'cal@example.org' })).json.booking.id;
    const noDate = await api(t.base, 'GET', `/api/bookings/${id}/calendar.ics`, undefined, fac);
    expect(noDate.status).toBe(409);
    expect(noDate.json.error.code).toBe('BOOKING_NO_DATE');
    const badStatus = await api(t.base, 'PATCH', `/api/bookings/${id}`, { status: 'maybe' }, fac);
    expect(badStatus.json.error.message).toMatch(/status: is one of/);
    const badDate = await api(t.base, 'PATCH', `/api/bookings/${id}`, { agreedDate: '18/03/2027' }, fac);
    expect(badDate.json.error.message).toMatch(/agreedDate: is a date like/);
    const empty = await api(t.base, 'PATCH', `/api/bookings/${id}`, {}, fac);
    expect(empty.json.error.message).toMatch(/names nothing to change/);
    const r = await api(
      t.base,
      'PATCH',
      `/api/bookings/${id}`,
      { status: 'scheduled', notes: 'Room 2, 9:30', agreedDate: '2027-03-16' },
      fac,
    );
    expect(r.status).toBe(200);
    expect(r.json.booking).toMatchObject({ status: 'scheduled', notes: 'Room 2, 9:30', agreedDate: '2027-03-16' });
    const res = await fetch(`${t.base}/api/bookings/${id}/calendar.ics`, { headers: { cookie: fac } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(res.headers.get('content-disposition')).toContain('workshop-2027-03-16.ics');
    const ics = await res.text();
    expect(ics).toContain('DTSTART;VALUE=DATE:20270316\r\n');
    // Read back by a calendar library, as a calendar program would: one all-day event on the agreed date.
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    const event = new ICAL.Event(events[0]);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2027-03-16');
    expect(event.endDate.toString()).toBe('2027-03-17');
    expect(event.uid).toMatch(new RegExp(`^${id}@127\\.0\\.0\\.1(:\\d+)?$`));
    expect(event.summary).toBe('A data ecosystem mapping session: Coventry City Council');
    expect(event.description).toContain('We would like to map our air quality project.');
    expect(event.location).toBe('Coventry');
    expect((await api(t.base, 'PATCH', '/api/bookings/bk_missing', { status: 'archived' }, fac)).json.error.code).toBe('BOOKING_NOT_FOUND');
  });

  it('B7: a workshop made from a request schedules it and links it; a second one from it is refused', async () => {
    const sent = await api(t.base, 'POST', '/api/bookings', { ...request, email: 'link@example.org' });
    const id = sent.json.booking.id as string;
    const made = await api(t.base, 'POST', '/api/workshops', { title: 'Coventry mapping', city: 'Coventry', booking: id }, fac);
    expect(made.status).toBe(201);
    const workshopId = made.json.workshop.id as string;
    const inbox = await api(t.base, 'GET', '/api/bookings', undefined, fac);
    const linked = inbox.json.bookings.find((b: { id: string }) => b.id === id);
    expect(linked).toMatchObject({ status: 'scheduled', workshopId, workshop: { id: workshopId, title: 'Coventry mapping' } });
    const again = await api(t.base, 'POST', '/api/workshops', { title: 'Twice', booking: id }, fac);
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe('BOOKING_HAS_WORKSHOP');
    const missing = await api(t.base, 'POST', '/api/workshops', { title: 'Nowhere', booking: 'bk_nope' }, fac);
    expect(missing.json.error.code).toBe('BOOKING_NOT_FOUND');
    expect((await api(t.base, 'GET', '/api/workshops', undefined, fac)).json.workshops.map((w: { title: string }) => w.title)).toEqual([
      'Coventry mapping',
    ]);
    // Once that workshop is deleted the request says so, and a new one may be made from it.
    await t.store.deleteWorkshop(workshopId);
    const after = (await api(t.base, 'GET', '/api/bookings', undefined, fac)).json.bookings.find((b: { id: string }) => b.id === id);
    expect(after.workshop).toEqual({ id: workshopId, title: null });
    expect((await api(t.base, 'POST', '/api/workshops', { title: 'Second go', booking: id }, fac)).status).toBe(201);
  });

  it('B5: a facilitator deletes a request at once', async () => {
    const id = (await api(t.base, 'POST', '/api/bookings', { ...request, email: 'del@example.org' })).json.booking.id;
    const r = await api(t.base, 'DELETE', `/api/bookings/${id}`, undefined, fac);
    expect(r.status).toBe(204);
    expect(await t.store.getBooking(id)).toBeNull();
    expect((await api(t.base, 'DELETE', `/api/bookings/${id}`, undefined, fac)).status).toBe(404);
    expect((await api(t.base, 'GET', `/api/bookings/${id}`, undefined, fac)).json.error.code).toBe('BOOKING_NOT_FOUND');
  });
});

describe('booking retention (SPEC B4)', () => {
  it('a server deletes requests older than the retention period when it starts, and keeps the rest', async () => {
    const now = new Date('2027-06-01T12:00:00.000Z');
    const first = await startTestServer('sqlite');
    await first.store.createBooking(booking('bk_old', { createdAt: '2027-04-01T00:00:00.000Z' }));
    await first.store.createBooking(booking('bk_recent', { createdAt: '2027-05-20T00:00:00.000Z' }));
    await first.stop();
    const t = await startTestServer('sqlite', { bookingRetentionDays: 30, now: () => now }, first.handle);
    try {
      await waitFor('the old request swept', async () => (await t.store.getBooking('bk_old')) === null);
      expect((await t.store.listBookings()).map((b) => b.id)).toEqual(['bk_recent']);
      expect(t.logs.some((l) => /booking retention: deleted 1 request\(s\) made over 30 days ago/.test(l))).toBe(true);
    } finally {
      await t.dispose();
    }
  });
});

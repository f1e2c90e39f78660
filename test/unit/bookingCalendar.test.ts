import { describe, expect, it } from 'vitest';
import { bookingCalendar, bookingRequest, escapeText, fold, looksAutomated, retentionCutoff } from '../../src/domain/bookings/index.js';
import { restore } from '../../src/domain/index.js';
import { booking } from '../contract/bookingFixtures.js';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('the calendar file of a booking (RFC 5545)', () => {
  it('escapes backslash, semicolon, comma and line breaks, and drops other control characters', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf\u0007g')).toBe('a\\\\b\\;c\\,d\\ne\\nfg');
  });

  it('folds lines over 75 octets, never inside a character, continuations starting with a space', () => {
    const line = `DESCRIPTION:${'é🌱x'.repeat(40)}`;
    const folded = fold(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(2);
    expect(octets(folded[0]!)).toBeLessThanOrEqual(75);
    for (const l of folded.slice(1)) {
      expect(l.startsWith(' ')).toBe(true);
      expect(octets(l)).toBeLessThanOrEqual(75);
    }
    expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line);
    expect(fold('SHORT:line')).toBe('SHORT:line');
  });

  it('one all-day event on the agreed date, CRLF line ends; none without a date', () => {
    expect(bookingCalendar(booking('bk_1'), '2026-01-01T00:00:00.000Z', 'studio.example.org')).toBeNull();
    const ics = bookingCalendar(
      booking('bk_1', { agreedDate: '2026-12-31', organisation: 'Smith, Jones; Partners' }),
      '2026-12-06T10:20:30.456Z',
      'studio.example.org',
    )!;
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('UID:bk_1@studio.example.org');
    expect(lines).toContain('DTSTAMP:20261206T102030Z');
    expect(lines).toContain('DTSTART;VALUE=DATE:20261231');
    expect(lines).toContain('DTEND;VALUE=DATE:20270101');
    expect(lines).toContain('SUMMARY:A cities workshop: Smith\\, Jones\\; Partners');
    expect(lines).toContain('LOCATION:Coventry');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
  });
});

describe('a booking request', () => {
  const valid = { kind: 'other', organisation: ' Org ', name: 'N', email: ' A@B.ORG ', message: 'Hello' };

  it('is trimmed, the e-mail lower-cased, optional fields null', () => {
    expect(restore(bookingRequest, valid)).toEqual({
      kind: 'other',
      organisation: 'Org',
      city: null,
      name: 'N',
      email: 'a@b.org',
      teamSize: null,
      preferredDates: null,
      message: 'Hello',
    });
  });

  it('keeps single-line fields on one line (no line break reaches an e-mail header or a CSV row)', () => {
    const r = restore(bookingRequest, { ...valid, organisation: 'A\r\nBcc: x@y.org', name: 'Ann\t\tLee', message: 'Two\nlines' });
    expect(r.organisation).toBe('A Bcc: x@y.org');
    expect(r.name).toBe('Ann Lee');
    expect(r.message).toBe('Two\nlines');
    expect(() => restore(bookingRequest, { ...valid, name: '\n\t' })).toThrow(/name: is required/);
  });

  it('refuses a team size that is not a whole number from 1, naming the field', () => {
    expect(() => restore(bookingRequest, { ...valid, teamSize: 0 })).toThrow(/teamSize: is at least 1/);
    expect(() => restore(bookingRequest, { ...valid, teamSize: 2.5 })).toThrow(/teamSize: is a whole number/);
  });

  it('the honeypot: filled means automated', () => {
    expect(looksAutomated(restore(bookingRequest, valid))).toBe(false);
    expect(looksAutomated(restore(bookingRequest, { ...valid, website: 'x' }))).toBe(true);
    expect(looksAutomated(restore(bookingRequest, { ...valid, website: '   ' }))).toBe(false);
  });

  it('the retention cut-off is that many days before now', () => {
    expect(retentionCutoff('2027-06-01T12:00:00.000Z', 30)).toBe('2027-05-02T12:00:00.000Z');
  });
});

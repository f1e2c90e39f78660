import { printable } from '../formats/printable.js';
import { bookingKindLabels, type Booking } from './booking.js';

/**
 * An iCalendar file (RFC 5545) with one all-day event on the booking's agreed date, for the
 * facilitator's calendar. Written here rather than with a package: one VEVENT needs only the
 * text escaping (§3.3.11), line folding at 75 octets (§3.1) and CRLF endings, each tested.
 * Null when no date is agreed.
 */
export function bookingCalendar(booking: Booking, now: string, host: string): string | null {
  if (!booking.agreedDate) return null;
  const day = booking.agreedDate.replaceAll('-', '');
  const next = nextDay(booking.agreedDate).replaceAll('-', '');
  const title = `${bookingKindLabels[booking.kind]}: ${booking.organisation}`;
  const description = [
    `Requested by ${booking.name} <${booking.email}>`,
    booking.city ? `City: ${booking.city}` : null,
    booking.teamSize ? `Team size: ${booking.teamSize}` : null,
    '',
    booking.message,
  ]
    .filter((l) => l !== null)
    .join('\n');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Open Cities Studio//Bookings//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${booking.id}@${host}`,
    `DTSTAMP:${stamp(now)}`,
    `DTSTART;VALUE=DATE:${day}`,
    `DTEND;VALUE=DATE:${next}`,
    `SUMMARY:${escapeText(title)}`,
    `DESCRIPTION:${escapeText(description)}`,
    ...(booking.city ? [`LOCATION:${escapeText(booking.city)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

/**
 * §3.3.11: backslash, semicolon and comma escaped, line breaks as \n; what no export carries
 * (other control characters, bidirectional overrides) dropped as in every export (`printable`).
 */
export function escapeText(text: string): string {
  return printable(text.replace(/\r\n?/g, '\n'))
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/** §3.1: lines longer than 75 octets are split, each continuation starting with a space; never inside a character. */
export function fold(line: string): string {
  const bytes = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = bytes.encode(ch).length;
    // The first line holds 75 octets; continuations 74 after their leading space.
    const room = parts.length === 0 ? 75 : 74;
    if (size + n > room) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function stamp(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

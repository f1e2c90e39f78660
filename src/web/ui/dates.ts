/**
 * How the app writes a date: one format everywhere, in the browser's language
 * (`Intl.DateTimeFormat` with no locale given). A calendar date (`YYYY-MM-DD`: an agreed day, a
 * due date) is that day wherever the reader is; a moment (an ISO time: when something was
 * received, saved or published) is the day or time it was in the reader's time zone.
 */
const calendarDay = /^(\d{4})-(\d{2})-(\d{2})$/;

const formats = {
  day: new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }),
  calendarDay: new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }),
  dayTime: new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }),
};

/** "6 Dec 2026" (as the browser's language writes it); anything that is not a date is shown as it is. */
export function formatDay(value: string): string {
  const m = calendarDay.exec(value);
  if (m) {
    const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    return Number.isNaN(t) ? value : formats.calendarDay.format(t);
  }
  const t = Date.parse(value);
  return Number.isNaN(t) ? value : formats.day.format(t);
}

/** "6 Dec 2026, 09:30" in the reader's language and time zone; anything that is not a time is shown as it is. */
export function formatDayTime(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : formats.dayTime.format(t);
}

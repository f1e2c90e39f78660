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

/** The two day formats in an interface language other than English, made when first asked for. */
const dayFormats = new Map<string, Pick<typeof formats, 'day' | 'calendarDay'>>();
function dayFormatsIn(locale: string | undefined): Pick<typeof formats, 'day' | 'calendarDay'> {
  if (locale === undefined || locale === 'en') return formats;
  let found = dayFormats.get(locale);
  if (!found) {
    found = {
      day: new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }),
      calendarDay: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
    };
    dayFormats.set(locale, found);
  }
  return found;
}

/**
 * "6 Dec 2026" (as the browser's language writes it); anything that is not a date is shown as it
 * is. Given the interface's language (`useI18n().locale`), a page converted to the catalogues
 * writes it that language's way instead; English stays the browser's, as before.
 */
export function formatDay(value: string, locale?: string): string {
  const { day, calendarDay: calendar } = dayFormatsIn(locale);
  const m = calendarDay.exec(value);
  if (m) {
    const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    return Number.isNaN(t) ? value : calendar.format(t);
  }
  const t = Date.parse(value);
  return Number.isNaN(t) ? value : day.format(t);
}

/** "6 Dec 2026, 09:30" in the reader's language and time zone; anything that is not a time is shown as it is. */
export function formatDayTime(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : formats.dayTime.format(t);
}

/** Day formats written the British way in English, the language's own way otherwise, made when first asked for. */
const britishDays = new Map<string, Intl.DateTimeFormat>();

/**
 * A UTC day as "31 January 2027" (`month: 'long'`) or "31 Jan 2027" (`'short'`): English the
 * British way, as the app has always written these days; another interface language its own
 * way ("31. Januar 2027"). UTC, so the day shown is the day stored whatever the time zone.
 */
export function britishDay(locale: string, month: 'long' | 'short'): Intl.DateTimeFormat {
  const key = `${locale} ${month}`;
  let format = britishDays.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' });
    britishDays.set(key, format);
  }
  return format;
}

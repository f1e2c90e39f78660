import { i18n } from '../../i18n/index.js';

// UTC, so the day shown is the day the server computed whatever the time zone. English reads
// the British way ("15 January 2027"), as it always has; another language its own way.
const readable = new Map<string, Intl.DateTimeFormat>();
function readableIn(locale: string): Intl.DateTimeFormat {
  let format = readable.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    readable.set(locale, format);
  }
  return format;
}

/**
 * "15 January 2027": the day a workshop will be deleted (SPEC K3), in the interface's language
 * ("15. Januar 2027"). Call while drawing in a component that uses `useI18n`.
 */
export function deletionDate(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : readableIn(i18n.locale).format(t);
}

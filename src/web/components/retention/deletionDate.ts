// UTC, so the day shown is the day the server computed whatever the time zone.
const readable = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "15 January 2027": the day a workshop will be deleted (SPEC K3). */
export function deletionDate(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : readable.format(t);
}

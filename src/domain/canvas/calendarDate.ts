/**
 * ISO 8601 calendar dates (`YYYY-MM-DD`), the only date form in the canvas format. Plain
 * arithmetic rather than `Date`, so no time zone can shift a day and the domain stays free
 * of the clock: "today" is always passed in.
 */
const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parts(value: string): [number, number, number] | null {
  const m = pattern.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return [year, month, day];
}

/** True for a real date such as `2028-02-29`; false for `2027-02-29`, `2027-1-5` or a time. */
export function isCalendarDate(value: unknown): value is string {
  return typeof value === 'string' && parts(value) !== null;
}

/** Days since 1970-01-01 (Howard Hinnant's days-from-civil), or NaN for a bad date. */
export function dayNumber(value: string): number {
  const p = parts(value);
  if (!p) return Number.NaN;
  const [y0, month, day] = p;
  const year = month <= 2 ? y0 - 1 : y0;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

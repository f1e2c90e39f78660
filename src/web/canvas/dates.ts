import canvasMessages from 'virtual:messages/en/canvas';
import { addEnglish, i18n, translate } from '../i18n/index.js';
import { britishDay } from '../ui/dates.js';

addEnglish(canvasMessages);

/**
 * Calendar dates as the canvas format keeps them (`YYYY-MM-DD`) and as people read them.
 * "Today" is the browser's local date: a review due "today" should flip at the person's
 * midnight, not at UTC's.
 */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * `2027-01-31` → "31 Jan 2027" (in the interface's language: "31. Jan. 2027"); anything that is
 * not a date is shown as it is. Call while drawing in a component that uses `useI18n`.
 */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(date.getTime()) ? iso : britishDay(i18n.locale, 'short').format(date);
}

/** "in 5 days", "tomorrow", "today", "yesterday", "3 days ago", in the interface's language. */
export function relativeDays(days: number): string {
  if (days === 0) return translate('canvas.days.today');
  if (days === 1) return translate('canvas.days.tomorrow');
  if (days === -1) return translate('canvas.days.yesterday');
  return days > 0 ? translate('canvas.days.ahead', { days }) : translate('canvas.days.ago', { days: -days });
}

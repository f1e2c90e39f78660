import { daysBetween, isCalendarDate } from './calendarDate.js';

export type ReviewStatus = 'unscheduled' | 'scheduled' | 'due' | 'overdue';

export interface ReviewState {
  status: ReviewStatus;
  /** Days from today to the review date: negative once overdue; absent when unscheduled. */
  days?: number;
}

/**
 * Whether the canvas's review is coming up. `today` comes from the caller's clock (the domain
 * has none). A review is `due` from `dueWithinDays` days before its date up to and including
 * the day itself, and `overdue` from the day after; a missing or unreadable date is
 * `unscheduled`, so a bad value never reads as "all is well".
 */
export function reviewState(nextReview: string | undefined, today: string, dueWithinDays = 14): ReviewState {
  if (!isCalendarDate(nextReview) || !isCalendarDate(today)) return { status: 'unscheduled' };
  const days = daysBetween(today, nextReview);
  if (days < 0) return { status: 'overdue', days };
  if (days <= dueWithinDays) return { status: 'due', days };
  return { status: 'scheduled', days };
}

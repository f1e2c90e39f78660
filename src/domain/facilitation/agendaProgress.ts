import type { Activity } from '../workshop.js';

/**
 * How far a workshop's agenda has got, for the screens that show it (the plenary view's
 * agenda, the editor's total). Apart from agenda.ts, whose zod schemas only the server and the
 * agenda editor need: a board page shows the agenda without loading zod (issue 12).
 */

export function totalMinutes(agenda: readonly Pick<Activity, 'minutes'>[]): number {
  return agenda.reduce((sum, a) => sum + a.minutes, 0);
}

/** Where an agenda item stands in the day: run and passed, passed over, running now, or to come. */
export type AgendaItemState = 'done' | 'skipped' | 'now' | 'next';

/**
 * Each agenda item's state while `currentId` runs: an item before it is "done" when it was
 * started at some point and "skipped" when the facilitator passed over it (`started` lists
 * what was started; null when that is not known, and every earlier item then reads as done).
 * With nothing running (after the last item, or between), what was started reads as done.
 */
export function agendaItemStates(
  agenda: readonly { id: string }[],
  currentId: string | null,
  started: readonly string[] | null,
): AgendaItemState[] {
  const at = agenda.findIndex((a) => a.id === currentId);
  const wasStarted = started === null ? () => true : (id: string) => started.includes(id);
  return agenda.map((activity, i) => {
    if (i === at) return 'now';
    if (at >= 0 && i < at) return wasStarted(activity.id) ? 'done' : 'skipped';
    return at < 0 && started?.includes(activity.id) ? 'done' : 'next';
  });
}

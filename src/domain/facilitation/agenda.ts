import { z } from 'zod';
import { AppError } from '../../shared/index.js';
import { restore } from '../validation.js';
import { activityKinds } from '../workshop.js';
import type { Activity } from '../workshop.js';

/**
 * Editing a workshop's agenda. Every operation returns a new agenda and leaves its input
 * alone, so a UI can keep the previous one for undo. Invalid input throws VALIDATION_FAILED
 * naming the field (STYLE 5), the same error a request body gets.
 */

/** A day is 8 hours: an activity longer than that is a typing mistake, not a plan. */
export const maxActivityMinutes = 480;
export const maxActivityTitleLength = 120;
/** A full day is about ten activities; fifty leaves room without letting a list grow unbounded. */
export const maxAgendaLength = 50;

export const activitySchema = z.object({
  id: z.string().trim().min(1, 'is required').max(64, 'is longer than 64 characters'),
  title: z.string().trim().min(1, 'is required').max(maxActivityTitleLength, `is longer than ${maxActivityTitleLength} characters`),
  kind: z.enum(activityKinds),
  minutes: z
    .number()
    .int('must be a whole number of minutes')
    .min(1, 'must be at least 1 minute')
    .max(maxActivityMinutes, `must be at most ${maxActivityMinutes} minutes`),
});

export const agendaSchema = z
  .array(activitySchema)
  .max(maxAgendaLength, `has more than ${maxAgendaLength} activities`)
  .superRefine((agenda, ctx) => {
    const seen = new Set<string>();
    agenda.forEach((activity, index) => {
      if (seen.has(activity.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `repeats the id ${activity.id}` });
      seen.add(activity.id);
    });
  });

/** The fields of an activity a facilitator edits; the id never changes. */
export type ActivityChanges = Partial<Omit<Activity, 'id'>>;

/** An agenda from outside (a request body, a stored row), restored: trimmed, checked, ids unique. */
export function restoreAgenda(input: unknown): Activity[] {
  return restore(agendaSchema, input);
}

function indexOf(agenda: readonly Activity[], activityId: string): number {
  const index = agenda.findIndex((a) => a.id === activityId);
  if (index < 0) throw new AppError('VALIDATION_FAILED', `activityId: no activity with id ${activityId} in the agenda`);
  return index;
}

/**
 * Inserts `activity` at `at` (default: the end), trimmed. Throws on an invalid field, a
 * repeated id or a full agenda. The id comes from the caller (domain code makes no ids).
 */
export function addActivity(agenda: readonly Activity[], activity: Activity, at: number = agenda.length): Activity[] {
  if (!Number.isInteger(at) || at < 0 || at > agenda.length) {
    throw new AppError('VALIDATION_FAILED', `at: must be a position from 0 to ${agenda.length}`);
  }
  const checked = restore(activitySchema, activity);
  if (agenda.some((a) => a.id === checked.id))
    throw new AppError('VALIDATION_FAILED', `id: the agenda already has an activity ${checked.id}`);
  if (agenda.length >= maxAgendaLength) throw new AppError('VALIDATION_FAILED', `agenda: has ${maxAgendaLength} activities already`);
  const next = [...agenda];
  next.splice(at, 0, checked);
  return next;
}

export function removeActivity(agenda: readonly Activity[], activityId: string): Activity[] {
  const index = indexOf(agenda, activityId);
  return agenda.filter((_, i) => i !== index);
}

/** Moves an activity so that it ends up at position `to` (0-based, in the agenda after the move). */
export function moveActivity(agenda: readonly Activity[], activityId: string, to: number): Activity[] {
  const from = indexOf(agenda, activityId);
  if (!Number.isInteger(to) || to < 0 || to >= agenda.length) {
    throw new AppError('VALIDATION_FAILED', `to: must be a position from 0 to ${agenda.length - 1}`);
  }
  const next = [...agenda];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}

export function updateActivity(agenda: readonly Activity[], activityId: string, changes: ActivityChanges): Activity[] {
  const index = indexOf(agenda, activityId);
  // The id is spread last, so changes smuggled in by an untyped caller cannot rename it.
  const updated = restore(activitySchema, { ...agenda[index], ...changes, id: activityId });
  return agenda.map((a, i) => (i === index ? updated : a));
}

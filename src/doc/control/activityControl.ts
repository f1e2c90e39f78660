import * as Y from 'yjs';
import { restoreChecked, valueOrNull } from '../../domain/index.js';
import type { Activity } from '../../domain/index.js';
import { addMinutes, checkActivityId, checkTimerState, newTimer, pauseTimer, startTimer } from '../../domain/facilitation/index.js';
import type { TimerState } from '../../domain/facilitation/index.js';
import { activitiesStartedMap, liveMap, writeControl } from './controlLayout.js';

/**
 * Running the agenda: which activity is on, and its timer (layout in controlLayout.ts). Times
 * are server-clock ms. Timer writers change only the fields their operation changes, so
 * concurrent operations by two facilitators merge field by field.
 */

const timerKeys = ['durationMs', 'startedAt', 'elapsedBeforeMs'] as const;

/** The map of the activity running now, if there is one and it is a map. */
export function activityMapOf(doc: Y.Doc): Y.Map<unknown> | null {
  const value = liveMap(doc).get('activity');
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : null;
}

/** The activity running now and its timer, restored; a malformed timer reads as null. */
export function readActivity(doc: Y.Doc): { activityId: string; timer: TimerState | null } | null {
  const run = activityMapOf(doc);
  const activityId = run?.get('activityId');
  if (!run || typeof activityId !== 'string' || activityId === '' || activityId.length > 64) return null;
  const timer = checkTimerState(Object.fromEntries(timerKeys.map((k) => [k, run.get(k)])));
  return { activityId, timer: valueOrNull(timer) };
}

/**
 * Starts `activity`: everyone's destination becomes their board for it, and its timer is set
 * to the planned minutes, running from `now` unless `startTimer` is false. Ends any spotlight
 * and "bring everyone here", which belonged to what went before.
 */
export function startActivity(
  doc: Y.Doc,
  activity: Pick<Activity, 'id' | 'minutes'>,
  now: number,
  options: { startTimer?: boolean } = {},
): void {
  const id = restoreChecked(checkActivityId(activity.id));
  const set = newTimer(activity.minutes * 60_000);
  const timer = options.startTimer === false ? set : startTimer(set, now);
  writeControl(doc, () => {
    const run = new Y.Map<unknown>();
    run.set('activityId', id);
    for (const key of timerKeys) run.set(key, timer[key]);
    const live = liveMap(doc);
    live.set('activity', run);
    live.set('spotlight', null);
    live.set('gather', null);
    const started = activitiesStartedMap(doc);
    if (!started.has(id)) started.set(id, now);
  });
}

/**
 * The activities started at least once, or null when the document has no record of starts
 * (written before it kept one): then an activity passed over cannot be told from one done.
 */
export function readStartedActivities(doc: Y.Doc): string[] | null {
  // Sorted: a Y.Map's key order differs between replicas; what they read must not.
  const started = [...activitiesStartedMap(doc).keys()].filter((id) => id !== '' && id.length <= 64).sort();
  return started.length === 0 ? null : started;
}

/** Back to the plenary view with no activity (before the first, after the last). */
export function endActivity(doc: Y.Doc): void {
  writeControl(doc, () => {
    const live = liveMap(doc);
    live.set('activity', null);
    live.set('spotlight', null);
    live.set('gather', null);
  });
}

/** Applies a timer operation to the running activity; false when no activity runs. */
function changeTimer(doc: Y.Doc, change: (timer: TimerState) => TimerState): boolean {
  const current = readActivity(doc);
  const run = activityMapOf(doc);
  if (!current || !run) return false;
  // A malformed timer (from a peer) is replaced by a fresh, paused one rather than left stuck.
  const next = change(current.timer ?? newTimer(0));
  writeControl(doc, () => {
    for (const key of timerKeys) if (current.timer?.[key] !== next[key]) run.set(key, next[key]);
  });
  return true;
}

export function startActivityTimer(doc: Y.Doc, now: number): boolean {
  return changeTimer(doc, (t) => startTimer(t, now));
}

export function pauseActivityTimer(doc: Y.Doc, now: number): boolean {
  return changeTimer(doc, (t) => pauseTimer(t, now));
}

/** Adds minutes to the running activity's timer (negative takes them off). */
export function addActivityMinutes(doc: Y.Doc, minutes: number): boolean {
  return changeTimer(doc, (t) => addMinutes(t, minutes));
}

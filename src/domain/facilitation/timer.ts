import { checkedFrom, checkNumber, isRecord, notAnObject, type Checked } from '../plainChecks.js';

/**
 * The activity timer everyone sees. It is held as data, not as a ticking clock: how long it
 * runs, when it was last started and how much had run before that. Anyone who reads the
 * state at any moment (after a reload, or joining late) computes the same remaining time, as
 * long as `now` is on the same clock: all times here are server-clock milliseconds
 * (see serverClock.ts for turning a browser's clock into the server's).
 *
 * Every function is pure and total: a `now` before `startedAt` (a client whose clock estimate
 * is behind) counts as no time run, never as negative time.
 */
export interface TimerState {
  /** How long the timer runs in all, including minutes added since it was set. */
  durationMs: number;
  /** When it was last started, or null while paused or not yet started. */
  startedAt: number | null;
  /** Time run before `startedAt`, summed over earlier runs. */
  elapsedBeforeMs: number;
}

const minute = 60_000;
/** A day: longer is a mistake (a minutes field typed as seconds), and keeps sums exact. */
export const maxTimerMs = 24 * 60 * minute;

/** For timers written by peers: finite, non-negative, within a day (known fields only). */
export function checkTimerState(value: unknown): Checked<TimerState> {
  if (!isRecord(value)) return { ok: false, issues: [notAnObject(value)] };
  const durationMs = checkNumber(value.durationMs, ['durationMs'], { min: 0, max: maxTimerMs });
  const startedAt = value.startedAt === null ? null : checkNumber(value.startedAt, ['startedAt'], { min: 0 });
  const elapsedBeforeMs = checkNumber(value.elapsedBeforeMs, ['elapsedBeforeMs'], { min: 0, max: maxTimerMs });
  const timer = { durationMs: durationMs.value, startedAt: startedAt && startedAt.value, elapsedBeforeMs: elapsedBeforeMs.value };
  return checkedFrom(timer, [durationMs, ...(startedAt ? [startedAt] : []), elapsedBeforeMs]);
}

/** Whole ms within 0 and a day; anything not a number (NaN from a bad minutes field) is 0. */
const clampDuration = (ms: number): number => (Number.isFinite(ms) ? Math.min(maxTimerMs, Math.max(0, Math.round(ms))) : 0);

/** A timer set to `durationMs`, not running. */
export function newTimer(durationMs: number): TimerState {
  return { durationMs: clampDuration(durationMs), startedAt: null, elapsedBeforeMs: 0 };
}

export function isRunning(state: TimerState): boolean {
  return state.startedAt !== null;
}

/** Starts or resumes the timer. Starting a running timer changes nothing. */
export function startTimer(state: TimerState, now: number): TimerState {
  return state.startedAt === null ? { ...state, startedAt: now } : state;
}

/** Pauses the timer, banking the time run so far. Pausing a paused timer changes nothing. */
export function pauseTimer(state: TimerState, now: number): TimerState {
  if (state.startedAt === null) return state;
  return { ...state, startedAt: null, elapsedBeforeMs: elapsedMs(state, now) };
}

/**
 * Adds minutes (negative takes them off) whether or not the timer runs. The duration stays
 * within 0 and a day; taking off more than is left makes the timer over, not negative.
 */
export function addMinutes(state: TimerState, minutes: number): TimerState {
  if (!Number.isFinite(minutes)) return state;
  return { ...state, durationMs: clampDuration(state.durationMs + minutes * minute) };
}

/** Time run so far, at server time `now`. */
export function elapsedMs(state: TimerState, now: number): number {
  const running = state.startedAt === null ? 0 : Math.max(0, now - state.startedAt);
  return state.elapsedBeforeMs + running;
}

/** Time left, never below 0 (see `overrunMs` for how far past the end). */
export function remainingMs(state: TimerState, now: number): number {
  return Math.max(0, state.durationMs - elapsedMs(state, now));
}

/** How long the activity has run over its time, 0 while time is left. */
export function overrunMs(state: TimerState, now: number): number {
  return Math.max(0, elapsedMs(state, now) - state.durationMs);
}

export function isOver(state: TimerState, now: number): boolean {
  return elapsedMs(state, now) >= state.durationMs;
}

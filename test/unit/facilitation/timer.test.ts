import { describe, expect, it } from 'vitest';
import {
  addMinutes,
  bestOffset,
  elapsedMs,
  isOver,
  isRunning,
  maxTimerMs,
  newTimer,
  overrunMs,
  pauseTimer,
  remainingMs,
  serverClockOffset,
  serverNow,
  startTimer,
  checkTimerState,
} from '../../../src/domain/facilitation/index.js';

const minute = 60_000;
const t0 = 1_700_000_000_000;

describe('timer', () => {
  it('a new timer waits: full time left, not running, not over', () => {
    const timer = newTimer(10 * minute);
    expect(isRunning(timer)).toBe(false);
    expect(remainingMs(timer, t0 + 5 * minute)).toBe(10 * minute);
    expect(isOver(timer, t0 + 60 * minute)).toBe(false);
  });

  it('a duration that is not a number, or out of range, is clamped to 0 – a day', () => {
    expect(newTimer(Number.NaN).durationMs).toBe(0);
    expect(newTimer(-5).durationMs).toBe(0);
    expect(newTimer(Number.POSITIVE_INFINITY).durationMs).toBe(0);
    expect(newTimer(10 * maxTimerMs).durationMs).toBe(maxTimerMs);
  });

  it('counts down from its start, whoever reads it and whenever (a reload, a late joiner)', () => {
    const timer = startTimer(newTimer(10 * minute), t0);
    expect(remainingMs(timer, t0)).toBe(10 * minute);
    expect(remainingMs(timer, t0 + 3 * minute)).toBe(7 * minute);
    // A screen that loads the state later, from a copy of the data, sees the same.
    const reloaded = JSON.parse(JSON.stringify(timer));
    expect(remainingMs(reloaded, t0 + 3 * minute)).toBe(7 * minute);
  });

  it('pause banks the time run; resuming carries on from there', () => {
    let timer = startTimer(newTimer(10 * minute), t0);
    timer = pauseTimer(timer, t0 + 4 * minute);
    expect(timer).toEqual({ durationMs: 10 * minute, startedAt: null, elapsedBeforeMs: 4 * minute });
    expect(remainingMs(timer, t0 + 100 * minute)).toBe(6 * minute);
    timer = startTimer(timer, t0 + 20 * minute);
    expect(remainingMs(timer, t0 + 21 * minute)).toBe(5 * minute);
  });

  it('starting a running timer and pausing a paused one change nothing', () => {
    const running = startTimer(newTimer(minute), t0);
    expect(startTimer(running, t0 + 30_000)).toBe(running);
    const paused = pauseTimer(running, t0 + 1000);
    expect(pauseTimer(paused, t0 + 5000)).toBe(paused);
  });

  it('adds minutes running or paused; taking off more than is left makes it over, not negative', () => {
    let timer = startTimer(newTimer(5 * minute), t0);
    timer = addMinutes(timer, 3);
    expect(remainingMs(timer, t0 + minute)).toBe(7 * minute);
    timer = addMinutes(timer, -100);
    expect(timer.durationMs).toBe(0);
    expect(isOver(timer, t0 + minute)).toBe(true);
    expect(remainingMs(timer, t0 + minute)).toBe(0);
    expect(addMinutes(timer, Number.NaN)).toBe(timer);
    expect(addMinutes(newTimer(maxTimerMs), 10).durationMs).toBe(maxTimerMs);
  });

  it('is over exactly at the end, and says by how much it ran over', () => {
    const timer = startTimer(newTimer(2 * minute), t0);
    expect(isOver(timer, t0 + 2 * minute - 1)).toBe(false);
    expect(isOver(timer, t0 + 2 * minute)).toBe(true);
    expect(overrunMs(timer, t0 + minute)).toBe(0);
    expect(overrunMs(timer, t0 + 5 * minute)).toBe(3 * minute);
  });

  it('a clock estimate behind the start counts as no time run, never negative', () => {
    const timer = startTimer(newTimer(minute), t0);
    expect(elapsedMs(timer, t0 - 5000)).toBe(0);
    expect(remainingMs(timer, t0 - 5000)).toBe(minute);
  });

  it('the check refuses timers a peer could break screens with', () => {
    expect(checkTimerState(newTimer(minute))).toEqual({ ok: true, value: newTimer(minute) });
    for (const bad of [
      { durationMs: -1, startedAt: null, elapsedBeforeMs: 0 },
      { durationMs: Number.POSITIVE_INFINITY, startedAt: null, elapsedBeforeMs: 0 },
      { durationMs: minute, startedAt: 'soon', elapsedBeforeMs: 0 },
      { durationMs: minute, startedAt: null },
    ]) {
      expect(checkTimerState(bad).ok).toBe(false);
    }
  });
});

describe('server clock', () => {
  it('estimates the offset from one round trip, assuming the server answered half way', () => {
    // Local clock 10 s behind the server; 200 ms round trip.
    expect(serverClockOffset(1000, 11_100, 1200)).toBe(10_000);
    expect(serverNow(5000, 10_000)).toBe(15_000);
  });

  it('prefers the sample with the shortest round trip', () => {
    expect(
      bestOffset([
        { offset: 50, roundTripMs: 900 },
        { offset: 10, roundTripMs: 40 },
        { offset: 30, roundTripMs: 300 },
      ]),
    ).toBe(10);
    expect(bestOffset([])).toBe(0);
  });
});

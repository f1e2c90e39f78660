import { useEffect, useRef, useState } from 'react';
import { isOver, isRunning, type TimerState } from '../../domain/facilitation/index.js';
import { softBeep } from './softBeep.js';

const pulseMs = 6000;

/**
 * The gentle end-of-time signal: true for a few seconds after a running timer reaches zero
 * while this page watched it (a visual pulse), with a soft chime when `sound` is on. A page
 * opened after time was already up does not signal: nothing happened while it looked.
 */
export function useTimerSignal(activityId: string | null, timer: TimerState | null, now: number, sound: boolean): boolean {
  const [pulsing, setPulsing] = useState(false);
  const seen = useRef<{ activityId: string | null; over: boolean } | null>(null);
  const over = timer !== null && isOver(timer, now);
  const running = timer !== null && isRunning(timer);

  useEffect(() => {
    const before = seen.current;
    seen.current = { activityId, over };
    if (!before || before.activityId !== activityId || before.over || !over || !running) return;
    setPulsing(true);
    if (sound) softBeep();
  }, [activityId, over, running, sound]);

  useEffect(() => {
    if (!pulsing) return;
    const stop = window.setTimeout(() => setPulsing(false), pulseMs);
    return () => window.clearTimeout(stop);
  }, [pulsing]);

  return pulsing;
}

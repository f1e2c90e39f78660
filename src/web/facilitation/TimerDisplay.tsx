import { isOver, isRunning, overrunMs, remainingMs, type TimerState } from '../../domain/facilitation/index.js';
import { formatClock } from './formatClock.js';
import liveMessages from 'virtual:messages/en/live';
import { addEnglish, useI18n } from '../i18n/index.js';

addEnglish(liveMessages);

interface Props {
  timer: TimerState;
  /** Server-clock ms. */
  now: number;
  /** The end-of-time pulse (useTimerSignal). */
  pulsing?: boolean;
  size?: 'bar' | 'big';
  /** Whether changes in state ("paused", "time is up") are announced; one timer per page should. */
  announce?: boolean;
}

/**
 * The activity's time left, the same on every screen (server clock). Its state is in words
 * and in a shape beside them (● running, ❚❚ paused, ■ time is up), never in colour alone.
 */
export function TimerDisplay({ timer, now, pulsing = false, size = 'bar', announce = false }: Props) {
  const { t } = useI18n();
  const over = isOver(timer, now);
  const running = isRunning(timer);
  const overrun = overrunMs(timer, now);
  const state = over ? 'over' : running ? 'running' : 'paused';
  const note = over
    ? overrun >= 1000
      ? t('live.timer.upOver', { over: formatClock(overrun) })
      : t('live.timer.up')
    : running
      ? t('live.timer.left')
      : t('live.timer.leftPaused');
  return (
    <div className={`timer timer-${size} timer-${state}${pulsing ? ' timer-pulse' : ''}`}>
      <span className="timer-mark" aria-hidden="true" />
      <span role="timer" className="timer-value">
        {formatClock(remainingMs(timer, now))}
      </span>
      <span className="timer-note" aria-live={announce ? 'polite' : undefined}>
        {note}
      </span>
    </div>
  );
}

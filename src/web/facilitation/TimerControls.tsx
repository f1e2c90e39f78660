import { isRunning, type TimerState } from '../../domain/facilitation/index.js';
import type { Steering } from './useSteering.js';

/** Start or pause the activity's timer and add time: everyone's timer follows. */
export function TimerControls({ timer, steer }: { timer: TimerState; steer: Steering }) {
  const running = isRunning(timer);
  return (
    <div className="timer-controls" role="group" aria-label="Timer">
      <button type="button" className="button button-small" onClick={running ? steer.pauseTimer : steer.startTimer}>
        <span aria-hidden="true">{running ? '❚❚' : '▶'}</span> {running ? 'Pause timer' : 'Start timer'}
      </button>
      <button type="button" className="button button-small" title="Add 1 minute" onClick={() => steer.addMinutes(1)}>
        +1 min
      </button>
      <button type="button" className="button button-small" title="Add 5 minutes" onClick={() => steer.addMinutes(5)}>
        +5 min
      </button>
    </div>
  );
}

import { isRunning, type TimerState } from '../../domain/facilitation/index.js';
import type { Steering } from './useSteering.js';

/**
 * Start, pause or resume the activity's timer and add time: everyone's timer follows. The
 * button shows what pressing it does (❚❚ pause while the timer runs, ▶ while it is paused), as
 * media players do. ❚❚ rather than ⏸, which the app's fonts lack (it showed as a box); the
 * \uFE0E keeps ▶ a text symbol rather than a coloured emoji.
 */
export function TimerControls({ timer, steer }: { timer: TimerState; steer: Steering }) {
  const running = isRunning(timer);
  const action = running ? 'Pause timer' : timer.elapsedBeforeMs > 0 ? 'Resume timer' : 'Start timer';
  return (
    <div className="timer-controls" role="group" aria-label="Timer">
      <button type="button" className="button button-small" onClick={running ? steer.pauseTimer : steer.startTimer}>
        <span aria-hidden="true">{running ? '❚❚' : '▶\uFE0E'}</span> {action}
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

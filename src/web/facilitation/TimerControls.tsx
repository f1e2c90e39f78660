import fbarMessages from 'virtual:messages/en/fbar';
import { isRunning, type TimerState } from '../../domain/facilitation/index.js';
import { addEnglish, useI18n } from '../i18n/index.js';
import type { Steering } from './useSteering.js';

addEnglish(fbarMessages);

/**
 * Start, pause or resume the activity's timer and add time: everyone's timer follows. The
 * button shows what pressing it does (❚❚ pause while the timer runs, ▶ while it is paused), as
 * media players do. ❚❚ rather than ⏸, which the app's fonts lack (it showed as a box); the
 * \uFE0E keeps ▶ a text symbol rather than a coloured emoji.
 */
export function TimerControls({ timer, steer }: { timer: TimerState; steer: Steering }) {
  const { t } = useI18n();
  const running = isRunning(timer);
  const action = running ? t('fbar.timer.pause') : timer.elapsedBeforeMs > 0 ? t('fbar.timer.resume') : t('fbar.timer.start');
  return (
    <div className="timer-controls" role="group" aria-label={t('fbar.timer.group')}>
      <button type="button" className="button button-small" onClick={running ? steer.pauseTimer : steer.startTimer}>
        <span aria-hidden="true">{running ? '❚❚' : '▶\uFE0E'}</span> {action}
      </button>
      <button type="button" className="button button-small" title={t('fbar.timer.addOne')} onClick={() => steer.addMinutes(1)}>
        {t('fbar.timer.addOne.short')}
      </button>
      <button type="button" className="button button-small" title={t('fbar.timer.addFive')} onClick={() => steer.addMinutes(5)}>
        {t('fbar.timer.addFive.short')}
      </button>
    </div>
  );
}

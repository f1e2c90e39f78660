import { Link, useLocation } from 'wouter';
import { isRunning } from '../../domain/facilitation/index.js';
import { FollowToggle } from './FollowToggle.js';
import { HandButton } from './HandButton.js';
import type { LiveWorkshop } from './liveContext.js';
import { LiveNotice } from './LiveNotice.js';
import { activityHeadline, currentActivity, destinationText } from './liveText.js';
import { pathOf } from './places.js';
import { ReactionMenu } from './ReactionMenu.js';
import { TimerDisplay } from './TimerDisplay.js';
import type { Follow } from './useFollow.js';
import { useNow } from './useNow.js';
import { useSoundPreference } from './useSoundPreference.js';
import { useTimerSignal } from './useTimerSignal.js';
import liveMessages from 'virtual:messages/en/live';
import { addEnglish, useI18n } from '../i18n/index.js';

addEnglish(liveMessages);

/**
 * The live workshop for participants and observers, in one slim row of the site header on every
 * workshop page: what is on now and the time left, following the facilitator on or off, their
 * hand, and reactions. In the header, so it takes no room from a board (a map needs every pixel
 * of height) and sits in the same place on every page.
 */
export function LiveHeader({ live, follow }: { live: LiveWorkshop; follow: Follow }) {
  const { t } = useI18n();
  const [location] = useLocation();
  const { state, status, ready } = live.connection;
  const activity = currentActivity(state, live.detail);
  const now = useNow(live.serverNow, state.timer !== null && isRunning(state.timer));
  const [sound, setSound] = useSoundPreference();
  const pulsing = useTimerSignal(state.activityId, state.timer, now, sound);
  const elsewhere = live.destination && !follow.following ? pathOf(live.workshopId, live.destination) : null;
  const steppedOut = elsewhere !== null && elsewhere !== location;
  const headline = ready ? activityHeadline(activity, state) : t('live.connecting');

  return (
    <section className="live-header" aria-label={t('live.region')}>
      <p className="live-activity" title={headline}>
        {steppedOut ? (
          <>
            <span className="visually-hidden">{`${t('live.steppedOut')} `}</span>
            <Link href={elsewhere}>{t('live.goWhereEveryoneIs')}</Link>
          </>
        ) : (
          <>
            {state.activityId !== null && <span className="live-label">{t('live.now')}</span>} <strong>{headline}</strong>
          </>
        )}
        {status.state === 'offline' && <span className="muted">{` · ${t('live.reconnecting')}`}</span>}
      </p>
      {state.timer && <TimerDisplay timer={state.timer} now={now} pulsing={pulsing} announce />}
      <FollowToggle follow={follow} />
      <HandButton hand={live.hand} />
      <ReactionMenu onReact={live.react} sound={sound} onSound={setSound} />
      <LiveNotice text={follow.following ? destinationText(live.destination, state, live.detail) : null} />
    </section>
  );
}

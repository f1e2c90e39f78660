import './liveBar.css';
import './facilitatorBar.css';
import fbarMessages from 'virtual:messages/en/fbar';
import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { isRunning } from '../../domain/facilitation/index.js';
import { Badge } from '../ui/Badge.js';
import { useHeightOf } from '../hooks/useHeightOf.js';
import { AgendaControl } from './AgendaControl.js';
import { CommentsList } from './CommentsList.js';
import { GatherButton } from './GatherButton.js';
import { HandsList } from './HandsList.js';
import type { LiveWorkshop } from './liveContext.js';
import { LiveStatusLine } from './LiveStatusLine.js';
import { activityHeadline, activityKindText, currentActivity } from './liveText.js';
import { PeopleHere } from './PeopleHere.js';
import { ReactionButtons } from './ReactionButtons.js';
import { SoundToggle } from './SoundToggle.js';
import { SpotlightControl } from './SpotlightControl.js';
import { TimerControls } from './TimerControls.js';
import { TimerDisplay } from './TimerDisplay.js';
import { useNow } from './useNow.js';
import { useSoundPreference } from './useSoundPreference.js';
import { useSteering } from './useSteering.js';
import { useTimerSignal } from './useTimerSignal.js';
import { VotingControl } from './VotingControl.js';
import { readSessionValue, writeSessionValue } from './sessionValue.js';
import { HandIcon } from './icons.js';
import { addEnglish, useI18n } from '../i18n/index.js';

addEnglish(fbarMessages);

interface Props {
  live: LiveWorkshop;
  /**
   * `panel` on the workshop home (all controls shown); `dock` on the plenary view (one row at the
   * foot of the screen, more on demand); `float` on a board's workspace (a compact bar over the
   * board's foot, clear of its tools, that folds down to one button).
   */
  mode: 'panel' | 'dock' | 'float';
}

/** This tab remembers that the facilitator unfolded the bar on a board, so the next board shows it unfolded too. */
const unfoldedKey = 'opencities.facilitatorBarOpen';

/**
 * The facilitator's controls for running the workshop live: the activity now and its timer,
 * the agenda to start from, "bring everyone here", spotlight, voting, who is where and raised
 * hands. Every control writes the control document; every screen follows it.
 */
export function FacilitatorBar({ live, mode }: Props) {
  const { t } = useI18n();
  const [expanded, setExpanded] = useState(mode === 'panel');
  // On a board the board comes first: the bar starts folded to a small pill (with the timer),
  // unless the facilitator unfolded it earlier in this tab.
  const [folded, setFoldedState] = useState(() => mode === 'float' && readSessionValue(unfoldedKey) !== '1');
  const setFolded = (fold: boolean) => {
    writeSessionValue(unfoldedKey, fold ? null : '1');
    setFoldedState(fold);
  };
  const panelId = useId();
  const steer = useSteering(live);
  const { state, status } = live.connection;
  const { agenda } = live.detail.workshop;
  const activity = currentActivity(state, live.detail);
  const now = useNow(live.serverNow, state.timer !== null && isRunning(state.timer));
  const [sound, setSound] = useSoundPreference();
  const pulsing = useTimerSignal(state.activityId, state.timer, now, sound);
  const index = agenda.findIndex((a) => a.id === state.activityId);
  const next = agenda[index + 1];
  const bar = useRef<HTMLElement>(null);
  const barHeight = useHeightOf(bar, folded);
  // Unfolded over a board, the bar's height lifts the map's minimap above it (workspace.css).
  const room = mode === 'float' && !folded ? barHeight : 0;
  useEffect(() => {
    if (room <= 0) return;
    document.documentElement.style.setProperty('--facilitator-bar-room', `${Math.ceil(room)}px`);
    return () => {
      document.documentElement.style.removeProperty('--facilitator-bar-room');
    };
  }, [room]);

  const docked = mode !== 'panel';
  if (folded)
    return (
      <section className="facilitator-bar facilitator-bar-float facilitator-bar-folded" aria-label={t('fbar.title')}>
        {state.timer && <TimerDisplay timer={state.timer} now={now} pulsing={pulsing} />}
        <button type="button" className="button button-small button-primary" aria-expanded={false} onClick={() => setFolded(false)}>
          {t('fbar.title')}
        </button>
      </section>
    );

  return (
    <section ref={bar} className={`facilitator-bar facilitator-bar-${mode}`} aria-labelledby="facilitator-bar-title">
      {/* The docked bar floats over the foot of the screen: room as tall at the very end of the
          page (a portal to the body's end), so the footer and the foot of a board scroll up above it. */}
      {mode === 'dock' &&
        createPortal(<div className="facilitator-dock-room" style={{ height: barHeight }} aria-hidden="true" />, document.body)}
      <div className="fbar-row">
        <h2 id="facilitator-bar-title" className={mode === 'float' ? 'fbar-title visually-hidden' : 'fbar-title'}>
          {t('fbar.title')}
        </h2>
        <p className="live-activity" title={mode === 'float' ? activityHeadline(activity, state) : undefined}>
          {state.activityId !== null && <span className="live-label">{t('fbar.now')}</span>}{' '}
          <strong>{activityHeadline(activity, state)}</strong>
          {activity && <span className="muted"> · {activityKindText(activity)}</span>}
        </p>
        {state.timer && <TimerDisplay timer={state.timer} now={now} pulsing={pulsing} announce />}
        {steer && state.timer && <TimerControls timer={state.timer} steer={steer} />}
        {steer && next && (
          <button type="button" className="button button-small button-primary" onClick={() => steer.start(next)}>
            {index < 0 ? t('fbar.start', { activity: next.title }) : t('fbar.next', { activity: next.title })}
          </button>
        )}
        {steer && <GatherButton place={live.place} boards={live.detail.boards} steer={steer} />}
        <p className="fbar-hands">
          <HandIcon /> {t('fbar.handsUp', { count: state.hands.length })}
        </p>
        {docked && (
          <button
            type="button"
            className="button button-small button-quiet"
            aria-expanded={expanded}
            aria-controls={panelId}
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? t('fbar.fewer') : t('fbar.all')}
          </button>
        )}
        {mode === 'float' && (
          <button type="button" className="button button-small button-quiet" aria-expanded={true} onClick={() => setFolded(true)}>
            {t('fbar.hide')}
          </button>
        )}
      </div>
      {!steer && (
        <p className="live-where">{status.state === 'refused' ? t('fbar.unavailable', { reason: status.reason }) : t('fbar.connecting')}</p>
      )}
      {steer && (
        <LiveStatusLine
          state={state}
          boards={live.detail.boards}
          groups={live.detail.groups}
          steer={steer}
          here={mode === 'float' ? live.place : null}
        />
      )}
      {steer && (
        <div id={panelId} className="fbar-panel" hidden={!expanded}>
          <section className="fbar-section" aria-labelledby="fbar-agenda">
            <h3 id="fbar-agenda">{t('fbar.section.agenda')}</h3>
            <AgendaControl agenda={agenda} currentId={state.activityId} steer={steer} />
          </section>
          <section className="fbar-section" aria-labelledby="fbar-view">
            <h3 id="fbar-view">{t('fbar.section.spotlight')}</h3>
            <SpotlightControl state={state} boards={live.detail.boards} groups={live.detail.groups} steer={steer} />
            <h3 id="fbar-voting">{t('fbar.section.voting')}</h3>
            <VotingControl state={state} boards={live.detail.boards} groups={live.detail.groups} steer={steer} />
          </section>
          <section className="fbar-section" aria-labelledby="fbar-people">
            <h3 id="fbar-people">
              {t('fbar.section.hands')} <Badge>{state.hands.length}</Badge>
            </h3>
            <HandsList hands={state.hands} live={live} steer={steer} />
            <h3>{t('fbar.section.who')}</h3>
            <PeopleHere live={live} />
          </section>
          <section className="fbar-section" aria-labelledby="fbar-room">
            <h3 id="fbar-room">{t('fbar.section.room')}</h3>
            <ReactionButtons onReact={live.react} />
            <SoundToggle on={sound} onChange={setSound} />
            <h3>{t('fbar.section.comments')}</h3>
            <CommentsList comments={live.comments} />
          </section>
        </div>
      )}
    </section>
  );
}

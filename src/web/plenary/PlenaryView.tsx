import './plenary.css';
import plenaryMessages from 'virtual:messages/en/plenary';
import { isRunning } from '../../domain/facilitation/index.js';
import type { WorkshopDetail } from '../apiTypes.js';
import { CommentForm } from '../facilitation/CommentForm.js';
import { CommentsList } from '../facilitation/CommentsList.js';
import type { LiveWorkshop } from '../facilitation/liveContext.js';
import { activityHeadline, activityKindText, currentActivity } from '../facilitation/liveText.js';
import { PlenaryAgenda } from './PlenaryAgenda.js';
import { PlenaryGroups } from './PlenaryGroups.js';
import { PresenterView } from './PresenterView.js';
import { TimerDisplay } from '../facilitation/TimerDisplay.js';
import { useNow } from '../facilitation/useNow.js';
import { useTimerSignal } from '../facilitation/useTimerSignal.js';
import { HandIcon } from '../facilitation/icons.js';
import { addEnglish, useI18n } from '../i18n/index.js';

addEnglish(plenaryMessages);

/**
 * What the projector shows (`/w/:id/plenary`): the activity now, its timer large, the agenda,
 * hands up and observers' comments; while a board is in the spotlight, that board alone
 * (PresenterView). Large type, high contrast.
 */
export function PlenaryView({ live, detail }: { live: LiveWorkshop | null; detail: WorkshopDetail }) {
  const { t } = useI18n();
  const ready = live?.connection.ready ?? false;
  const state = live?.connection.state;
  const activity = state ? currentActivity(state, detail) : null;
  const timer = state?.timer ?? null;
  const now = useNow(live?.serverNow ?? Date.now, timer !== null && isRunning(timer));
  const pulsing = useTimerSignal(state?.activityId ?? null, timer, now, false);
  const spotBoard = state?.spotlight ? detail.boards.find((b) => b.id === state.spotlight?.boardId) : undefined;
  const spotGroup = detail.groups.find((g) => g.id === spotBoard?.groupId)?.name ?? null;
  const index = detail.workshop.agenda.findIndex((a) => a.id === state?.activityId);
  const groupWork = activity !== null && ['ecosystem-mapping', 'ethics-canvas', 'reflection'].includes(activity.kind);
  const hands = state?.hands ?? [];
  const nameOf = (id: string) => detail.participants.find((p) => p.id === id)?.name ?? t('plenary.hands.someone');

  if (spotBoard && live)
    return (
      <PresenterView
        live={live}
        detail={detail}
        board={spotBoard}
        groupName={spotGroup}
        headline={ready && state ? activityHeadline(activity, state) : t('plenary.connecting')}
        timer={timer}
        now={now}
        pulsing={pulsing}
      />
    );

  return (
    <div className="plenary">
      <div className="plenary-main">
        <p className="plenary-eyebrow">{t('plenary.eyebrow', { workshop: detail.workshop.title })}</p>
        <h1 className="plenary-title">{ready && state ? activityHeadline(activity, state) : t('plenary.connecting')}</h1>
        {activity && (
          <p className="plenary-kind">
            {t('plenary.kind', {
              kind: activityKindText(activity),
              position: index + 1,
              count: detail.workshop.agenda.length,
              minutes: activity.minutes,
            })}
          </p>
        )}
        {timer && <TimerDisplay timer={timer} now={now} pulsing={pulsing} size="big" />}
        {groupWork && <PlenaryGroups detail={detail} />}
        {!activity && ready && detail.workshop.agenda.length > 0 && <p className="plenary-note">{t('plenary.firstSoon')}</p>}
      </div>
      <aside className="plenary-side" aria-label={t('plenary.side')}>
        <section aria-labelledby="plenary-agenda-title">
          <h2 id="plenary-agenda-title">{t('plenary.agenda.title')}</h2>
          <PlenaryAgenda agenda={detail.workshop.agenda} currentId={state?.activityId ?? null} started={state?.startedActivities ?? null} />
        </section>
        {hands.length > 0 && (
          <section aria-labelledby="plenary-hands-title">
            <h2 id="plenary-hands-title">{t('plenary.hands.title')}</h2>
            <ol className="hands-list">
              {hands.map((h) => (
                <li key={h.participantId}>
                  <HandIcon /> {nameOf(h.participantId)}
                </li>
              ))}
            </ol>
          </section>
        )}
        <section aria-labelledby="plenary-comments-title">
          <h2 id="plenary-comments-title">{t('plenary.comments.title')}</h2>
          {live?.me.role === 'observer' && <CommentForm onSend={live.comment} />}
          <CommentsList comments={live?.comments ?? []} />
        </section>
      </aside>
    </div>
  );
}

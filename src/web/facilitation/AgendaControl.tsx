import fbarMessages from 'virtual:messages/en/fbar';
import type { Activity } from '../../domain/index.js';
import { Badge } from '../ui/Badge.js';
import { addEnglish, useI18n } from '../i18n/index.js';
import { activityKindName } from '../labels.js';
import type { Steering } from './useSteering.js';

addEnglish(fbarMessages);

interface Props {
  agenda: Activity[];
  currentId: string | null;
  steer: Steering;
}

/** The agenda with the activity running now; Start moves everyone to it, End goes back to the plenary. */
export function AgendaControl({ agenda, currentId, steer }: Props) {
  const { t } = useI18n();
  if (agenda.length === 0) return <p className="muted">{t('fbar.agenda.empty')}</p>;
  return (
    <>
      <p className="hint">{t('fbar.agenda.hint')}</p>
      <ol className="live-agenda">
        {agenda.map((activity) => {
          const current = activity.id === currentId;
          return (
            <li key={activity.id} className={current ? 'live-agenda-current' : undefined} aria-current={current ? 'step' : undefined}>
              <span className="live-agenda-text">
                <span className="live-agenda-title">
                  {activity.title}
                  {current && <Badge tone="accent">{t('fbar.now')}</Badge>}
                </span>
                <span className="muted">{t('fbar.agenda.item', { kind: activityKindName(activity.kind), minutes: activity.minutes })}</span>
              </span>
              {current ? (
                <button
                  type="button"
                  className="button button-small button-quiet"
                  aria-label={t('fbar.agenda.endLabel', { activity: activity.title })}
                  onClick={steer.end}
                >
                  {t('fbar.agenda.end')}
                </button>
              ) : (
                <button
                  type="button"
                  className="button button-small"
                  aria-label={t('fbar.agenda.startLabel', { activity: activity.title })}
                  onClick={() => steer.start(activity)}
                >
                  {t('fbar.agenda.start')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}

import type { Activity } from '../../domain/index.js';
import { agendaItemStates } from '../../domain/facilitation/index.js';
import plenaryMessages from 'virtual:messages/en/plenary';
import { addEnglish, msg, useI18n, type MessageKey } from '../i18n/index.js';
import { activityKindName } from '../labels.js';

addEnglish(plenaryMessages);

const stateKeys: Record<'now' | 'done' | 'skipped', MessageKey> = {
  now: msg('plenary.agenda.now'),
  done: msg('plenary.agenda.done'),
  skipped: msg('plenary.agenda.skipped'),
};

/**
 * The agenda as the room sees it: done, skipped (passed over by the facilitator, not struck
 * through), now (marked in words and with a bar), to come.
 */
export function PlenaryAgenda({ agenda, currentId, started }: { agenda: Activity[]; currentId: string | null; started: string[] | null }) {
  const { t } = useI18n();
  if (agenda.length === 0) return <p className="muted">{t('plenary.agenda.empty')}</p>;
  const states = agendaItemStates(agenda, currentId, started);
  return (
    <ol className="plenary-agenda">
      {agenda.map((activity, i) => {
        const state = states[i] ?? 'next';
        return (
          <li key={activity.id} className={`plenary-agenda-${state}`} aria-current={state === 'now' ? 'step' : undefined}>
            <span className="plenary-agenda-title">{activity.title}</span>
            <span className="plenary-agenda-meta">
              {state === 'now' && <strong>{t(stateKeys.now)}</strong>}
              {(state === 'done' || state === 'skipped') && t(stateKeys[state])}
              {state !== 'next' && ' · '}
              {t('plenary.agenda.item', { kind: activityKindName(activity.kind), minutes: activity.minutes })}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

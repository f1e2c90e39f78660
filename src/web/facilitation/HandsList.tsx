import fbarMessages from 'virtual:messages/en/fbar';
import type { RaisedHand } from '../../domain/facilitation/index.js';
import type { LiveWorkshop } from './liveContext.js';
import type { Steering } from './useSteering.js';
import { HandIcon } from './icons.js';
import { addEnglish, useI18n } from '../i18n/index.js';

addEnglish(fbarMessages);

/** Hands up, the first raised first, each with a button to lower it. */
export function HandsList({ hands, live, steer }: { hands: RaisedHand[]; live: LiveWorkshop; steer: Steering }) {
  const { t } = useI18n();
  if (hands.length === 0) return <p className="muted">{t('fbar.hands.none')}</p>;
  const nameOf = (id: string) =>
    live.detail.participants.find((p) => p.id === id)?.name ??
    live.connection.people.find((p) => p.participantId === id)?.name ??
    t('fbar.hands.someone');
  const groupOf = (id: string) => {
    const groupId = live.detail.participants.find((p) => p.id === id)?.groupId;
    return live.detail.groups.find((g) => g.id === groupId)?.name ?? null;
  };
  return (
    <ol className="hands-list">
      {hands.map((hand) => {
        const name = nameOf(hand.participantId);
        const group = groupOf(hand.participantId);
        return (
          <li key={hand.participantId}>
            <HandIcon /> <strong>{name}</strong>
            {group && <span className="muted"> · {group}</span>}
            <button
              type="button"
              className="button button-small button-quiet"
              aria-label={t('fbar.hands.lowerLabel', { name })}
              onClick={() => steer.lowerHand(hand.participantId)}
            >
              {t('fbar.hands.lower')}
            </button>
          </li>
        );
      })}
    </ol>
  );
}

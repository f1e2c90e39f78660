import fbarMessages from 'virtual:messages/en/fbar';
import { useState } from 'react';
import type { LiveState } from '../../domain/facilitation/index.js';
import type { BoardSummary, GroupRef } from '../apiTypes.js';
import { addEnglish, useI18n } from '../i18n/index.js';
import { boardChoiceLabel } from './boardChoiceLabel.js';
import type { Steering } from './useSteering.js';

addEnglish(fbarMessages);

interface Props {
  state: LiveState;
  boards: BoardSummary[];
  /** The workshop's groups, to name each board's group first. */
  groups: GroupRef[];
  steer: Steering;
}

/**
 * Puts one group's board on every screen. Reflection boards are left out: they are private to
 * their group, so nobody else could be shown them. The current activity's boards come first.
 */
export function SpotlightControl({ state, boards, groups, steer }: Props) {
  const { t } = useI18n();
  const candidates = boards
    .filter((b) => b.groupId !== null && b.kind !== 'reflection')
    .sort((a, b) => Number(b.activityId === state.activityId) - Number(a.activityId === state.activityId));
  const [chosen, setChosen] = useState('');
  const boardId = candidates.some((b) => b.id === chosen) ? chosen : (candidates[0]?.id ?? '');

  function spotlight() {
    const board = candidates.find((b) => b.id === boardId);
    if (board?.groupId) steer.spotlight({ groupId: board.groupId, boardId: board.id });
  }

  return (
    <div className="live-control">
      {candidates.length === 0 ? (
        <p className="muted">{t('fbar.spotlight.none')}</p>
      ) : (
        <div className="inline-row">
          <div className="field">
            <label htmlFor="spotlight-board">{t('fbar.spotlight.board')}</label>
            <select id="spotlight-board" value={boardId} onChange={(e) => setChosen(e.target.value)}>
              {candidates.map((b) => (
                <option key={b.id} value={b.id}>
                  {boardChoiceLabel(b, groups)}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button button-small" onClick={spotlight}>
            {t('fbar.spotlight.button')}
          </button>
        </div>
      )}
    </div>
  );
}

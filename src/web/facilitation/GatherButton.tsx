import fbarMessages from 'virtual:messages/en/fbar';
import type { ViewTarget } from '../../domain/facilitation/index.js';
import type { BoardSummary } from '../apiTypes.js';
import { currentBoardViewport, plenaryPlace, type Place } from '../collab/index.js';
import { addEnglish, useI18n } from '../i18n/index.js';
import { placeLabel } from './places.js';
import type { Steering } from './useSteering.js';

addEnglish(fbarMessages);

/** Where "here" is for the facilitator: the board they are on, else the plenary view. */
function targetOf(place: Place | null, boards: BoardSummary[]): ViewTarget {
  return place && boards.some((b) => b.id === place) ? { view: 'board', boardId: place } : { view: 'plenary' };
}

/**
 * "Bring everyone here": everyone's screen moves to the facilitator's, until released or the
 * next activity. On a map board, their maps also go to where the facilitator is looking.
 */
export function GatherButton({ place, boards, steer }: { place: Place | null; boards: BoardSummary[]; steer: Steering }) {
  const { t } = useI18n();
  const target = targetOf(place, boards);
  const here = placeLabel(target.view === 'board' ? target.boardId : plenaryPlace, boards);
  return (
    <button
      type="button"
      className="button button-small"
      onClick={() => steer.gather(target, target.view === 'board' ? currentBoardViewport(target.boardId) : null)}
      title={t('fbar.gather.title', { place: here })}
    >
      {t('fbar.gather')}
      <span className="visually-hidden"> ({here})</span>
    </button>
  );
}

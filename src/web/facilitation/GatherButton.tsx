import type { ViewTarget } from '../../domain/facilitation/index.js';
import type { BoardSummary } from '../apiTypes.js';
import { currentBoardViewport, plenaryPlace, type Place } from '../collab/index.js';
import { placeLabel } from './places.js';
import type { Steering } from './useSteering.js';

/** Where "here" is for the facilitator: the board they are on, else the plenary view. */
function targetOf(place: Place | null, boards: BoardSummary[]): ViewTarget {
  return place && boards.some((b) => b.id === place) ? { view: 'board', boardId: place } : { view: 'plenary' };
}

/**
 * "Bring everyone here": everyone's screen moves to the facilitator's, until released or the
 * next activity. On a map board, their maps also go to where the facilitator is looking.
 */
export function GatherButton({ place, boards, steer }: { place: Place | null; boards: BoardSummary[]; steer: Steering }) {
  const target = targetOf(place, boards);
  const here = placeLabel(target.view === 'board' ? target.boardId : plenaryPlace, boards);
  return (
    <button
      type="button"
      className="button button-small"
      onClick={() => steer.gather(target, target.view === 'board' ? currentBoardViewport(target.boardId) : null)}
      title={`Takes everyone to ${here}`}
    >
      Bring everyone here<span className="visually-hidden"> ({here})</span>
    </button>
  );
}

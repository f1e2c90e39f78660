import type { LiveState } from '../../domain/facilitation/index.js';
import type { BoardSummary } from '../apiTypes.js';
import { plenaryPlace } from '../collab/index.js';
import { placeLabel } from './places.js';
import { SpotlightStepper } from './SpotlightStepper.js';
import type { Steering } from './useSteering.js';

interface Props {
  state: LiveState;
  boards: BoardSummary[];
  /** The workshop's groups in order, for stepping the spotlight from group to group. */
  groups: { id: string; name: string }[];
  steer: Steering;
  /** The board the bar floats over: its own banner says its voting round, with "Close voting". */
  here?: string | null;
}

/** What the facilitator has switched on that changes everyone's screen, each with its off switch. */
export function LiveStatusLine({ state, boards, groups, steer, here = null }: Props) {
  const { spotlight, gather } = state;
  const voting = state.voting?.status === 'open' && state.voting.boardId !== here ? state.voting : null;
  if (!spotlight && !gather && !voting) return null;
  const title = (boardId: string) => placeLabel(boardId, boards);
  return (
    <ul className="live-status-line">
      {spotlight && (
        <li>
          <span className="status-mark" aria-hidden="true" />
          In the spotlight: <strong>{title(spotlight.boardId)}</strong>
          <button type="button" className="button button-small button-quiet" onClick={() => steer.spotlight(null)}>
            End spotlight
          </button>
          <SpotlightStepper state={state} boards={boards} groups={groups} steer={steer} />
        </li>
      )}
      {gather && (
        <li>
          <span className="status-mark" aria-hidden="true" />
          Everyone was brought to{' '}
          <strong>{placeLabel(gather.target.view === 'board' ? gather.target.boardId : plenaryPlace, boards)}</strong>
          <button type="button" className="button button-small button-quiet" onClick={steer.release}>
            Let everyone go back
          </button>
        </li>
      )}
      {voting && (
        <li>
          <span className="status-mark" aria-hidden="true" />
          Voting is open on <strong>{title(voting.boardId)}</strong> ({voting.votesPerPerson} votes each)
          <button type="button" className="button button-small button-quiet" onClick={() => steer.closeVoting(voting.id)}>
            Close voting
          </button>
        </li>
      )}
    </ul>
  );
}

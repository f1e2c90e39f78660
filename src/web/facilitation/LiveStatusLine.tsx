import fbarMessages from 'virtual:messages/en/fbar';
import type { LiveState } from '../../domain/facilitation/index.js';
import type { BoardSummary } from '../apiTypes.js';
import { plenaryPlace } from '../collab/index.js';
import { addEnglish, useI18n } from '../i18n/index.js';
import { inside, WithInside } from '../i18n/WithInside.js';
import { placeLabel } from './places.js';
import { SpotlightStepper } from './SpotlightStepper.js';
import type { Steering } from './useSteering.js';

addEnglish(fbarMessages);

interface Props {
  state: LiveState;
  boards: BoardSummary[];
  /** The workshop's groups in order, for stepping the spotlight from group to group. */
  groups: { id: string; name: string }[];
  steer: Steering;
  /** The board the bar floats over: its own banner says its voting round, with "Close voting". */
  here?: string | null;
}

/** A sentence with one name in it shown bold, where the language's word order puts it. */
function Bold({ text, bold }: { text: string; bold: string }) {
  return (
    <WithInside message={text}>
      <strong>{bold}</strong>
    </WithInside>
  );
}

/** What the facilitator has switched on that changes everyone's screen, each with its off switch. */
export function LiveStatusLine({ state, boards, groups, steer, here = null }: Props) {
  const { t } = useI18n();
  const { spotlight, gather } = state;
  const voting = state.voting?.status === 'open' && state.voting.boardId !== here ? state.voting : null;
  if (!spotlight && !gather && !voting) return null;
  const title = (boardId: string) => placeLabel(boardId, boards);
  return (
    <ul className="live-status-line">
      {spotlight && (
        <li>
          <span className="status-mark" aria-hidden="true" />
          <Bold text={t('fbar.status.spotlight', { board: inside })} bold={title(spotlight.boardId)} />
          <button type="button" className="button button-small button-quiet" onClick={() => steer.spotlight(null)}>
            {t('fbar.status.endSpotlight')}
          </button>
          <SpotlightStepper state={state} boards={boards} groups={groups} steer={steer} />
        </li>
      )}
      {gather && (
        <li>
          <span className="status-mark" aria-hidden="true" />
          <Bold
            text={t('fbar.status.gathered', { place: inside })}
            bold={placeLabel(gather.target.view === 'board' ? gather.target.boardId : plenaryPlace, boards)}
          />
          <button type="button" className="button button-small button-quiet" onClick={steer.release}>
            {t('fbar.status.release')}
          </button>
        </li>
      )}
      {voting && (
        <li>
          <span className="status-mark" aria-hidden="true" />
          <Bold text={t('fbar.status.voting', { board: inside, votes: voting.votesPerPerson })} bold={title(voting.boardId)} />
          <button type="button" className="button button-small button-quiet" onClick={() => steer.closeVoting(voting.id)}>
            {t('fbar.status.closeVoting')}
          </button>
        </li>
      )}
    </ul>
  );
}

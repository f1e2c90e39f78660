import './plenary.css';
import plenaryMessages from 'virtual:messages/en/plenary';
import type { TimerState } from '../../domain/facilitation/index.js';
import type { BoardSummary, WorkshopDetail } from '../apiTypes.js';
import type { LiveWorkshop } from '../facilitation/liveContext.js';
import { SpotlightStepper } from '../facilitation/SpotlightStepper.js';
import { SpotlightView } from './SpotlightView.js';
import { TimerDisplay } from '../facilitation/TimerDisplay.js';
import { useSteering } from '../facilitation/useSteering.js';
import { addEnglish, useI18n } from '../i18n/index.js';

addEnglish(plenaryMessages);

interface Props {
  live: LiveWorkshop;
  detail: WorkshopDetail;
  board: BoardSummary;
  groupName: string | null;
  headline: string;
  timer: TimerState | null;
  now: number;
  pulsing: boolean;
}

/**
 * What the projector shows while a board is in the spotlight: that board alone, filling the
 * window under one band with the activity and a large timer. Read-only, with no editing tools
 * and no notices on the board; the agenda, hands and comments stay on the facilitator's own
 * screen (their bar), not on the wall. A facilitator steps from group to group in the band.
 */
export function PresenterView({ live, detail, board, groupName, headline, timer, now, pulsing }: Props) {
  const { t } = useI18n();
  const steer = useSteering(live);
  return (
    <div className="presenter">
      <header className="presenter-band">
        <div className="presenter-what">
          <p className="presenter-activity">
            {groupName
              ? t('plenary.presenter.bandGroup', { workshop: detail.workshop.title, headline, group: groupName })
              : `${detail.workshop.title} · ${headline}`}
          </p>
          <h1 className="presenter-title">
            <span className="status-mark" aria-hidden="true" /> {board.title}
          </h1>
        </div>
        {steer && (
          <div className="presenter-steer">
            <SpotlightStepper state={live.connection.state} boards={detail.boards} groups={detail.groups} steer={steer} />
            <button type="button" className="button button-small button-quiet" onClick={() => steer.spotlight(null)}>
              {t('plenary.presenter.end')}
            </button>
          </div>
        )}
        {timer && <TimerDisplay timer={timer} now={now} pulsing={pulsing} size="big" />}
      </header>
      <div className="presenter-board">
        <SpotlightView board={board} groupName={groupName} workshopId={detail.workshop.id} me={live.me} presenting />
      </div>
    </div>
  );
}

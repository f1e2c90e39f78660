import './plenary.css';
import plenaryMessages from 'virtual:messages/en/plenary';
import { useMemo } from 'react';
import { Link } from 'wouter';
import type { BoardSummary } from '../apiTypes.js';
import { BoardContent } from '../boards/BoardContent.js';
import { useBoard } from '../collab/index.js';
import { ConnectionBadge } from '../ui/ConnectionBadge.js';
import { BoardVotingProvider } from '../facilitation/BoardVotingProvider.js';
import type { LiveMe } from '../facilitation/liveContext.js';
import { boardPath } from '../facilitation/places.js';
import { addEnglish, useI18n } from '../i18n/index.js';

addEnglish(plenaryMessages);

interface Props {
  board: BoardSummary;
  groupName: string | null;
  workshopId: string;
  me: LiveMe;
  /** On the projector (PresenterView): the board alone, its title and state shown by the band above. */
  presenting?: boolean;
}

/**
 * The spotlit board inside the plenary view, live and read-only: the projector shows the
 * group's work as it changes, and nobody edits it by accident from here.
 */
export function SpotlightView({ board, groupName, workshopId, me, presenting = false }: Props) {
  const { t } = useI18n();
  const connection = useBoard(board.id, workshopId, me);
  const { doc, status } = connection;
  const votingBoard = useMemo(() => ({ id: board.id, kind: board.kind, groupId: board.groupId }), [board.id, board.kind, board.groupId]);
  const content = (
    <BoardVotingProvider doc={doc} board={votingBoard} readOnly>
      <BoardContent
        kind={board.kind}
        doc={doc}
        docReady={connection.ready}
        awareness={connection.awareness}
        readOnly
        presenting={presenting}
        disabled={status.state === 'refused' || !doc}
        me={{ id: me.participantId ?? 'facilitator', name: me.name, role: me.role }}
        boardId={board.id}
        workshopId={workshopId}
      />
    </BoardVotingProvider>
  );
  if (presenting)
    return (
      <section className={`presenter-spotlight presenter-${board.kind}`} aria-label={t('plenary.spotlight.title', { board: board.title })}>
        {content}
      </section>
    );
  return (
    <section className="plenary-spotlight" aria-labelledby="spotlight-title">
      <div className="plenary-spotlight-head">
        <h2 id="spotlight-title">
          <span className="status-mark" aria-hidden="true" /> {t('plenary.spotlight.title', { board: board.title })}
        </h2>
        <p className="muted">
          {groupName && `${t('plenary.spotlight.groupBoard', { group: groupName })} `}
          <Link href={boardPath(board.id)}>{t('plenary.spotlight.open')}</Link>
        </p>
        <ConnectionBadge status={status} readOnly />
      </div>
      {content}
    </section>
  );
}

import boardMessages from 'virtual:messages/en/board';
import { useEffect, useLayoutEffect, useMemo } from 'react';
import { Link } from 'wouter';
import { spotlitAccess, type Role } from '../../domain/index.js';
import type { BoardResponse } from '../apiTypes.js';
import { BoardContent } from '../boards/BoardContent.js';
import { holdUntilBoardDrawn, useBoard } from '../collab/index.js';
import { BoardVotingProvider } from '../facilitation/BoardVotingProvider.js';
import { useLive } from '../facilitation/liveContext.js';
import { VoteBannerPart } from '../facilitation/VoteBannerPart.js';
import { WorkspaceHeader } from './WorkspaceHeader.js';
import { ErrorNotice } from '../ui/ErrorNotice.js';
import { CurrentBoardContext } from '../facilitation/currentBoard.js';
import { refusalWords as refusal } from '../i18n/apiErrorText.js';
import { addEnglish, useI18n } from '../i18n/index.js';

addEnglish(boardMessages);

interface Props {
  info: BoardResponse;
  /** `id` is stable for a person across tabs and renames: a participant's id, or `account:<id>` for a facilitator account. */
  me: { id: string; name: string; role: Role };
}

/** One open board as a full-window workspace: the slim header (workspace/), then the board filling the rest. */
export function BoardWorkspace({ info, me }: Props) {
  const { t } = useI18n();
  const { board, workshop } = info;
  // The map's first picture needs much code: the page's live parts (this board's provider, the
  // workshop's connection and bar) wait until it is drawn. Before any effect that opens them.
  useLayoutEffect(() => (board.kind === 'ecosystem-map' ? holdUntilBoardDrawn() : undefined), [board.id, board.kind]);
  const connection = useBoard(board.id, workshop.id, me);
  const { doc, status } = connection;
  const live = useLive();
  const refused = status.state === 'refused' ? refusal(status) : null;
  // While another group presents this board it is theirs alone (SPEC A12); the server drops
  // edits anyway, the page stops offering them at the same moment.
  const presented = live !== null && spotlitAccess('write', live.me, board, live.connection.state.spotlight?.boardId ?? null) === 'read';
  // Once the server has said whether the board is locked, its word on writing is the latest:
  // the page's first answer may predate a lock or an unlock (SPEC A13).
  const locked = connection.locked ?? info.board.locked;
  // Someone who may write this board is held back only by a spotlight (at opening, or when the
  // connection was made): once the live spotlight is known, it alone decides, so the end of a
  // presentation gives the board back at once, without a reload.
  const mayWrite = info.access === 'write' || info.presented;
  const readOnly =
    connection.locked !== null
      ? connection.readOnlyScope || presented
      : locked || (mayWrite && live?.connection.ready ? presented : info.access === 'read' || connection.readOnlyScope || presented);
  // For the vote controls inside the board's items.
  const votingBoard = useMemo(() => ({ id: board.id, kind: board.kind, groupId: board.groupId }), [board.id, board.kind, board.groupId]);
  // For pieces deep in the content that need to know the board is locked (they then say so once, not "observing").
  const current = useMemo(() => ({ boardId: board.id, doc, readOnly, locked, presented }), [board.id, doc, readOnly, locked, presented]);

  // The first editor of a fresh board stamps its layout version and kind (idempotent). Its
  // code comes with src/doc's, after the board is drawn (Yjs is loaded by then: there is a doc).
  useEffect(() => {
    if (!doc || status.state !== 'synced' || readOnly) return;
    let gone = false;
    void import('../../doc/boardDoc.js').then(({ initBoardDoc }) => {
      if (!gone) initBoardDoc(doc, board.kind);
    });
    return () => {
      gone = true;
    };
  }, [doc, status.state, readOnly, board.kind]);

  return (
    <div className={`workspace workspace-${board.kind}`}>
      <WorkspaceHeader
        info={info}
        status={status}
        readOnly={readOnly}
        locked={locked}
        facilitator={me.role === 'facilitator'}
        saving={connection.saving}
        presence={connection.presence}
        watching={connection.watching}
        groupName={live?.detail.groups.find((g) => g.id === board.groupId)?.name ?? null}
      />
      {/* Dot voting reaches every item of the board through context; the banner says the round is open. */}
      <CurrentBoardContext.Provider value={current}>
        <BoardVotingProvider doc={doc} board={votingBoard} readOnly={readOnly || status.state === 'refused'}>
          {/* What the page says about the board sits between the header and the board, never over it. */}
          <div className="workspace-notices">
            {locked && (
              <p className="notice notice-info board-locked" role="status">
                {t('board.lockedNotice')}
              </p>
            )}
            {refused && (
              <ErrorNotice error={refused.text} title={refused.title ?? t('board.refused.title')}>
                <p>
                  <button type="button" className="button" onClick={connection.retry}>
                    {t('board.refused.retry')}
                  </button>{' '}
                  <Link href={`/w/${encodeURIComponent(workshop.id)}`}>{t('board.refused.home')}</Link>
                </p>
              </ErrorNotice>
            )}
            <VoteBannerPart />
          </div>
          <div className="workspace-body">
            <BoardContent
              kind={board.kind}
              doc={doc}
              docReady={connection.ready}
              awareness={connection.awareness}
              readOnly={readOnly}
              disabled={status.state === 'refused' || !doc}
              me={me}
              boardId={board.id}
              workshopId={workshop.id}
            />
          </div>
        </BoardVotingProvider>
      </CurrentBoardContext.Provider>
    </div>
  );
}

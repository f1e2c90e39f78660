import { useEffect, useMemo } from 'react';
import { Link } from 'wouter';
import type { Role } from '../../domain/index.js';
import { initBoardDoc } from '../../doc/index.js';
import type { BoardResponse } from '../apiTypes.js';
import { BoardContent } from '../boards/BoardContent.js';
import { useBoard } from '../collab/index.js';
import { CurrentBoardContext } from '../facilitation/currentBoard.js';
import { boardKindDescriptions, boardKindLabels } from '../labels.js';
import { Badge } from './Badge.js';
import { ConnectionBadge } from './ConnectionBadge.js';
import { ErrorNotice } from './ErrorNotice.js';
import { BoardLockButton } from './facilitator/BoardLockButton.js';
import { PresenceBar } from './PresenceBar.js';

interface Props {
  info: BoardResponse;
  /** `id` is stable for a person across tabs and renames: a participant's id, or `account:<id>` for a facilitator account. */
  me: { id: string; name: string; role: Role };
}

/** One open board: its heading, the live connection, who is here, and its content by kind. */
export function BoardWorkspace({ info, me }: Props) {
  const { board, workshop } = info;
  const connection = useBoard(board.id, workshop.id, me);
  const { doc, status } = connection;
  // Once the server has said whether the board is locked, its word on writing is the latest:
  // the page's first answer may predate a lock or an unlock (SPEC A10).
  const locked = connection.locked ?? info.board.locked;
  const readOnly = connection.locked !== null ? connection.readOnlyScope : info.access === 'read' || connection.readOnlyScope;
  // For pieces deep in the content that need this board (voting on its quick notes).
  const current = useMemo(() => ({ boardId: board.id, doc, readOnly, locked }), [board.id, doc, readOnly, locked]);

  // The first editor of a fresh board stamps its layout version and kind (idempotent).
  useEffect(() => {
    if (doc && status.state === 'synced' && !readOnly) initBoardDoc(doc, board.kind);
  }, [doc, status.state, readOnly, board.kind]);

  return (
    <div className="board-page">
      <p className="back-link">
        <Link href={`/w/${encodeURIComponent(workshop.id)}`}>← Back to {workshop.title}</Link>
      </p>
      <div className="board-heading">
        <h1>{board.title}</h1>
        <Badge>{boardKindLabels[board.kind] ?? board.kind}</Badge>
        {locked ? <Badge tone="warning">Locked</Badge> : readOnly && <Badge tone="warning">Read only</Badge>}
        {me.role === 'facilitator' && <BoardLockButton boardId={board.id} locked={locked} />}
      </div>
      <p className="muted">{boardKindDescriptions[board.kind] ?? ''}</p>
      {locked && (
        <p className="notice notice-info board-locked" role="status">
          This board is locked by the facilitator. You can look at it, but nobody can change it until a facilitator unlocks it.
        </p>
      )}

      <div className="board-status">
        <ConnectionBadge status={status} readOnly={readOnly} saving={connection.saving} />
        <PresenceBar people={connection.presence} />
      </div>

      {status.state === 'refused' && (
        <ErrorNotice error={status.reason} title={status.title ?? 'You cannot open this board'}>
          <p>
            <button type="button" className="button" onClick={connection.retry}>
              Try again
            </button>{' '}
            <Link href={`/w/${encodeURIComponent(workshop.id)}`}>Back to the workshop home</Link>
          </p>
        </ErrorNotice>
      )}

      <CurrentBoardContext.Provider value={current}>
        <BoardContent
          kind={board.kind}
          doc={doc}
          awareness={connection.awareness}
          readOnly={readOnly}
          disabled={status.state === 'refused' || !doc}
          me={me}
          boardId={board.id}
          workshopId={workshop.id}
        />
      </CurrentBoardContext.Provider>
    </div>
  );
}

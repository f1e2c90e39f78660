import { Link } from 'wouter';
import type { BoardResponse } from '../apiTypes.js';
import type { ConnectionStatus, Presence } from '../collab/index.js';
import { Badge } from '../components/Badge.js';
import { BoardLockButton } from '../components/facilitator/BoardLockButton.js';
import { ConnectionBadge } from '../components/ConnectionBadge.js';
import { PresenceBar } from '../components/PresenceBar.js';
import { boardKindDescriptions, boardKindLabels } from '../labels.js';
import './workspace.css';

interface Props {
  info: BoardResponse;
  status: ConnectionStatus;
  readOnly: boolean;
  /** Locked by a facilitator (SPEC A10): said instead of "Read only". */
  locked: boolean;
  /** Facilitators lock and unlock the board from here. */
  facilitator: boolean;
  saving: boolean;
  presence: Presence[];
}

/**
 * The one slim row above a board: the workshop to go back to, the board, whether it is live,
 * who is here, and (in the slot, from facilitation/LiveBar) the activity, timer, hand and
 * reactions. One row at any width, so the board keeps the rest of the window.
 */
export function WorkspaceHeader({ info, status, readOnly, locked, facilitator, saving, presence }: Props) {
  const { board, workshop } = info;
  return (
    <header className="workspace-header">
      <Link className="workspace-back" href={`/w/${encodeURIComponent(workshop.id)}`} title={`Back to ${workshop.title}`}>
        <span aria-hidden="true">←</span> <span className="visually-hidden">Back to </span>
        <span className="workspace-back-text">{workshop.title}</span>
      </Link>
      <div className="workspace-board" title={boardKindDescriptions[board.kind] ?? ''}>
        <h1 className="workspace-title">{board.title}</h1>
        <Badge>{boardKindLabels[board.kind] ?? board.kind}</Badge>
        {locked ? <Badge tone="warning">Locked</Badge> : readOnly && <Badge tone="warning">Read only</Badge>}
        {facilitator && <BoardLockButton boardId={board.id} locked={locked} />}
      </div>
      <div className="workspace-status">
        <ConnectionBadge status={status} readOnly={readOnly} saving={saving} compact />
      </div>
      <div className="workspace-presence">
        <PresenceBar people={presence} />
      </div>
      {/* The live workshop's row for participants and observers goes here (facilitation/LiveBar). */}
      <div id="live-header-slot" className="workspace-live" />
    </header>
  );
}

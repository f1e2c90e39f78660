import { Link } from 'wouter';
import type { BoardResponse } from '../apiTypes.js';
import type { ConnectionStatus, Presence } from '../collab/index.js';
import { Badge } from '../ui/Badge.js';
import { BoardLockButton } from './BoardLockButton.js';
import { ConnectionBadge } from '../ui/ConnectionBadge.js';
import { PresenceBar } from './PresenceBar.js';
import boardMessages from 'virtual:messages/en/board';
import { addEnglish, useI18n } from '../i18n/index.js';
import { boardKindName, boardKindPurpose } from '../labels.js';
import './workspace.css';

addEnglish(boardMessages);

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
  /** Audience members watching (SPEC W4): a number, never people. */
  watching: number;
  /** The group whose board this is, shown as its own chip so a shortened title never hides it. */
  groupName: string | null;
}

/** Initials drawn in the header before the rest count as "+3". */
const avatarsShown = 3;

/** The board's title without " — Group 1" (the group shows as a chip instead); the title whole otherwise. */
export function titleWithoutGroup(title: string, groupName: string | null): string {
  if (!groupName) return title;
  const part = ` — ${groupName}`;
  const at = title.indexOf(part);
  if (at <= 0) return title;
  const after = title.slice(at + part.length);
  return after === '' || after.startsWith(' — ') ? title.slice(0, at) + after : title;
}

/**
 * The one slim row above a board: the workshop to go back to, the board, whether it is live,
 * who is here, and (in the slot, from facilitation/LiveBar) the activity, timer, hand and
 * reactions. One row at any width, so the board keeps the rest of the window.
 */
export function WorkspaceHeader({ info, status, readOnly, locked, facilitator, saving, presence, watching, groupName }: Props) {
  const { t } = useI18n(); // the kind's name and purpose below too are in the person's language
  const { board, workshop } = info;
  const shortTitle = titleWithoutGroup(board.title, groupName);
  const chip = shortTitle !== board.title ? groupName : null;
  const back = t('board.back', { workshop: workshop.title });
  return (
    <header className="workspace-header">
      <Link className="workspace-back" href={`/w/${encodeURIComponent(workshop.id)}`} title={back}>
        {/* Read out whole ("Back to …" in the person's language); the title alone shows. */}
        <span aria-hidden="true">←</span> <span className="visually-hidden">{back}</span>
        <span className="workspace-back-text" aria-hidden="true">
          {workshop.title}
        </span>
      </Link>
      <div className="workspace-board" title={boardKindPurpose(board.kind)}>
        {/* The title shortens first; the group and whether the board can be changed always show. */}
        <h1 className="workspace-title">
          <span className="workspace-title-text" title={board.title}>
            {shortTitle}
          </span>
          {chip && (
            <>
              <span className="visually-hidden"> — </span>
              <span className="workspace-group">{chip}</span>
            </>
          )}
        </h1>
        <Badge className="workspace-kind">{boardKindName(board.kind)}</Badge>
        {locked ? (
          <Badge tone="warning" className="workspace-access">
            {t('board.locked')}
          </Badge>
        ) : (
          readOnly && (
            <Badge tone="warning" className="workspace-access">
              {t('board.readOnly')}
            </Badge>
          )
        )}
        {facilitator && <BoardLockButton boardId={board.id} locked={locked} />}
      </div>
      <div className="workspace-status">
        <ConnectionBadge status={status} readOnly={readOnly} saving={saving} compact />
      </div>
      <div className="workspace-presence">
        <PresenceBar people={presence} shown={avatarsShown} watching={watching} />
      </div>
      {/* The live workshop's row for participants and observers goes here (facilitation/LiveBar). */}
      <div id="live-header-slot" className="workspace-live" />
    </header>
  );
}

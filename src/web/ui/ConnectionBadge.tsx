import type { ConnectionStatus } from '../collab/index.js';

const text: Record<ConnectionStatus['state'], string> = {
  connecting: 'Connecting…',
  synced: 'Live: changes are shared as you make them.',
  offline: 'Offline: reconnecting by itself. Your changes are kept and sent when the connection is back.',
  refused: 'Not connected',
};

const shortText: Record<ConnectionStatus['state'], string> = {
  connecting: 'Connecting…',
  synced: 'Live',
  offline: 'Offline',
  refused: 'Not connected',
};

/** What "live" means for someone who may not edit: they watch. */
const readOnlyText: Partial<Record<ConnectionStatus['state'], string>> = {
  synced: 'Live: you see changes as others make them',
  offline: 'Offline: reconnecting by itself.',
};

/** Whether this person's edits are on the server's disk, shown only while live and editing. */
function SaveState({ saving }: { saving: boolean }) {
  return (
    <span className={saving ? 'connection-saving' : 'connection-saved'}>
      {saving ? ' Saving… your latest changes are not stored yet; keep this page open.' : ' All changes saved.'}
    </span>
  );
}

/** The board's connection state in words, with a shape beside it (never colour alone). */
export function ConnectionBadge({
  status,
  readOnly = false,
  saving = false,
  compact = false,
}: {
  status: ConnectionStatus;
  readOnly?: boolean;
  saving?: boolean;
  /** One word on screen (a slim header); the whole sentence is still read out. */
  compact?: boolean;
}) {
  const word = status.state === 'synced' && !readOnly ? (saving ? 'Saving…' : 'Saved') : shortText[status.state];
  return (
    // The compact word is drawn by CSS (workspace.css) from data-word, outside the status text.
    <p className={`connection connection-${status.state}`} role="status" data-word={compact ? word : undefined}>
      <span className="connection-mark" aria-hidden="true" />
      <span className={compact ? 'visually-hidden' : undefined}>
        <span className="visually-hidden">Connection: </span>
        {(readOnly && readOnlyText[status.state]) || text[status.state]}
        {status.state === 'synced' && !readOnly && <SaveState saving={saving} />}
        {status.state === 'offline' && status.reason && <span className="connection-reason"> {status.reason}</span>}
      </span>
    </p>
  );
}

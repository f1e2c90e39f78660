import type { ConnectionStatus } from '../collab/index.js';

const text: Record<ConnectionStatus['state'], string> = {
  connecting: 'Connecting…',
  synced: 'Live: changes are shared as you make them',
  offline: 'Offline: reconnecting by itself. Your changes are kept and sent when the connection is back.',
  refused: 'Not connected',
};

/** What "live" means for someone who may not edit: they watch. */
const readOnlyText: Partial<Record<ConnectionStatus['state'], string>> = {
  synced: 'Live: you see changes as others make them',
  offline: 'Offline: reconnecting by itself.',
};

/** The board's connection state in words, with a shape beside it (never colour alone). */
export function ConnectionBadge({ status, readOnly = false }: { status: ConnectionStatus; readOnly?: boolean }) {
  return (
    <p className={`connection connection-${status.state}`} role="status">
      <span className="connection-mark" aria-hidden="true" />
      <span>
        <span className="visually-hidden">Connection: </span>
        {(readOnly && readOnlyText[status.state]) || text[status.state]}
        {status.state === 'offline' && status.reason && <span className="connection-reason"> {status.reason}</span>}
      </span>
    </p>
  );
}

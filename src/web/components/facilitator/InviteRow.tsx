import { useId, useRef, useState } from 'react';
import { api } from '../../api.js';
import type { InviteSummary } from '../../apiTypes.js';
import { CopyButton } from '../../ui/CopyButton.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';

interface Props {
  workshopId: string;
  invite: InviteSummary;
  /** What the link is for, e.g. "Participant link for Group 1". */
  label: string;
  onChanged: () => void;
}

/**
 * One live invite link: the full address to select or copy, and Revoke with a confirmation step
 * that asks whether the people who joined with it go too (unticked: they stay).
 */
export function InviteRow({ workshopId, invite, label, onChanged }: Props) {
  const url = `${window.location.origin}${invite.path}`;
  const source = useRef<HTMLElement>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // Asked, never implied: revoking alone only stops new joins.
  const [endSessions, setEndSessions] = useState(false);
  const endSessionsId = useId();

  async function revoke() {
    setBusy(true);
    setError(null);
    try {
      await api.delete(`/api/workshops/${encodeURIComponent(workshopId)}/invites/${encodeURIComponent(invite.code)}`, { endSessions });
      onChanged();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  const lower = label.charAt(0).toLowerCase() + label.slice(1);
  return (
    <li className="invite">
      <p className="invite-label">{label}</p>
      <code className="invite-url" ref={source}>
        {url}
      </code>
      <div className="invite-actions">
        <CopyButton text={url} label={`Copy ${lower}`} source={source} />
        {!confirming && (
          <button
            type="button"
            className="button button-small button-danger"
            aria-label={`Revoke ${lower}`}
            onClick={() => setConfirming(true)}
          >
            Revoke
          </button>
        )}
      </div>
      {confirming && (
        <div className="confirm" role="group" aria-label={`Confirm revoking the ${lower}`}>
          <p>Revoke this link? Nobody can join with it any more.</p>
          <p className="confirm-option">
            <input id={endSessionsId} type="checkbox" checked={endSessions} onChange={(e) => setEndSessions(e.target.checked)} />{' '}
            <label htmlFor={endSessionsId}>
              Also remove everyone who joined with it: they are disconnected at once; the notes they wrote stay
            </label>
          </p>
          <button type="button" className="button button-small button-danger" disabled={busy} onClick={() => void revoke()}>
            Yes, revoke
          </button>
          <button type="button" className="button button-small" disabled={busy} onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
      {error !== null && <ErrorNotice error={error} title="The link was not revoked" />}
    </li>
  );
}

import { useId, useRef, useState } from 'react';
import { api } from '../../api.js';
import type { InviteSummary } from '../../apiTypes.js';
import { CopyButton } from '../../ui/CopyButton.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import facilitatorMessages from 'virtual:messages/en/facilitator';
import { addEnglish, useI18n } from '../../i18n/index.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';

addEnglish(facilitatorMessages);

interface Props {
  workshopId: string;
  invite: InviteSummary;
  /** What the link is for: `label` as its heading ("Participant link for Group 1"), `phrase` within a sentence ("participant link for Group 1"). */
  link: { label: string; phrase: string };
  onChanged: () => void;
}

/**
 * One live invite link: the full address to select or copy, and Revoke with a confirmation step
 * that asks whether the people who joined with it go too (unticked: they stay).
 */
export function InviteRow({ workshopId, invite, link, onChanged }: Props) {
  const { t } = useI18n();
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

  return (
    <li className="invite">
      <p className="invite-label">{link.label}</p>
      <code className="invite-url" ref={source}>
        {url}
      </code>
      <div className="invite-actions">
        <CopyButton text={url} label={t('facilitator.invite.copy', { link: link.phrase })} source={source} />
        {!confirming && (
          <button
            type="button"
            className="button button-small button-danger"
            aria-label={t('facilitator.invite.revoke', { link: link.phrase })}
            onClick={() => setConfirming(true)}
          >
            {t('facilitator.invite.revokeShort')}
          </button>
        )}
      </div>
      {confirming && (
        <div className="confirm" role="group" aria-label={t('facilitator.invite.confirmLabel', { link: link.phrase })}>
          <p>{t('facilitator.invite.question')}</p>
          <p className="confirm-option">
            <input id={endSessionsId} type="checkbox" checked={endSessions} onChange={(e) => setEndSessions(e.target.checked)} />{' '}
            <label htmlFor={endSessionsId}>{t('facilitator.invite.endSessions')}</label>
          </p>
          <button type="button" className="button button-small button-danger" disabled={busy} onClick={() => void revoke()}>
            {t('facilitator.invite.confirm')}
          </button>
          <button type="button" className="button button-small" disabled={busy} onClick={() => setConfirming(false)}>
            {t('facilitator.invite.cancel')}
          </button>
        </div>
      )}
      {error !== null && <ErrorNotice error={apiErrorText(error)} title={t('facilitator.invite.failed')} />}
    </li>
  );
}

import { useState } from 'react';
import { api } from '../../api.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import facilitatorMessages from 'virtual:messages/en/facilitator';
import { addEnglish, useI18n } from '../../i18n/index.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';

addEnglish(facilitatorMessages);

interface Props {
  workshopId: string;
  person: { id: string; name: string };
  onRemoved: () => void;
}

/**
 * Remove, with a confirmation step that says what it does: the person is disconnected at once
 * and cannot come back with their old link or session; what they wrote stays on the boards.
 */
export function RemovePerson({ workshopId, person, onRemoved }: Props) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function remove() {
    setBusy(true);
    setError(null);
    try {
      await api.delete(`/api/workshops/${encodeURIComponent(workshopId)}/participants/${encodeURIComponent(person.id)}`);
      onRemoved();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  if (!confirming) {
    return (
      <button
        type="button"
        className="button button-small button-danger"
        aria-label={t('facilitator.removePerson.label', { name: person.name })}
        onClick={() => setConfirming(true)}
      >
        {t('facilitator.removePerson.button')}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={t('facilitator.removePerson.confirmLabel', { name: person.name })}>
      <p>{t('facilitator.removePerson.question', { name: person.name })}</p>
      <button type="button" className="button button-small button-danger" disabled={busy} onClick={() => void remove()}>
        {t('facilitator.removePerson.confirm')}
      </button>
      <button type="button" className="button button-small" disabled={busy} onClick={() => setConfirming(false)}>
        {t('facilitator.removePerson.cancel')}
      </button>
      {error !== null && <ErrorNotice error={apiErrorText(error)} title={t('facilitator.removePerson.failed', { name: person.name })} />}
    </div>
  );
}

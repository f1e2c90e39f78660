import { useState } from 'react';
import { useLocation } from 'wouter';
import { api } from '../../api.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import facilitatorMessages from 'virtual:messages/en/facilitator';
import { addEnglish, useI18n } from '../../i18n/index.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';

addEnglish(facilitatorMessages);

/**
 * The owner deletes the workshop and everything in it (DELETE /api/workshops/:id), after a
 * second, explicit "yes". Everyone on its boards is disconnected; the server keeps nothing.
 */
export function DeleteWorkshop({ workshop }: { workshop: { id: string; title: string } }) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function remove() {
    setBusy(true);
    setError(null);
    try {
      await api.delete(`/api/workshops/${encodeURIComponent(workshop.id)}`);
      navigate('/facilitator');
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <section className="tool delete-workshop" aria-labelledby="delete-workshop-title">
      <h3 id="delete-workshop-title">{t('facilitator.delete.title')}</h3>
      <p>{t('facilitator.delete.intro')}</p>
      {confirming ? (
        <div className="delete-workshop-confirm" role="group" aria-label={t('facilitator.delete.confirmLabel')}>
          <p>
            <strong>{t('facilitator.delete.question', { title: workshop.title })}</strong>
          </p>
          <p>
            <button type="button" className="button button-danger" disabled={busy} onClick={() => void remove()}>
              {busy ? t('facilitator.delete.busy') : t('facilitator.delete.confirm')}
            </button>{' '}
            <button type="button" className="button button-quiet" disabled={busy} onClick={() => setConfirming(false)}>
              {t('facilitator.delete.keep')}
            </button>
          </p>
        </div>
      ) : (
        <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
          {t('facilitator.delete.open')}
        </button>
      )}
      {error !== null && <ErrorNotice error={apiErrorText(error)} title={t('facilitator.delete.failed')} />}
    </section>
  );
}

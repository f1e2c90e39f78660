import { useState } from 'react';
import { api } from '../../api.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import homeMessages from 'virtual:messages/en/home';
import { addEnglish, useI18n } from '../../i18n/index.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';

addEnglish(homeMessages);

/**
 * "Remove my name" (SPEC K6): a person who joined by invite takes their name and organisation
 * off the workshop, after saying yes. Their notes stay, without author.
 */
export function RemoveMyName({ name, onRemoved }: { name: string; onRemoved: () => void }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(name === '');

  async function remove() {
    setBusy(true);
    setError(null);
    try {
      await api.post('/api/me/remove-name', {});
      setDone(true);
      setAsking(false);
      onRemoved();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  if (done) return <p role="status">{t('home.removeName.done')}</p>;
  return (
    <div>
      <p>{t('home.removeName.intro')}</p>
      {!asking ? (
        <button type="button" className="button" onClick={() => setAsking(true)}>
          {t('home.removeName.button')}
        </button>
      ) : (
        <div role="group" aria-labelledby="remove-name-question">
          <p id="remove-name-question">
            <strong>{t('home.removeName.question', { name })}</strong> {t('home.removeName.final')}
          </p>
          <button type="button" className="button button-danger" disabled={busy} onClick={() => void remove()}>
            {t('home.removeName.confirm')}
          </button>{' '}
          <button type="button" className="button button-quiet" disabled={busy} onClick={() => setAsking(false)}>
            {t('home.removeName.cancel')}
          </button>
        </div>
      )}
      {error !== null && <ErrorNotice error={apiErrorText(error)} title={t('home.removeName.failed')} />}
    </div>
  );
}

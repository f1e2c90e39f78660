import { useState, type FormEvent } from 'react';
import { api } from '../../api.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import facilitatorMessages from 'virtual:messages/en/facilitator';
import { addEnglish, useI18n } from '../../i18n/index.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';

addEnglish(facilitatorMessages);

/** Adds a group to the workshop (POST /api/workshops/:id/groups). */
export function AddGroupForm({ workshopId, onAdded }: { workshopId: string; onAdded: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [nameMissing, setNameMissing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function add(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setNameMissing(!name.trim());
    if (!name.trim()) {
      return;
    }
    setBusy(true);
    try {
      await api.post(`/api/workshops/${encodeURIComponent(workshopId)}/groups`, { name: name.trim() });
      setName('');
      onAdded();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void add(e)} noValidate className="tool inline-form">
      <h3 id="add-group-title">{t('facilitator.addGroup.title')}</h3>
      <div className="field">
        <label htmlFor="add-group-name">{t('facilitator.addGroup.name')}</label>
        <input id="add-group-name" type="text" maxLength={80} value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <button type="submit" className="button" disabled={busy}>
        {t('facilitator.addGroup.submit')}
      </button>
      {(nameMissing || error !== null) && (
        <ErrorNotice
          error={nameMissing ? t('facilitator.addGroup.nameMissing') : apiErrorText(error)}
          title={t('facilitator.addGroup.failed')}
        />
      )}
    </form>
  );
}

import { useRef, useState, type FormEvent } from 'react';
import { apiTokenDays, type ApiTokenScope } from '../../../domain/index.js';
import { api } from '../../api.js';
import type { ApiTokenView } from '../../apiTypes.js';
import { CopyButton } from '../../ui/CopyButton.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import tokenMessages from 'virtual:messages/en/facilitator.tokens';
import { addEnglish, useI18n } from '../../i18n/index.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';

addEnglish(tokenMessages);

/** Creates a personal API token (POST /api/account/tokens) and shows it, this once (SPEC N3). */
export function ApiTokenForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [scope, setScope] = useState<ApiTokenScope>('read');
  const [days, setDays] = useState('30');
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const shown = useRef<HTMLElement>(null);

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setSecret(null);
    setBusy(true);
    try {
      const made = await api.post<{ token: ApiTokenView; secret: string }>('/api/account/tokens', {
        name: name.trim(),
        scope,
        expiresInDays: Number(days),
      });
      setSecret(made.secret);
      setName('');
      onCreated();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void create(e)} noValidate className="tool">
      <h3>{t('facilitator.tokens.new')}</h3>
      <div className="field">
        <label htmlFor="token-name">{t('facilitator.tokens.name')}</label>
        <input id="token-name" type="text" maxLength={80} value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <fieldset className="field">
        <legend>{t('facilitator.tokens.scope')}</legend>
        <label>
          <input type="radio" name="token-scope" checked={scope === 'read'} onChange={() => setScope('read')} />{' '}
          {t('facilitator.tokens.scope.read')}
        </label>
        <label>
          <input type="radio" name="token-scope" checked={scope === 'read-write'} onChange={() => setScope('read-write')} />{' '}
          {t('facilitator.tokens.scope.readWrite')}
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor="token-days">{t('facilitator.tokens.days')}</label>
        <input
          id="token-days"
          type="number"
          min={apiTokenDays.min}
          max={apiTokenDays.max}
          step={1}
          value={days}
          onChange={(e) => setDays(e.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={busy}>
        {t('facilitator.tokens.create')}
      </button>
      {error !== null && <ErrorNotice error={apiErrorText(error)} title={t('facilitator.tokens.createFailed')} />}
      {secret && (
        <div role="status" className="notice">
          <p className="notice-title">{t('facilitator.tokens.copyNow')}</p>
          <p>
            <code ref={shown}>{secret}</code> <CopyButton text={secret} label={t('facilitator.tokens.copy')} source={shown} />
          </p>
          <p className="muted">{t('facilitator.tokens.header')}</p>
        </div>
      )}
    </form>
  );
}

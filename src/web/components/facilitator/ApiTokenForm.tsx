import { useRef, useState, type FormEvent } from 'react';
import { apiTokenDays, type ApiTokenScope } from '../../../domain/index.js';
import { api } from '../../api.js';
import type { ApiTokenView } from '../../apiTypes.js';
import { CopyButton } from '../../ui/CopyButton.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';

/** Creates a personal API token (POST /api/account/tokens) and shows it, this once (SPEC N3). */
export function ApiTokenForm({ onCreated }: { onCreated: () => void }) {
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
      <h3>New API token</h3>
      <div className="field">
        <label htmlFor="token-name">What it is for</label>
        <input id="token-name" type="text" maxLength={80} value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <fieldset className="field">
        <legend>It may</legend>
        <label>
          <input type="radio" name="token-scope" checked={scope === 'read'} onChange={() => setScope('read')} /> read only
        </label>
        <label>
          <input type="radio" name="token-scope" checked={scope === 'read-write'} onChange={() => setScope('read-write')} /> read and change
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor="token-days">Expires after (days)</label>
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
        Create token
      </button>
      {error !== null && <ErrorNotice error={error} title="The token was not created" />}
      {secret && (
        <div role="status" className="notice">
          <p className="notice-title">Copy your token now: it is not shown again.</p>
          <p>
            <code ref={shown}>{secret}</code> <CopyButton text={secret} label="Copy the new API token" source={shown} />
          </p>
          <p className="muted">Send it as the header Authorization: Bearer followed by the token.</p>
        </div>
      )}
    </form>
  );
}

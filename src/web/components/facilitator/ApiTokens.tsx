import { useState } from 'react';
import { api } from '../../api.js';
import type { ApiTokenView } from '../../apiTypes.js';
import { useResource } from '../../hooks/useResource.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import { Loading } from '../../ui/Loading.js';
import { ApiTokenForm } from './ApiTokenForm.js';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function stateOf(token: ApiTokenView, now: number): string {
  if (token.revokedAt) return `revoked ${dateFormat.format(new Date(token.revokedAt))}`;
  const expires = new Date(token.expiresAt);
  return `${expires.getTime() <= now ? 'expired' : 'expires'} ${dateFormat.format(expires)}`;
}

/** The facilitator's personal API tokens for scripts (SPEC N3): list, revoke, create. */
export function ApiTokens() {
  const tokens = useResource<{ tokens: ApiTokenView[] }>('/api/account/tokens');
  const [error, setError] = useState<unknown>(null);

  async function revoke(token: ApiTokenView) {
    setError(null);
    try {
      await api.delete(`/api/account/tokens/${encodeURIComponent(token.id)}`);
      tokens.reload();
    } catch (e) {
      setError(e);
    }
  }

  const now = Date.now();
  return (
    <section aria-labelledby="api-tokens-title">
      <h2 id="api-tokens-title">API tokens</h2>
      <p className="muted">
        For your scripts: the API is described at <a href="/api/docs">/api/docs</a> (<a href="/api/openapi.json">OpenAPI</a>). A token acts
        as you; a read token cannot change anything.
      </p>
      {tokens.status === 'loading' && <Loading what="your API tokens" />}
      {tokens.status === 'error' && <ErrorNotice error={tokens.error} title="Your API tokens could not be loaded" />}
      {tokens.status === 'ok' && tokens.data.tokens.length === 0 && <p>You have no API tokens.</p>}
      {tokens.status === 'ok' && tokens.data.tokens.length > 0 && (
        <ul className="card-list">
          {tokens.data.tokens.map((t) => (
            <li key={t.id} className="card">
              <span className="card-title">{t.name}</span>
              <p className="muted">
                {t.scope === 'read' ? 'Read only' : 'Read and change'} · {stateOf(t, now)}
              </p>
              {!t.revokedAt && (
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => void revoke(t)}
                  aria-label={`Revoke the token ${t.name}`}
                >
                  Revoke
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {error !== null && <ErrorNotice error={error} title="The token was not revoked" />}
      <ApiTokenForm onCreated={tokens.reload} />
    </section>
  );
}

import { useState } from 'react';
import { api } from '../../api.js';
import type { ApiTokenView } from '../../apiTypes.js';
import { useResource } from '../../hooks/useResource.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import { Loading } from '../../ui/Loading.js';
import { ApiTokenForm } from './ApiTokenForm.js';
import tokenMessages from 'virtual:messages/en/facilitator.tokens';
import { addEnglish, translate, useI18n } from '../../i18n/index.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { inside, WithInside } from '../../i18n/WithInside.js';

addEnglish(tokenMessages);

/** Where the API is described, and its format by its own name: the same in every language. */
const docsPath = '/api/docs';
const openApi = 'OpenAPI';

/** "expires 6 Dec 2026", in the interface's language; called while drawing ApiTokens, which uses `useI18n`. */
function stateOf(token: ApiTokenView, now: number, locale: string): string {
  const day = (iso: string) => new Intl.DateTimeFormat(locale === 'en' ? undefined : locale, { dateStyle: 'medium' }).format(new Date(iso));
  if (token.revokedAt) return translate('facilitator.tokens.revokedOn', { date: day(token.revokedAt) });
  const expires = new Date(token.expiresAt);
  const date = day(token.expiresAt);
  return expires.getTime() <= now
    ? translate('facilitator.tokens.expiredOn', { date })
    : translate('facilitator.tokens.expiresOn', { date });
}

/** The facilitator's personal API tokens for scripts (SPEC N3): list, revoke, create. */
export function ApiTokens() {
  const { t, locale } = useI18n();
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
      <h2 id="api-tokens-title">{t('facilitator.tokens.title')}</h2>
      <p className="muted">
        <WithInside message={t('facilitator.tokens.intro', { docs: inside })}>
          <a href={docsPath}>{docsPath}</a> (<a href="/api/openapi.json">{openApi}</a>)
        </WithInside>
      </p>
      {tokens.status === 'loading' && <Loading what="your API tokens" />}
      {tokens.status === 'error' && <ErrorNotice error={apiErrorText(tokens.error)} title={t('facilitator.tokens.loadFailed')} />}
      {tokens.status === 'ok' && tokens.data.tokens.length === 0 && <p>{t('facilitator.tokens.none')}</p>}
      {tokens.status === 'ok' && tokens.data.tokens.length > 0 && (
        <ul className="card-list">
          {tokens.data.tokens.map((token) => (
            <li key={token.id} className="card">
              <span className="card-title">{token.name}</span>
              <p className="muted">
                {token.scope === 'read' ? t('facilitator.tokens.readOnly') : t('facilitator.tokens.readWrite')} ·{' '}
                {stateOf(token, now, locale)}
              </p>
              {!token.revokedAt && (
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => void revoke(token)}
                  aria-label={t('facilitator.tokens.revoke', { name: token.name })}
                >
                  {t('facilitator.tokens.revokeShort')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {error !== null && <ErrorNotice error={apiErrorText(error)} title={t('facilitator.tokens.revokeFailed')} />}
      <ApiTokenForm onCreated={tokens.reload} />
    </section>
  );
}

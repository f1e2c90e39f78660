import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { api, isApiError } from '../api.js';
import type { JoinResponse } from '../apiTypes.js';
import { ErrorNotice } from '../ui/ErrorNotice.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useSession } from '../session/session.js';
import { maxPersonNameLength } from '../../shared/index.js';
import joinMessages from 'virtual:messages/en/join';
import { addEnglish, lookUpInvite, useI18n } from '../i18n/index.js';
import { inside, WithInside } from '../i18n/WithInside.js';
import { apiErrorText } from '../i18n/apiErrorText.js';
import { WhatWeKeep } from '../components/retention/WhatWeKeep.js';

addEnglish(joinMessages);

/** Invite problems the person cannot fix by retyping: the link itself is no good. */
const deadInvite = new Set(['INVITE_NOT_FOUND', 'INVITE_REVOKED']);

/** `/join/:code`: join a workshop with a name and an organisation, no account needed. */

export function JoinPage({ code }: { code: string }) {
  const { t } = useI18n();
  useDocumentTitle(t('join.documentTitle'));
  const [, navigate] = useLocation();
  const { refresh } = useSession();
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [nameMissing, setNameMissing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // A link that opens nothing says so at once, before anyone types a name (the same answer
  // that gave the page its language); if the server cannot be asked, "Join" finds out.
  useEffect(() => {
    let current = true;
    void lookUpInvite(code).then(({ problem }) => {
      if (current && problem && deadInvite.has(problem.code)) setError(problem);
    });
    return () => {
      current = false;
    };
  }, [code]);

  async function join(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!name.trim()) {
      setNameMissing(true);
      return;
    }
    setBusy(true);
    try {
      const answer = await api.post<JoinResponse>('/api/join', { invite: code, name: name.trim(), organisation: organisation.trim() });
      refresh();
      navigate(`/w/${encodeURIComponent(answer.workshop.id)}`);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  const linkIsDead = isApiError(error) && deadInvite.has(error.code);

  return (
    <section className="panel narrow">
      <h1 id="join-title">{t('join.title')}</h1>
      <p>{t('join.intro')}</p>

      {linkIsDead ? (
        <ErrorNotice error={apiErrorText(error)} title={t('join.deadLink.title')}>
          <p>
            <WithInside message={t('join.deadLink.next', { startPage: inside })}>
              <Link href="/">{t('join.deadLink.startPage')}</Link>
            </WithInside>
          </p>
        </ErrorNotice>
      ) : (
        error !== null && <ErrorNotice error={apiErrorText(error)} title={t('join.notJoined')} />
      )}

      {!linkIsDead && (
        <form onSubmit={(e) => void join(e)} noValidate>
          <div className="field">
            <label htmlFor="join-name">{t('join.name.label')}</label>
            <input
              id="join-name"
              type="text"
              autoComplete="name"
              maxLength={maxPersonNameLength}
              required
              value={name}
              onChange={(e) => {
                setName(e.target.value);
                setNameMissing(false);
              }}
              aria-invalid={nameMissing ? true : undefined}
              aria-describedby={nameMissing ? 'join-name-hint join-name-problem' : 'join-name-hint'}
            />
            <p id="join-name-hint" className="hint" aria-live="polite">
              {name.length >= maxPersonNameLength
                ? t('join.name.atMost', { max: maxPersonNameLength })
                : t('join.name.hint', { max: maxPersonNameLength })}
            </p>
            {nameMissing && (
              <p id="join-name-problem" className="field-error" role="alert">
                {t('join.name.missing')}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor="join-organisation">{t('join.organisation.label')}</label>
            <input
              id="join-organisation"
              type="text"
              autoComplete="organization"
              maxLength={120}
              value={organisation}
              onChange={(e) => setOrganisation(e.target.value)}
              aria-describedby="join-organisation-hint"
            />
            <p id="join-organisation-hint" className="hint">
              {t('join.organisation.hint')}
            </p>
          </div>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('join.submitting') : t('join.submit')}
          </button>
        </form>
      )}
      <WhatWeKeep />
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { api, isApiError } from '../../api.js';
import type { FacilitatorsResponse } from '../../apiTypes.js';
import type { Resource } from '../../hooks/useResource.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import facilitatorMessages from 'virtual:messages/en/facilitator';
import { addEnglish, msg, useI18n, type MessageKey } from '../../i18n/index.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';

addEnglish(facilitatorMessages);

/**
 * Errors about the address itself are shown at the field, in the person's language; anything
 * else under the section. The server refuses the owner's own address as VALIDATION_FAILED.
 */
function fieldProblemOf(e: unknown): MessageKey | null {
  if (!isApiError(e)) return null;
  if (e.code === 'ACCOUNT_NOT_FOUND') return msg('facilitator.cofac.noAccount');
  if (e.code === 'VALIDATION_FAILED')
    return e.message.includes('owner') ? msg('facilitator.cofac.isOwner') : msg('facilitator.cofac.badEmail');
  return null;
}

/**
 * The workshop home's "Facilitators" section (SPEC A14): who facilitates the workshop; its
 * owner shares it with another facilitator account by e-mail, or takes it back. A
 * co-facilitator sees the list but cannot change it.
 */
export function CoFacilitators({ workshopId, facilitators }: { workshopId: string; facilitators: Resource<FacilitatorsResponse> }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [fieldProblem, setFieldProblem] = useState<MessageKey | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const path = `/api/workshops/${encodeURIComponent(workshopId)}/facilitators`;

  async function run(what: () => Promise<unknown>, done: string) {
    setBusy(true);
    setError(null);
    setFieldProblem(null);
    try {
      await what();
      setStatus(done);
      facilitators.reload();
      return true;
    } catch (e) {
      const atField = fieldProblemOf(e);
      if (atField) setFieldProblem(atField);
      else setError(e);
      setStatus('');
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function share(event: FormEvent) {
    event.preventDefault();
    const address = email.trim();
    if (!address) {
      setFieldProblem(msg('facilitator.cofac.emailMissing'));
      return;
    }
    if (await run(() => api.post(path, { email: address }), t('facilitator.cofac.shared', { email: address }))) setEmail('');
  }

  if (facilitators.status === 'loading') return null;
  if (facilitators.status === 'error')
    return <ErrorNotice error={apiErrorText(facilitators.error)} title={t('facilitator.cofac.loadFailed')} />;
  const { owner, facilitators: shared, canManage } = facilitators.data;
  return (
    <section className="tool" aria-labelledby="co-facilitators-title">
      <h3 id="co-facilitators-title">{t('facilitator.cofac.title')}</h3>
      <ul className="co-facilitators">
        {owner && (
          <li>
            {owner.name} <span className="muted">{t('facilitator.cofac.owner', { email: owner.email })}</span>
          </li>
        )}
        {shared.map((a) => (
          <li key={a.id} className="inline-row">
            <span>
              {a.name} <span className="muted">({a.email})</span>
            </span>
            {canManage && (
              <button
                type="button"
                className="button button-quiet button-small"
                disabled={busy}
                aria-label={t('facilitator.cofac.remove', { name: a.name })}
                onClick={() =>
                  void run(() => api.delete(`${path}/${encodeURIComponent(a.id)}`), t('facilitator.cofac.removed', { email: a.email }))
                }
              >
                {t('facilitator.cofac.removeShort')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {canManage ? (
        <form className="inline-row" onSubmit={(e) => void share(e)} noValidate>
          <div className="field">
            <label htmlFor="co-facilitator-email">{t('facilitator.cofac.email')}</label>
            <input
              id="co-facilitator-email"
              type="email"
              autoComplete="off"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              aria-invalid={fieldProblem !== null}
              aria-describedby={fieldProblem ? 'co-facilitator-email-problem' : 'co-facilitator-email-hint'}
            />
            <p id="co-facilitator-email-hint" className="muted">
              {t('facilitator.cofac.email.hint')}
            </p>
            {fieldProblem && (
              <p id="co-facilitator-email-problem" className="field-error">
                {t(fieldProblem)}
              </p>
            )}
          </div>
          <button type="submit" className="button" disabled={busy}>
            {t('facilitator.cofac.share')}
          </button>
        </form>
      ) : (
        <p className="muted">{t('facilitator.cofac.ownerOnly')}</p>
      )}
      <p role="status">{status}</p>
      {error !== null && <ErrorNotice error={apiErrorText(error)} title={t('facilitator.cofac.failed')} />}
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { api, isApiError } from '../../api.js';
import type { FacilitatorsResponse } from '../../apiTypes.js';
import type { Resource } from '../../hooks/useResource.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';

/** Errors about the address itself are shown at the field; anything else under the section. */
const fieldCodes = new Set(['ACCOUNT_NOT_FOUND', 'VALIDATION_FAILED']);

/**
 * The workshop home's "Facilitators" section (SPEC A14): who facilitates the workshop; its
 * owner shares it with another facilitator account by e-mail, or takes it back. A
 * co-facilitator sees the list but cannot change it.
 */
export function CoFacilitators({ workshopId, facilitators }: { workshopId: string; facilitators: Resource<FacilitatorsResponse> }) {
  const [email, setEmail] = useState('');
  const [fieldProblem, setFieldProblem] = useState<string | null>(null);
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
      if (isApiError(e) && fieldCodes.has(e.code)) setFieldProblem(e.message);
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
      setFieldProblem('Give the e-mail address of their facilitator account.');
      return;
    }
    if (await run(() => api.post(path, { email: address }), `Shared with ${address}.`)) setEmail('');
  }

  if (facilitators.status === 'loading') return null;
  if (facilitators.status === 'error') return <ErrorNotice error={facilitators.error} title="The facilitators could not be listed" />;
  const { owner, facilitators: shared, canManage } = facilitators.data;
  return (
    <section className="tool" aria-labelledby="co-facilitators-title">
      <h3 id="co-facilitators-title">Facilitators</h3>
      <ul className="co-facilitators">
        {owner && (
          <li>
            {owner.name} <span className="muted">({owner.email}, owner)</span>
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
                onClick={() =>
                  void run(() => api.delete(`${path}/${encodeURIComponent(a.id)}`), `${a.email} no longer facilitates this workshop.`)
                }
              >
                Remove<span className="visually-hidden"> {a.name} as a facilitator</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {canManage ? (
        <form className="inline-row" onSubmit={(e) => void share(e)} noValidate>
          <div className="field">
            <label htmlFor="co-facilitator-email">E-mail of a facilitator account</label>
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
              They see this workshop in their list and can run it with you; only you can delete it or change who facilitates it.
            </p>
            {fieldProblem && (
              <p id="co-facilitator-email-problem" className="field-error">
                {fieldProblem}
              </p>
            )}
          </div>
          <button type="submit" className="button" disabled={busy}>
            Share workshop
          </button>
        </form>
      ) : (
        <p className="muted">Only the workshop’s owner can change who facilitates it.</p>
      )}
      <p role="status">{status}</p>
      {error !== null && <ErrorNotice error={error} title="The facilitators were not changed" />}
    </section>
  );
}

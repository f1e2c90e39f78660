import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { api, isApiError } from '../api.js';
import type { JoinResponse } from '../apiTypes.js';
import { ErrorNotice } from '../ui/ErrorNotice.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useSession } from '../session/session.js';
import { maxPersonNameLength } from '../../shared/index.js';
import { WhatWeKeep } from '../components/retention/WhatWeKeep.js';

/** Invite problems the person cannot fix by retyping: the link itself is no good. */
const deadInvite = new Set(['INVITE_NOT_FOUND', 'INVITE_REVOKED']);

/** `/join/:code`: join a workshop with a name and an organisation, no account needed. */

export function JoinPage({ code }: { code: string }) {
  useDocumentTitle('Join a workshop');
  const [, navigate] = useLocation();
  const { refresh } = useSession();
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [nameProblem, setNameProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function join(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!name.trim()) {
      setNameProblem('Enter your name, so the others know who wrote what.');
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
      <h1 id="join-title">Join the workshop</h1>
      <p>Tell the others who you are. You do not need an account; your name and organisation are shown to the people in this workshop.</p>

      {linkIsDead ? (
        <ErrorNotice error={error} title="This invite link does not work">
          <p>
            When you have a new link, open it, or <Link href="/">paste it on the start page</Link>.
          </p>
        </ErrorNotice>
      ) : (
        error !== null && <ErrorNotice error={error} title="You have not joined yet" />
      )}

      <form onSubmit={(e) => void join(e)} noValidate>
        <div className="field">
          <label htmlFor="join-name">Name</label>
          <input
            id="join-name"
            type="text"
            autoComplete="name"
            maxLength={maxPersonNameLength}
            required
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setNameProblem(null);
            }}
            aria-invalid={nameProblem ? true : undefined}
            aria-describedby={nameProblem ? 'join-name-hint join-name-problem' : 'join-name-hint'}
          />
          <p id="join-name-hint" className="hint" aria-live="polite">
            {name.length >= maxPersonNameLength
              ? `That is ${maxPersonNameLength} characters, the most a name can have.`
              : `How others see you on the boards: up to ${maxPersonNameLength} characters.`}
          </p>
          {nameProblem && (
            <p id="join-name-problem" className="field-error" role="alert">
              {nameProblem}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="join-organisation">Organisation</label>
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
            For example: City Council data team, Fire and Rescue Service, University, or Resident.
          </p>
        </div>
        <button type="submit" className="button button-primary" disabled={busy || linkIsDead}>
          {busy ? 'Joining…' : 'Join'}
        </button>
      </form>
      <WhatWeKeep />
    </section>
  );
}

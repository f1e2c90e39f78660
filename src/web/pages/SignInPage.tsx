import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { api } from '../api.js';
import type { SignInResponse } from '../apiTypes.js';
import { ErrorNotice } from '../ui/ErrorNotice.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useSession } from '../session/session.js';

/** `/signin`: facilitators sign in to their account; participants use invite links instead. */
export function SignInPage() {
  useDocumentTitle('Facilitator sign in');
  const [, navigate] = useLocation();
  const { refresh } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function signIn(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!email.trim() || !password) {
      setError('Enter your email and your password.');
      return;
    }
    setBusy(true);
    try {
      await api.post<SignInResponse>('/api/session', { email: email.trim(), password });
      refresh();
      navigate('/facilitator');
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <section className="panel narrow">
      <h1 id="signin-title">Facilitator sign in</h1>
      <p>
        Taking part in a workshop? You do not need an account: open the invite link you were sent, or <Link href="/">paste it here</Link>.
      </p>
      {error !== null && <ErrorNotice error={error} title="You are not signed in yet" />}
      <form onSubmit={(e) => void signIn(e)} noValidate>
        <div className="field">
          <label htmlFor="signin-email">Email</label>
          <input id="signin-email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="signin-password">Password</label>
          <input
            id="signin-password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p className="hint">No account yet? The administrator of this server creates facilitator accounts.</p>
    </section>
  );
}

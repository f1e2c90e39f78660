import { useState, type FormEvent } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { errorRegistry, type ErrorCode } from '../../shared/index.js';
import { api } from '../api.js';
import type { SignInMethods, SignInResponse } from '../apiTypes.js';
import { ErrorNotice } from '../ui/ErrorNotice.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useResource } from '../hooks/useResource.js';
import { useSession } from '../session/session.js';

/** The message of a refused single sign-on, which the server names in `?error=CODE` (SPEC I2). */
function refusalOf(code: string | null): string | null {
  return code !== null && Object.hasOwn(errorRegistry, code) ? errorRegistry[code as ErrorCode].message : null;
}

/** `/signin`: facilitators sign in to their account; participants use invite links instead. */
export function SignInPage() {
  useDocumentTitle('Facilitator sign in');
  const [, navigate] = useLocation();
  const { refresh } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const methods = useResource<SignInMethods>('/api/session/methods');
  const refusal = refusalOf(new URLSearchParams(useSearch()).get('error'));
  const sso = methods.status === 'ok' ? methods.data.sso : null;
  // Until the answer comes (or if it fails), the form shows: the server says so if passwords are off.
  const passwordOn = methods.status !== 'ok' || methods.data.password;

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
      {refusal !== null && error === null && <ErrorNotice error={refusal} title="You are not signed in yet" />}
      {error !== null && <ErrorNotice error={error} title="You are not signed in yet" />}
      {sso && (
        <p>
          <a className="button button-primary" href={sso.path}>
            Sign in with {sso.name}
          </a>
        </p>
      )}
      {sso && passwordOn && <p className="hint">Or sign in with your e-mail and password:</p>}
      {passwordOn && (
        <form onSubmit={(e) => void signIn(e)} noValidate>
          <div className="field">
            <label htmlFor="signin-email">Email</label>
            <input
              id="signin-email"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
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
      )}
      <p className="hint">
        No account yet?{' '}
        {sso
          ? `Sign in with ${sso.name}: an account is made for you when your e-mail address is in a domain this server accepts.`
          : 'The administrator of this server creates facilitator accounts.'}
      </p>
    </section>
  );
}

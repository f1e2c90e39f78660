import type { ReactNode } from 'react';
import { useSession } from '../session/session.js';
import { ErrorNotice } from '../ui/ErrorNotice.js';
import { Loading } from '../ui/Loading.js';
import { NotSignedIn } from './NotSignedIn.js';

/** Renders `children` only for someone signed in or joined; otherwise says what to do. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { session, refresh } = useSession();
  if (session.state === 'loading') return <Loading what="your session" />;
  if (session.state === 'signed-out') return <NotSignedIn />;
  if (session.state === 'error') {
    return (
      <ErrorNotice error={session.error} title="We could not check who you are">
        <button type="button" className="button" onClick={refresh}>
          Try again
        </button>
      </ErrorNotice>
    );
  }
  return <>{children}</>;
}

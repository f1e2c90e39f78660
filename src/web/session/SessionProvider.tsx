import { useMemo, type ReactNode } from 'react';
import { isApiError } from '../api.js';
import type { MeResponse } from '../apiTypes.js';
import { useResource, type Resource } from '../hooks/useResource.js';
import { SessionContext, sessionFrom, type Session } from './session.js';

function toSession(me: Resource<MeResponse>): Session {
  if (me.status === 'loading') return { state: 'loading' };
  if (me.status === 'ok') return sessionFrom(me.data);
  return isApiError(me.error) && me.error.status === 401 ? { state: 'signed-out' } : { state: 'error', error: me.error };
}

/** Loads GET /api/me once for the whole app; `signedIn: false` (or a 401 from an older server) means nobody is signed in. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const me = useResource<MeResponse>('/api/me');
  const value = useMemo(() => ({ session: toSession(me), refresh: me.restart }), [me]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

import { createContext, useContext } from 'react';
import type { Role } from '../../domain/index.js';
import type { Account, MeResponse, WorkshopRef } from '../apiTypes.js';

/** Who is using the app, from GET /api/me: a facilitator account, a joined person, or nobody. */
export type Session =
  | { state: 'loading' }
  | { state: 'signed-out' }
  | { state: 'error'; error: Error }
  | { state: 'account'; account: Account }
  | {
      state: 'participant';
      participant: { id: string; name: string; organisation: string; role: Role; groupId: string | null };
      /** Null if the workshop has been deleted since joining (the server answers so). */
      workshop: WorkshopRef | null;
    };

export interface SessionValue {
  session: Session;
  /** Asks the server again (showing "loading" meanwhile), after joining, signing in or signing out. */
  refresh: () => void;
}

export const SessionContext = createContext<SessionValue>({ session: { state: 'loading' }, refresh: () => {} });

export function useSession(): SessionValue {
  return useContext(SessionContext);
}

/**
 * Who is signed in is told by the `account` or `participant` the server sends, not by the
 * `signedIn` flag alone: an answer with neither (or a missing flag) must not crash the page.
 */
export function sessionFrom(me: MeResponse): Session {
  if ('account' in me && me.account) return { state: 'account', account: me.account };
  if ('participant' in me && me.participant) return { state: 'participant', participant: me.participant, workshop: me.workshop ?? null };
  return { state: 'signed-out' };
}

/** The name a person goes by in this session, for presence and note authors. */
export function displayName(session: Session): string | null {
  if (session.state === 'account') return session.account.name;
  if (session.state === 'participant') return session.participant.name;
  return null;
}

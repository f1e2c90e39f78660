import type { Board } from '../../domain/index.js';
import type { CollabClaims } from '../auth/collabToken.js';
import type { CollabMember } from './currentMember.js';

/** What the authentication extension learns about a /collab connection, for the others. */
export interface CollabContext {
  claims?: CollabClaims;
  board?: Board;
  /** The holder's standing when the connection opened, refreshed whenever it changes. */
  member?: CollabMember;
  /**
   * An audience member's connection (SPEC W2): the link's code. Such a connection has no
   * claims and no member, so checks of people's standing pass it by; it is always read-only.
   */
  audience?: string;
}

/** A reason a client can show: the stable code, then what to do. */
export function closeReason(code: string, message: string): string {
  return `${code}: ${message}`;
}

import type { Board } from '../../domain/index.js';
import type { CollabClaims } from '../auth/collabToken.js';
import type { CollabMember } from './currentMember.js';

/** What the authentication extension learns about a /collab connection, for the others. */
export interface CollabContext {
  claims?: CollabClaims;
  board?: Board;
  /** The holder's standing when the connection opened, refreshed whenever it changes. */
  member?: CollabMember;
}

/** A reason a client can show: the stable code, then what to do. */
export function closeReason(code: string, message: string): string {
  return `${code}: ${message}`;
}

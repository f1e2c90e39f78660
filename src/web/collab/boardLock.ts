/** What the server says when a facilitator locks or unlocks the board (docs/api.md, SPEC A13). */
export interface BoardLock {
  locked: boolean;
  /** Whether this connection may no longer write: true while locked, and always for an observer. */
  readOnly: boolean;
}

/** The lock in a stateless message from the server, or null for any other message (restored, not trusted). */
export function boardLockFrom(payload: string): BoardLock | null {
  let message: unknown;
  try {
    message = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof message !== 'object' || message === null) return null;
  const { type, locked, readOnly } = message as Record<string, unknown>;
  if (type !== 'board-lock' || typeof locked !== 'boolean') return null;
  return { locked, readOnly: typeof readOnly === 'boolean' ? readOnly : locked };
}

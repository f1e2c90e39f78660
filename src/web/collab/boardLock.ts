/** What the server says when a facilitator locks or unlocks the board (docs/api.md, SPEC A13). */
export interface BoardLock {
  locked: boolean;
  /** Whether this connection may no longer write: true while locked, and always for an observer. */
  readOnly: boolean;
}

/** The lock in a stateless message from the server, or null for any other message (restored, not trusted). */
/** How many audience members watch the board, from the server's stateless message (SPEC W4); null for any other message. */
export function audienceCountFrom(payload: string): number | null {
  try {
    const message = JSON.parse(payload) as { type?: unknown; watching?: unknown } | null;
    return message?.type === 'audience' && typeof message.watching === 'number' && message.watching >= 0 ? message.watching : null;
  } catch {
    return null;
  }
}

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

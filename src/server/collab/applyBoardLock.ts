import type { Connection, Hocuspocus } from '@hocuspocus/server';
import { boardAccess, isLocked, type Board } from '../../domain/index.js';
import type { CollabContext } from './collabContext.js';

/**
 * The stateless message a page gets when its board is locked or unlocked (docs/api.md): whether
 * it is locked, and whether this connection may now write (an observer stays read-only).
 */
export function boardLockMessage(locked: boolean, readOnly: boolean): string {
  return JSON.stringify({ type: 'board-lock', locked, readOnly });
}

/**
 * Decides one connection's write access again from the board as it is now (SPEC A10) and
 * tells its page whether the board is locked. Hocuspocus checks `readOnly` on every incoming
 * edit, so a connection made read-only here has its next edit dropped, not stored.
 */
export function applyLockTo(connection: Connection<CollabContext>, board: Board): void {
  const claims = connection.context.claims;
  connection.readOnly = !claims || boardAccess(claims, board) !== 'write';
  connection.sendStateless(boardLockMessage(isLocked(board), connection.readOnly));
}

/** After a facilitator locks or unlocks a board: everyone on it now, at once. */
export function applyBoardLock(hocuspocus: Hocuspocus, board: Board): void {
  const document = hocuspocus.documents.get(board.id);
  if (!document) return;
  for (const connection of document.getConnections() as Connection<CollabContext>[]) applyLockTo(connection, board);
}

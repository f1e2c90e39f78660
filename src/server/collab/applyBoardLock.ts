import type { Connection, Hocuspocus } from '@hocuspocus/server';
import { isLocked, type Board, type BoardAccess, type Principal } from '../../domain/index.js';
import type { CollabContext } from './collabContext.js';

/**
 * The stateless message a page gets when its board is locked or unlocked (docs/api.md): whether
 * it is locked, and whether this connection may now write (an observer stays read-only).
 */
export function boardLockMessage(locked: boolean, readOnly: boolean): string {
  return JSON.stringify({ type: 'board-lock', locked, readOnly });
}

/**
 * Gives one connection the access `access` (decided from the board as it is now: SPEC A13,
 * with the holder's current record, A10, and the spotlight, A12) and tells its page whether the
 * board is locked. The board is kept in the connection's context, so a later spotlight or group
 * change decides from the lock too. Hocuspocus checks `readOnly` on every incoming edit, so a
 * connection made read-only here has its next edit dropped, not stored.
 */
export function applyLockTo(connection: Connection<CollabContext>, board: Board, access: BoardAccess): void {
  connection.context.board = board;
  connection.readOnly = access !== 'write';
  connection.sendStateless(boardLockMessage(isLocked(board), connection.readOnly));
}

/** Who holds a connection, as the records said when it last changed, else as its token said. */
export function holderOf(connection: Connection<CollabContext>): Principal | null {
  return connection.context.member?.principal ?? connection.context.claims ?? null;
}

/** After a facilitator locks or unlocks a board: everyone on it now, at once. */
export async function applyBoardLock(
  hocuspocus: Hocuspocus,
  board: Board,
  accessOf: (who: Principal, board: Board) => Promise<BoardAccess>,
): Promise<void> {
  const document = hocuspocus.documents.get(board.id);
  if (!document) return;
  for (const connection of document.getConnections() as Connection<CollabContext>[]) {
    const who = holderOf(connection);
    applyLockTo(connection, board, who ? await accessOf(who, board) : 'none');
  }
}

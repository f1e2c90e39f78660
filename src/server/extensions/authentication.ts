import type { beforeSyncPayload, connectedPayload, Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { boardAccess, isLocked } from '../../domain/index.js';
import { errorRegistry } from '../../shared/index.js';
import { verifyCollabToken } from '../auth/collabToken.js';
import { applyLockTo } from '../collab/applyBoardLock.js';
import { closeReason, type CollabContext } from '../collab/collabContext.js';
import type { AppContext } from '../context.js';

const syncUpdate = 2;

function refuse(ctx: AppContext, code: 'TOKEN_INVALID' | 'BOARD_NOT_FOUND' | 'FORBIDDEN', documentName: string): never {
  ctx.config.log(`collab refused ${documentName}: ${code}`);
  throw { reason: closeReason(code, errorRegistry[code].message) };
}

/**
 * Access for /collab (SPEC A1–A5): a valid token bound to a member of the board's workshop;
 * observers get read-only connections; an unknown board is refused, never created.
 */
export function authentication(ctx: AppContext): Extension {
  return {
    extensionName: 'authentication',
    priority: 1000,
    async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload<CollabContext>): Promise<CollabContext> {
      const claims = verifyCollabToken(ctx.tokenSecret, token ?? '', Math.floor(ctx.config.now().getTime() / 1000));
      if (!claims) refuse(ctx, 'TOKEN_INVALID', documentName);
      const board = await ctx.store.getBoard(documentName);
      if (!board) refuse(ctx, 'BOARD_NOT_FOUND', documentName);
      const access = boardAccess(claims, board);
      if (access === 'none') refuse(ctx, 'FORBIDDEN', documentName);
      connectionConfig.readOnly = access === 'read';
      return { claims, board };
    },
    // A lock set while this connection was being authenticated would be missed: read the board
    // again now it is connected; a locked board's page is told so (SPEC A10).
    async connected({ connection, documentName }: connectedPayload<CollabContext>) {
      const board = await ctx.store.getBoard(documentName);
      if (board && (isLocked(board) || connection.context.board?.lockedAt)) applyLockTo(connection, board);
    },
    // Hocuspocus drops a read-only connection's edits (SPEC A4, A8); say so once per edit, in one line.
    async beforeSync({ connection, documentName, type, context }: beforeSyncPayload<CollabContext>) {
      if (connection.readOnly && type === syncUpdate)
        ctx.config.log(
          `collab dropped an edit to read-only ${documentName} from ${context.claims?.role ?? 'someone'} ${context.claims?.sub ?? ''}`,
        );
    },
  };
}

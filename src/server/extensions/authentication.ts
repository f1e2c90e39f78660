import type { beforeSyncPayload, Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { errorRegistry } from '../../shared/index.js';
import { verifyCollabToken } from '../auth/collabToken.js';
import { closeReason, type CollabContext } from '../collab/collabContext.js';
import type { AppContext } from '../context.js';
import { currentBoardAccess } from '../services/currentBoardAccess.js';

const syncUpdate = 2;

function refuse(ctx: AppContext, code: 'TOKEN_INVALID' | 'BOARD_NOT_FOUND' | 'FORBIDDEN', documentName: string): never {
  ctx.config.log(`collab refused ${documentName}: ${code}`);
  throw { reason: closeReason(code, errorRegistry[code].message) };
}

/**
 * Access for /collab (SPEC A1–A5): a valid token bound to a member of the board's workshop;
 * observers get read-only connections, and so do participants outside the group of a spotlit
 * board (A12); an unknown board is refused, never created.
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
      const access = await currentBoardAccess(ctx, claims, board);
      if (access === 'none') refuse(ctx, 'FORBIDDEN', documentName);
      connectionConfig.readOnly = access === 'read';
      return { claims, board };
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

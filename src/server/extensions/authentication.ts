import type { beforeSyncPayload, Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { boardAccess } from '../../domain/index.js';
import { errorRegistry } from '../../shared/index.js';
import { verifyCollabToken } from '../auth/collabToken.js';
import { closeReason, type CollabContext } from '../collab/collabContext.js';
import type { AppContext } from '../context.js';
import { isStoreFault } from '../store/index.js';

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
      const board = await ctx.store.getBoard(documentName).catch((e: unknown) => {
        // The store is down: say so, so the client waits and tries again instead of taking it
        // for a refusal (SPEC D8).
        if (!isStoreFault(e)) throw e;
        ctx.config.log(`collab could not open ${documentName}: STORE_UNAVAILABLE (${e instanceof Error ? e.message : String(e)})`);
        throw { reason: closeReason('STORE_UNAVAILABLE', errorRegistry.STORE_UNAVAILABLE.message) };
      });
      if (!board) refuse(ctx, 'BOARD_NOT_FOUND', documentName);
      const access = boardAccess(claims, board);
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

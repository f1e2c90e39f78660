import type { beforeSyncPayload, connectedPayload, Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { isLocked } from '../../domain/index.js';
import { errorRegistry } from '../../shared/index.js';
import { verifyCollabToken } from '../auth/collabToken.js';
import { applyStanding } from '../collab/applyAccessChanges.js';
import { applyLockTo, holderOf } from '../collab/applyBoardLock.js';
import { authenticateAudience, endAudience } from '../collab/audienceAccess.js';
import { closeReason, type CollabContext } from '../collab/collabContext.js';
import { currentMember } from '../collab/currentMember.js';
import { syncStep } from '../collab/protocol.js';
import type { AppContext } from '../context.js';
import { currentBoardAccess } from '../services/currentBoardAccess.js';
import { isStoreFault } from '../store/index.js';

type Refusal = 'TOKEN_INVALID' | 'BOARD_NOT_FOUND' | 'FORBIDDEN' | 'PARTICIPANT_REMOVED';

function refuse(ctx: AppContext, code: Refusal, documentName: string): never {
  ctx.config.log(`collab refused ${documentName}: ${code}`);
  throw { reason: closeReason(code, errorRegistry[code].message) };
}

/**
 * Access for /collab (SPEC A1–A5, A10, A12, A13): a valid token whose holder is, by the current
 * records, a member of the board's workshop (a removed participant's token is refused, and a
 * moved participant's rights are their new group's, whatever the token says); observers get
 * read-only connections, and so do participants outside the group of a spotlit board; an
 * unknown board is refused, never created. An audience token reads one board while its link is
 * open (SPEC W2, collab/audienceAccess.ts).
 */
export function authentication(ctx: AppContext): Extension {
  return {
    extensionName: 'authentication',
    priority: 1000,
    async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload<CollabContext>): Promise<CollabContext> {
      const claims = verifyCollabToken(ctx.tokenSecret, token ?? '', Math.floor(ctx.config.now().getTime() / 1000));
      if (!claims) refuse(ctx, 'TOKEN_INVALID', documentName);
      if (claims.audience !== undefined) return authenticateAudience(ctx, claims, documentName, connectionConfig);
      const [board, member] = await Promise.all([ctx.store.getBoard(documentName), currentMember(ctx.store, claims)]).catch(
        (e: unknown) => {
          // The store is down: say so, so the client waits and tries again instead of taking it
          // for a refusal (SPEC D8).
          if (!isStoreFault(e)) throw e;
          ctx.config.log(`collab could not open ${documentName}: STORE_UNAVAILABLE (${e instanceof Error ? e.message : String(e)})`);
          throw { reason: closeReason('STORE_UNAVAILABLE', errorRegistry.STORE_UNAVAILABLE.message) };
        },
      );
      if (member === 'removed') refuse(ctx, 'PARTICIPANT_REMOVED', documentName);
      if (!board) refuse(ctx, 'BOARD_NOT_FOUND', documentName);
      const access = member ? await currentBoardAccess(ctx, member.principal, board) : 'none';
      if (!member || access === 'none') refuse(ctx, 'FORBIDDEN', documentName);
      connectionConfig.readOnly = access === 'read';
      return { claims, board, member };
    },
    // A removal, a move or a lock that lands while this connection was being authorised finds
    // it in no document yet; checked once more now that it is in one, so it cannot slip past
    // (SPEC A10, A13); a locked board's page is told so.
    async connected({ connection, context, documentName }: connectedPayload<CollabContext>) {
      // A link closed while this audience connection was being let in (SPEC W3).
      if (context.audience !== undefined) {
        const link = await ctx.store.getAudienceLink({ boardId: documentName });
        if (link?.code !== context.audience) endAudience(connection);
        return;
      }
      if (context.claims) applyStanding(connection, await currentMember(ctx.store, context.claims));
      const board = await ctx.store.getBoard(documentName);
      const who = holderOf(connection);
      if (board && (isLocked(board) || connection.context.board?.lockedAt))
        applyLockTo(connection, board, who ? await currentBoardAccess(ctx, who, board) : 'none');
    },
    // Hocuspocus drops a read-only connection's edits (SPEC A4, A8); say so once per edit, in one line.
    async beforeSync({ connection, documentName, type, context }: beforeSyncPayload<CollabContext>) {
      if (connection.readOnly && type === syncStep.update)
        ctx.config.log(
          `collab dropped an edit to read-only ${documentName} from ${context.claims?.role ?? 'someone'} ${context.claims?.sub ?? ''}`,
        );
    },
  };
}

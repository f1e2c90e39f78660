import type { Connection, Document, Hocuspocus } from '@hocuspocus/server';
import { closeCodes, errorRegistry } from '../../shared/index.js';
import type { CollabClaims } from '../auth/collabToken.js';
import type { AppContext } from '../context.js';
import { closeReason, type CollabContext } from './collabContext.js';
import { endConnection } from './closeSocket.js';

function refuse(ctx: AppContext, code: 'AUDIENCE_CLOSED' | 'BOARD_NOT_FOUND', documentName: string): never {
  ctx.config.log(`collab refused audience on ${documentName}: ${code}`);
  throw { reason: closeReason(code, errorRegistry[code].message) };
}

/**
 * An audience token on /collab (SPEC W2): it opens the one board whose link is open with the
 * token's code, read-only, for nobody in particular (no claims, no member in the context).
 */
export async function authenticateAudience(
  ctx: AppContext,
  claims: CollabClaims,
  documentName: string,
  connectionConfig: { readOnly: boolean },
): Promise<CollabContext> {
  const [link, board] = await Promise.all([ctx.store.getAudienceLink({ boardId: documentName }), ctx.store.getBoard(documentName)]);
  if (!board) refuse(ctx, 'BOARD_NOT_FOUND', documentName);
  if (!link || link.code !== claims.audience) refuse(ctx, 'AUDIENCE_CLOSED', documentName);
  connectionConfig.readOnly = true;
  return { board, audience: link.code };
}

export function isAudience(connection: Connection): boolean {
  return (connection.context as CollabContext).audience !== undefined;
}

/** Ends one audience connection: the page says the link is closed. */
export function endAudience(connection: Connection): void {
  endConnection(connection, closeCodes.AUDIENCE_CLOSED, 'AUDIENCE_CLOSED', errorRegistry.AUDIENCE_CLOSED.message);
}

/** A board's audience link was closed: its audience on this instance is disconnected at once (SPEC W3). */
export function closeAudienceHere(hocuspocus: Hocuspocus, boardId: string): void {
  const document = hocuspocus.documents.get(boardId);
  if (!document) return;
  for (const connection of document.getConnections()) if (isAudience(connection)) endAudience(connection);
}

/** How many audience members watch a board through this instance. */
export function audienceCount(document: Document): number {
  return document.getConnections().filter(isAudience).length;
}

import type { Document, Extension, Hocuspocus, afterLoadDocumentPayload, onChangePayload } from '@hocuspocus/server';
import { readSpotlight } from '../../doc/control/index.js';
import { boardAccess, controlDocumentKind, spotlitAccess } from '../../domain/index.js';
import type { CollabContext } from './collabContext.js';

/** Gives each open connection to `boardId` the access the spotlight now leaves it. */
export function applySpotlight(instance: Hocuspocus, boardId: string, spotlit: string | null): void {
  const document = instance.documents.get(boardId);
  if (!document) return;
  for (const connection of document.getConnections()) {
    const { claims, board, member } = connection.context as CollabContext;
    if (!claims || !board) continue;
    // The holder as the records say now (SPEC A10), else as the token said.
    const who = member?.principal ?? claims;
    connection.readOnly = spotlitAccess(boardAccess(who, board), who, board, spotlit) !== 'write';
  }
}

/**
 * Keeps open /collab connections in step with the spotlight (SPEC A12): when a facilitator
 * spotlights a board, the connections of participants outside its group turn read-only at
 * once (their edits are dropped from then on); when the spotlight moves or ends, they write
 * again. New connections get the same answer at authentication (services/currentBoardAccess.ts).
 * `moved` hears of each move made on this instance, for the others (cluster/LiveBoards.ts).
 */
export function spotlightGuard(moved: (boardIds: string[], spotlit: string | null) => void = () => {}): Extension {
  const spotlitIn = new WeakMap<Document, string | null>();
  return {
    extensionName: 'spotlightGuard',
    async afterLoadDocument({ document, context }: afterLoadDocumentPayload<CollabContext>) {
      if (context.board?.kind === controlDocumentKind) spotlitIn.set(document, readSpotlight(document)?.boardId ?? null);
    },
    async onChange({ document, instance, transactionOrigin }: onChangePayload<CollabContext>) {
      if (!spotlitIn.has(document)) return;
      const before = spotlitIn.get(document) ?? null;
      const now = readSpotlight(document)?.boardId ?? null;
      if (now === before) return;
      spotlitIn.set(document, now);
      if (before) applySpotlight(instance, before, now);
      if (now) applySpotlight(instance, now, now);
      // A move made here is told to the other instances (SPEC M5); one made elsewhere was told by its instance.
      if ((transactionOrigin as { source?: unknown } | null)?.source !== 'redis')
        moved(
          [before, now].filter((id): id is string => id !== null),
          now,
        );
    },
  };
}

import type { afterLoadDocumentPayload, Extension } from '@hocuspocus/server';
import type * as Y from 'yjs';
import { readVotingRounds, votesMap } from '../../doc/control/index.js';
import { mayVote } from '../../domain/facilitation/index.js';
import { isWorkBoard, type Board } from '../../domain/index.js';
import type { CollabContext } from '../collab/collabContext.js';
import type { AppContext } from '../context.js';
import { loadBoardDoc } from '../services/boardDoc.js';

/** Hocuspocus's transaction origin for an update a client sent. */
interface ConnectionOrigin {
  source?: string;
  connection?: { context?: CollabContext };
}

/** A change to one voter's dots, as the board saw it. */
interface DotChange {
  key: string;
  /** What the key held before: put back when the change is refused. */
  before: unknown;
  /** What the client wrote (undefined for a delete): only this is undone, never a later write. */
  after: unknown;
}

/**
 * Dot voting, enforced by the server where it can see (SPEC V3): a client may write only its
 * own dots (`roundId:<its participant id>`), only while that round is open on this board, only
 * if it may vote on this board (a participant of its group), and no more dots than the round's
 * budget. A board update cannot be half refused (the client would diverge), so a refused change
 * is applied and then undone by the server, which everyone then receives: the board ends as if
 * it had never been made. The page never sends such a change; this is for other Yjs clients.
 */
export function voteGuard(ctx: AppContext): Extension {
  const log = (line: string) => ctx.config.log(line);

  async function roundsOf(board: Board) {
    const control = (await ctx.store.listBoards(board.workshopId)).find((b) => !isWorkBoard(b));
    if (!control) return [];
    return readVotingRounds(ctx.live.board(control.id) ?? (await loadBoardDoc(ctx.store, control.id, log)));
  }

  async function check(document: Y.Doc, board: Board, context: CollabContext, changes: DotChange[]): Promise<void> {
    const claims = context.claims;
    const rounds = await roundsOf(board);
    const votes = votesMap(document);
    const refused = changes.filter(({ key, after }) => {
      const at = key.indexOf(':');
      const round = rounds.find((r) => r.id === key.slice(0, at));
      const voterId = key.slice(at + 1);
      const ownDots = claims !== undefined && claims.sub === voterId && mayVote(claims, board);
      const inBudget = after === undefined || (Array.isArray(after) && round !== undefined && after.length <= round.votesPerPerson);
      return !ownDots || round === undefined || round.status !== 'open' || round.boardId !== board.id || !inBudget;
    });
    if (refused.length === 0) return;
    document.transact(() => {
      for (const { key, before, after } of refused) {
        if (votes.get(key) !== after) continue; // written again since: that write is checked on its own
        if (before === undefined) votes.delete(key);
        else votes.set(key, before);
      }
    });
    log(`board ${board.id}: undid ${refused.length} vote change(s) from ${claims?.sub ?? 'someone'} (SPEC V3)`);
  }

  return {
    extensionName: 'voteGuard',
    async afterLoadDocument({ document, documentName, context }: afterLoadDocumentPayload<CollabContext>) {
      const board = context.board?.id === documentName ? context.board : await ctx.store.getBoard(documentName);
      if (!board || !isWorkBoard(board)) return;
      votesMap(document).observe((event) => {
        const origin = event.transaction.origin as ConnectionOrigin | null;
        const writer = origin?.source === 'connection' ? origin.connection?.context : undefined;
        if (!writer) return; // the server's own writes (loading, an undo)
        const changes = [...event.changes.keys].map(([key, change]) => ({
          key,
          before: change.oldValue,
          after: votesMap(document).get(key),
        }));
        void check(document, board, writer, changes).catch((e: Error) => log(`board ${board.id}: vote check failed: ${e.message}`));
      });
    },
  };
}

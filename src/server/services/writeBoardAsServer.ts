import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import type { AppContext } from '../context.js';
import { loadBoardDoc } from './boardDoc.js';

/** The transaction origin of the server's own writes (extensions that guard clients' edits skip it). */
export const serverWriteOrigin = { source: 'server' } as const;

/** A random 32-bit client id that `doc` has not seen (so Yjs cannot take the write for one it has). */
export function freshClientId(doc: Y.Doc): number {
  for (;;) {
    const id = randomBytes(4).readUInt32LE(0);
    if (id !== doc.clientID && !doc.store.clients.has(id)) return id;
  }
}

/**
 * A change the server itself makes to a board or control document, durably and for everyone:
 * `write` runs on a copy of the document as it is now (the live one when
 * someone is on it, else the stored one), under a fresh client id; the resulting update (one, whatever `write` did) is
 * appended to the board's log (on disk when this resolves, SPEC D1) and then applied to the
 * live document, which relays it to every connection. Edits arriving meanwhile merge as any
 * concurrent Yjs edits do. Resolves with what `write` returned.
 */
export async function writeBoardAsServer<T>(ctx: AppContext, boardId: string, write: (doc: Y.Doc) => T): Promise<T> {
  const live = ctx.live.board(boardId);
  const base = live ?? (await loadBoardDoc(ctx.store, boardId, ctx.config.log));
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(base));
    copy.clientID = freshClientId(base);
    const before = Y.encodeStateVector(copy);
    // Not wrapped in one transaction on the copy: a write that merges in a scratch document
    // (an anonymous reflection note) would make it a remote one, and Yjs would then take the
    // copy's own client id for a clash. What reaches the board is one update all the same.
    const result = write(copy);
    const update = Y.encodeStateAsUpdate(copy, before);
    if (Y.decodeUpdate(update).structs.length === 0 && Y.snapshotContainsUpdate(Y.snapshot(base), update)) return result;
    await ctx.store.appendUpdates(boardId, [update]);
    // Live now, whether or not it was before: a load that read the log before this append
    // would miss the update, so it is applied here too (applying it twice changes nothing).
    const liveNow = ctx.live.board(boardId);
    if (liveNow) Y.applyUpdate(liveNow, update, serverWriteOrigin);
    return result;
  } finally {
    copy.destroy();
    if (!live) base.destroy();
  }
}

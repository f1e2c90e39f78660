import * as Y from 'yjs';
import type { BoardLog, BoardState } from '../store/Store.js';

export interface LoadedDoc {
  /** Bytes read (compacted state plus updates), for the board size limit. */
  size: number;
  /** Highest seq applied; every stored update up to it is in the document. */
  lastSeq: number;
  /** The board has nothing stored yet. */
  empty: boolean;
}

/**
 * Applies a board's stored state to `doc`: the compacted state, then every later update in
 * order. An update Yjs cannot read is skipped and reported through `skip`, so one bad entry
 * never stops a board from loading (SPEC D3).
 */
export function applyBoardState(doc: Y.Doc, state: BoardState, skip: (what: string, e: Error) => void, origin?: unknown): LoadedDoc {
  let size = 0;
  const apply = (update: Uint8Array, what: string) => {
    size += update.length;
    try {
      Y.applyUpdate(doc, update, origin);
    } catch (e) {
      skip(what, e as Error);
    }
  };
  if (state.compacted) apply(state.compacted, 'compacted state');
  for (const { seq, update } of state.updates) apply(update, `update ${seq}`);
  return { size, lastSeq: state.updates.at(-1)?.seq ?? state.compactedSeq, empty: !state.compacted && state.updates.length === 0 };
}

/** A board's live state read straight from the store (for the CLI and reports), as a new Y.Doc. */
export async function loadBoardDoc(store: Pick<BoardLog, 'loadBoardState'>, boardId: string, log: (line: string) => void): Promise<Y.Doc> {
  const doc = new Y.Doc();
  applyBoardState(doc, await store.loadBoardState(boardId), (what, e) => log(`board ${boardId}: skipped unreadable ${what}: ${e.message}`));
  return doc;
}

/**
 * A board's stored state as one Yjs update, as a newcomer on /collab would get it. One stored
 * part (the compacted state with nothing after it, or an only row, as an imported board that
 * nobody changed has) is such an update already, and is given as it is. Several are applied
 * to a new document, as a load does (a part Yjs cannot read is skipped and reported through
 * `skip`), and encoded again: that leaves out what a later part deleted, in time proportional
 * to the board, where merging the parts as they are (Y.mergeUpdates) would keep deleted text
 * and slows down faster than the log grows. Null when nothing is stored.
 */
export function storedStateUpdate(state: BoardState, skip: (what: string, e: Error) => void): Uint8Array | null {
  const parts = [...(state.compacted ? [state.compacted] : []), ...state.updates.map((row) => row.update)];
  if (parts.length <= 1) return parts[0] ?? null;
  const doc = new Y.Doc();
  try {
    applyBoardState(doc, state, skip);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

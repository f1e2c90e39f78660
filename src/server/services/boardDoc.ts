import * as Y from 'yjs';
import type { BoardState, Store } from '../store/Store.js';

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
export async function loadBoardDoc(store: Store, boardId: string, log: (line: string) => void): Promise<Y.Doc> {
  const doc = new Y.Doc();
  applyBoardState(doc, await store.loadBoardState(boardId), (what, e) => log(`board ${boardId}: skipped unreadable ${what}: ${e.message}`));
  return doc;
}

/**
 * A board's stored state as one Yjs update, without building a document: the compacted state
 * as it is when nothing came after it, otherwise merged with the later updates. When the merge
 * fails, each part Yjs cannot read is left out and reported through `skip`, as a load would.
 * Null when nothing (readable) is stored. A client gets what this leaves out from the live
 * sync that follows.
 */
export function boardStateUpdate(state: BoardState, skip: (what: string, e: Error) => void): Uint8Array | null {
  const parts = [
    ...(state.compacted ? [{ update: state.compacted, what: 'compacted state' }] : []),
    ...state.updates.map(({ seq, update }) => ({ update, what: `update ${seq}` })),
  ];
  if (parts.length <= 1) return parts[0]?.update ?? null;
  try {
    return Y.mergeUpdates(parts.map((p) => p.update));
  } catch {
    const readable = parts.filter(({ update, what }) => {
      try {
        Y.decodeUpdate(update);
        return true;
      } catch (e) {
        skip(what, e as Error);
        return false;
      }
    });
    return readable.length === 0 ? null : Y.mergeUpdates(readable.map((p) => p.update));
  }
}

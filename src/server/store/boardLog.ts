import * as Y from 'yjs';
import { toBytes, type CompactedRow, type UpdateRow } from './rows.js';
import type { BoardState } from './Store.js';

/** A board's state from its compacted row (none if never compacted) and the later updates. */
export function toBoardState(compacted: CompactedRow | null | undefined, updates: readonly UpdateRow[]): BoardState {
  return {
    compacted: compacted ? toBytes(compacted.state) : null,
    compactedSeq: compacted ? Number(compacted.upto_seq) : 0,
    updates: updates.map((r) => ({ seq: Number(r.seq), update: toBytes(r.update) })),
  };
}

/**
 * Decides a compaction against the board's log. A compaction older than the stored one
 * (two compactors racing) is dropped: replacing newer state with older would lose edits.
 * One that claims updates not yet appended is a caller bug: later appends would get seqs it
 * already claims, and loading would skip them.
 */
export function shouldCompact(boardId: string, lastSeq: number, storedUpto: number, uptoSeq: number): boolean {
  if (!Number.isSafeInteger(uptoSeq) || uptoSeq < 0 || uptoSeq > lastSeq) {
    throw new RangeError(`compactBoard(${boardId}): uptoSeq ${uptoSeq} is outside the board's log (0..${lastSeq})`);
  }
  return uptoSeq >= storedUpto;
}

/**
 * The state a compaction stores (SPEC D10): the caller's `state` merged with everything it
 * replaces, the stored compacted state and the log entries up to its `uptoSeq`. The caller's
 * document may lack some of them: another server instance appended them to the same log. A
 * Yjs merge is a union, so whatever the caller missed is kept, and what it has is not
 * doubled. Bytes Yjs cannot read (D3: loading skips them too) are left out of the merge;
 * when nothing readable is replaced, the caller's state is stored as given.
 */
export function compactedState(state: Uint8Array, replaced: readonly Uint8Array[]): Uint8Array {
  const readable = replaced.filter(isReadableUpdate);
  if (readable.length === 0) return state;
  if (!isReadableUpdate(state)) throw new RangeError('compactBoard: the state to store is not a Yjs update');
  return Y.mergeUpdates([...readable, state]);
}

function isReadableUpdate(update: Uint8Array): boolean {
  try {
    Y.decodeUpdate(update);
    return true;
  } catch {
    return false;
  }
}

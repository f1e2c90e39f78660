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

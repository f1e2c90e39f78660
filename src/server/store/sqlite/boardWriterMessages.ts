/** The board writes made while people edit, which BoardWriter's worker makes. */
export type BoardWrite =
  | { op: 'append'; boardId: string; updates: Uint8Array[] }
  | { op: 'compact'; boardId: string; state: Uint8Array; uptoSeq: number }
  | { op: 'snapshot'; boardId: string; json: string; updatedAt: string };

/** What the server sends the worker. */
export type WriterRequest = { type: 'write'; id: number; write: BoardWrite } | { type: 'close' };

/** Why a write failed, so the store can throw what its contract says. */
export type FailureKind = 'board-not-found' | 'range' | 'other';

/**
 * What the worker answers: one reply per write, in order, and one when closed. A failure
 * carries SQLite's code (SQLITE_BUSY, SQLITE_FULL…), which says whether trying again can help.
 */
export type WriterReply =
  | { type: 'done'; id: number; seq: number }
  | { type: 'failed'; id: number; kind: FailureKind; message: string; code: string | null }
  | { type: 'closed' };

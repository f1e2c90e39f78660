import { parentPort, workerData } from 'node:worker_threads';
import { compactedState, shouldCompact } from '../boardLog.js';
import { connect } from './connection.js';
import type { BoardWrite, FailureKind, WriterReply, WriterRequest } from './boardWriterMessages.js';

/**
 * The worker side of BoardWriter: its own connection to the database file, which makes the
 * board writes of editing (append, compact, snapshot) in IMMEDIATE transactions. Each
 * commit's flush to disk (synchronous=FULL) blocks this thread, not the server's event loop.
 */
const port = parentPort!;
const db = connect((workerData as { path: string }).path);

class BoardNotFound extends Error {}

const toBuffer = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

const sql = {
  bump: db.prepare<[number, string], { last_seq: number }>('UPDATE boards SET last_seq = last_seq + ? WHERE id = ? RETURNING last_seq'),
  insert: db.prepare<[string, number, Buffer]>('INSERT INTO board_updates (board_id, seq, "update") VALUES (?, ?, ?)'),
  lastSeq: db.prepare<[string], { last_seq: number }>('SELECT last_seq FROM boards WHERE id = ?'),
  compacted: db.prepare<[string], { state: Buffer; upto_seq: number }>('SELECT state, upto_seq FROM board_compacted WHERE board_id = ?'),
  replaced: db.prepare<[string, number], { update: Buffer }>(
    'SELECT "update" FROM board_updates WHERE board_id = ? AND seq <= ? ORDER BY seq',
  ),
  putCompacted: db.prepare<[string, Buffer, number]>(
    `INSERT INTO board_compacted (board_id, state, upto_seq) VALUES (?, ?, ?)
     ON CONFLICT (board_id) DO UPDATE SET state = excluded.state, upto_seq = excluded.upto_seq`,
  ),
  dropCompacted: db.prepare<[string, number]>('DELETE FROM board_updates WHERE board_id = ? AND seq <= ?'),
  putSnapshot: db.prepare<[string, string, string]>(
    `INSERT INTO board_snapshots (board_id, json, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (board_id) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at`,
  ),
};

/** Appends to the board's log; returns its new last seq. */
function append(boardId: string, updates: Uint8Array[]): number {
  const row = sql.bump.get(updates.length, boardId);
  if (!row) throw new BoardNotFound(boardId);
  const first = row.last_seq - updates.length + 1;
  updates.forEach((u, i) => sql.insert.run(boardId, first + i, toBuffer(u)));
  return row.last_seq;
}

/** Replaces the log up to `uptoSeq` with `state` merged with what it replaces (store/boardLog.ts says when and how). */
function compact(boardId: string, state: Uint8Array, uptoSeq: number): number {
  const board = sql.lastSeq.get(boardId);
  if (!board) throw new BoardNotFound(boardId);
  const stored = sql.compacted.get(boardId);
  if (!shouldCompact(boardId, board.last_seq, stored?.upto_seq ?? 0, uptoSeq)) return board.last_seq;
  const replaced = [...(stored ? [stored.state] : []), ...sql.replaced.all(boardId, uptoSeq).map((r) => r.update)];
  sql.putCompacted.run(boardId, toBuffer(compactedState(state, replaced)), uptoSeq);
  sql.dropCompacted.run(boardId, uptoSeq);
  return board.last_seq;
}

/** Stores the board's JSON snapshot; an unknown board is BOARD_NOT_FOUND, as for the other writes. */
function snapshot(boardId: string, json: string, updatedAt: string): void {
  if (!sql.lastSeq.get(boardId)) throw new BoardNotFound(boardId);
  sql.putSnapshot.run(boardId, json, updatedAt);
}

/** Makes one write; its answer is the board's last seq (0 for a snapshot, which has none). */
const write = db.transaction((w: BoardWrite): number => {
  if (w.op === 'append') return append(w.boardId, w.updates);
  if (w.op === 'compact') return compact(w.boardId, w.state, w.uptoSeq);
  snapshot(w.boardId, w.json, w.updatedAt);
  return 0;
});

function failureKind(e: unknown): FailureKind {
  if (e instanceof BoardNotFound) return 'board-not-found';
  return e instanceof RangeError ? 'range' : 'other';
}

port.on('message', (request: WriterRequest) => {
  if (request.type === 'close') {
    db.close();
    port.postMessage({ type: 'closed' } satisfies WriterReply);
    return;
  }
  let reply: WriterReply;
  try {
    reply = { type: 'done', id: request.id, seq: write.immediate(request.write) };
  } catch (e) {
    const code = (e as { code?: unknown } | null)?.code;
    reply = {
      type: 'failed',
      id: request.id,
      kind: failureKind(e),
      message: e instanceof Error ? e.message : String(e),
      code: typeof code === 'string' ? code : null,
    };
  }
  port.postMessage(reply);
});

import type pg from 'pg';
import { AppError } from '../../../shared/index.js';
import { compactedState, shouldCompact, toBoardState } from '../boardLog.js';
import type { CompactedRow, UpdateRow } from '../rows.js';
import type { FieldSealer, RowCipher } from '../RowCipher.js';
import { SqlBoardLog, type SqlQueries } from '../SqlBoardLog.js';
import type { BoardState } from '../Store.js';
import { toBuffer } from './toBuffer.js';

/** Runs `fn` in a transaction on the store's pool (PostgresStore's, which handles broken clients). */
export type PgTransaction = <T>(fn: (c: pg.PoolClient) => Promise<T>, begin?: string) => Promise<T>;

/**
 * The PostgreSQL board log: each append and compaction one committed transaction (D2), and
 * every update, state and snapshot sealed with its workshop's key (P4).
 */
export class PostgresBoardLog extends SqlBoardLog {
  constructor(
    sql: SqlQueries,
    cipher: () => RowCipher,
    private readonly transaction: PgTransaction,
  ) {
    super(sql, cipher);
  }

  async appendUpdates(boardId: string, updates: Uint8Array[]): Promise<number> {
    if (updates.length === 0) {
      const board = await this.one<{ last_seq: string }>('SELECT last_seq FROM boards WHERE id = $1', [boardId]);
      if (!board) throw new AppError('BOARD_NOT_FOUND');
      return Number(board.last_seq);
    }
    const s = await this.cipher.forBoard(boardId);
    if (!s) throw new AppError('BOARD_NOT_FOUND');
    const sealed = updates.map((u) => toBuffer(s.bytes(u)));
    return this.transaction(async (c) => {
      // The row lock taken here is held to COMMIT, so a board's seqs become visible in order.
      const bumped = await c.query<{ last_seq: string }>('UPDATE boards SET last_seq = last_seq + $2 WHERE id = $1 RETURNING last_seq', [
        boardId,
        updates.length,
      ]);
      const row = bumped.rows[0];
      if (!row) throw new AppError('BOARD_NOT_FOUND');
      const last = Number(row.last_seq);
      await c.query(
        'INSERT INTO board_updates (board_id, seq, "update") SELECT $1, $2 + t.n, t.u FROM unnest($3::bytea[]) WITH ORDINALITY AS t(u, n)',
        [boardId, last - updates.length, sealed],
      );
      return last;
    });
  }

  async loadBoardState(boardId: string): Promise<BoardState> {
    const s = await this.cipher.forBoard(boardId);
    if (!s) return toBoardState(null, []);
    // One snapshot for both reads: a compaction cannot commit between them.
    const state = await this.transaction(async (c) => {
      const compacted = await c.query<CompactedRow>('SELECT state, upto_seq FROM board_compacted WHERE board_id = $1', [boardId]);
      const row = compacted.rows[0];
      const updates = await c.query<UpdateRow>('SELECT seq, "update" FROM board_updates WHERE board_id = $1 AND seq > $2 ORDER BY seq', [
        boardId,
        row ? Number(row.upto_seq) : 0,
      ]);
      return toBoardState(row, updates.rows);
    }, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    return openBoardState(s, state);
  }

  async compactBoard(boardId: string, state: Uint8Array, uptoSeq: number): Promise<void> {
    const s = await this.cipher.forBoard(boardId);
    if (!s) throw new AppError('BOARD_NOT_FOUND');
    await this.transaction(async (c) => {
      const board = await c.query<{ last_seq: string }>('SELECT last_seq FROM boards WHERE id = $1 FOR UPDATE', [boardId]);
      const b = board.rows[0];
      if (!b) throw new AppError('BOARD_NOT_FOUND');
      const stored = (await c.query<CompactedRow>('SELECT state, upto_seq FROM board_compacted WHERE board_id = $1', [boardId])).rows[0];
      if (!shouldCompact(boardId, Number(b.last_seq), Number(stored?.upto_seq ?? 0), uptoSeq)) return;
      // What the compaction replaces is merged in (SPEC D10): another instance may have appended it.
      const log = await c.query<{ update: Buffer }>('SELECT "update" FROM board_updates WHERE board_id = $1 AND seq <= $2 ORDER BY seq', [
        boardId,
        uptoSeq,
      ]);
      const replaced = [...(stored ? [stored.state] : []), ...log.rows.map((r) => r.update)].map(
        (sealed) => new Uint8Array(s.openBytes(sealed)),
      );
      await c.query(
        `INSERT INTO board_compacted (board_id, state, upto_seq) VALUES ($1, $2, $3)
         ON CONFLICT (board_id) DO UPDATE SET state = excluded.state, upto_seq = excluded.upto_seq`,
        [boardId, toBuffer(s.bytes(compactedState(state, replaced))), uptoSeq],
      );
      await c.query('DELETE FROM board_updates WHERE board_id = $1 AND seq <= $2', [boardId, uptoSeq]);
    });
  }
}

function openBoardState(s: FieldSealer, state: BoardState): BoardState {
  return {
    compacted: state.compacted && new Uint8Array(s.openBytes(state.compacted)),
    compactedSeq: state.compactedSeq,
    updates: state.updates.map((u) => ({ seq: u.seq, update: new Uint8Array(s.openBytes(u.update)) })),
  };
}

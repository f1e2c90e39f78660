import { AppError } from '../../shared/index.js';
import type { RowCipher } from './RowCipher.js';
import type { BoardLog, BoardState } from './Store.js';

/** Single statements with `$n` placeholders, as a dialect runs them. */
export interface SqlQueries {
  /** Rows of a query. */
  all<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a statement; resolves to the number of rows it changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
}

/**
 * The part of the board log both dialects share: sizes and snapshots, single statements
 * written once with `$1` placeholders. Subclasses own the log's transactions (append,
 * load, compact). `cipher` is asked each time: PostgreSQL has its keys only after migrate().
 */
export abstract class SqlBoardLog implements BoardLog {
  abstract appendUpdates(boardId: string, updates: Uint8Array[]): Promise<number>;
  abstract loadBoardState(boardId: string): Promise<BoardState>;
  abstract compactBoard(boardId: string, state: Uint8Array, uptoSeq: number): Promise<void>;

  constructor(
    protected readonly sql: SqlQueries,
    private readonly currentCipher: () => RowCipher,
  ) {}

  /** How the store keeps fields at rest just now (RowCipher). */
  protected get cipher(): RowCipher {
    return this.currentCipher();
  }

  protected async one<T>(sql: string, params?: readonly unknown[]): Promise<T | null> {
    const rows = await this.sql.all<T>(sql, params);
    return rows[0] ?? null;
  }

  /** Counts content bytes: what sealing adds to each stored value is left out. */
  async boardSize(boardId: string): Promise<number> {
    const row = await this.one<{ size: number | string | null }>(
      `SELECT COALESCE((SELECT length(state) - $2 FROM board_compacted WHERE board_id = $1), 0)
            + COALESCE((SELECT SUM(length("update") - $2) FROM board_updates WHERE board_id = $1), 0) AS size`,
      [boardId, this.cipher.overhead],
    );
    return Number(row?.size ?? 0);
  }

  async putBoardSnapshot(boardId: string, json: string, updatedAt: string): Promise<void> {
    const s = await this.cipher.forBoard(boardId);
    if (!s) throw new AppError('BOARD_NOT_FOUND');
    await this.sql.run(
      `INSERT INTO board_snapshots (board_id, json, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (board_id) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at`,
      [boardId, s.text(json), updatedAt],
    );
  }

  async getBoardSnapshot(boardId: string): Promise<{ json: string; updatedAt: string } | null> {
    const row = await this.one<{ json: string; updated_at: string }>('SELECT json, updated_at FROM board_snapshots WHERE board_id = $1', [
      boardId,
    ]);
    if (!row) return null;
    const s = await this.cipher.forBoard(boardId);
    if (!s) return null;
    return { json: s.openText(row.json), updatedAt: row.updated_at };
  }
}

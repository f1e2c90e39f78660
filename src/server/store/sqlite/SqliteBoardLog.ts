import { plainRows } from '../RowCipher.js';
import { toBoardState } from '../boardLog.js';
import type { CompactedRow, UpdateRow } from '../rows.js';
import { SqlBoardLog } from '../SqlBoardLog.js';
import type { BoardState } from '../Store.js';
import { BoardWriter } from './boardWriter.js';
import type { SqliteStatements } from './statements.js';

/**
 * The SQLite board log. The board writes of editing (append, compact, snapshot) go to the
 * writer thread (BoardWriter), so their flushes to disk do not stop the event loop; reads use
 * the store's own connection.
 */
export class SqliteBoardLog extends SqlBoardLog {
  private readonly writer: BoardWriter;

  constructor(
    private readonly statements: SqliteStatements,
    /** The database file, which the writer thread opens too. */
    path: string,
  ) {
    super(statements, () => plainRows);
    this.writer = new BoardWriter(path);
  }

  async appendUpdates(boardId: string, updates: Uint8Array[]): Promise<number> {
    return this.writer.write({ op: 'append', boardId, updates });
  }

  async compactBoard(boardId: string, state: Uint8Array, uptoSeq: number): Promise<void> {
    await this.writer.write({ op: 'compact', boardId, state, uptoSeq });
  }

  override async putBoardSnapshot(boardId: string, json: string, updatedAt: string): Promise<void> {
    await this.writer.write({ op: 'snapshot', boardId, json, updatedAt });
  }

  async loadBoardState(boardId: string): Promise<BoardState> {
    // One read transaction: a compaction by another process cannot fall between the reads.
    const { db } = this.statements;
    return db.transaction(() => {
      const c = this.statements.getSync<CompactedRow>('SELECT state, upto_seq FROM board_compacted WHERE board_id = $1', [boardId]);
      const compactedSeq = c ? Number(c.upto_seq) : 0;
      const rows = this.statements.allSync<UpdateRow>(
        'SELECT seq, "update" FROM board_updates WHERE board_id = $1 AND seq > $2 ORDER BY seq',
        [boardId, compactedSeq],
      );
      return toBoardState(c, rows);
    })();
  }

  /** Answers the writes already sent, then ends the writer thread. */
  close(): Promise<void> {
    return this.writer.close();
  }
}

import type Database from 'better-sqlite3';
import type { SqlQueries } from '../SqlBoardLog.js';

interface Prepared {
  stmt: Database.Statement;
  /** For each `?`, the index of the `$n` parameter it stands for. */
  order: number[];
}

/**
 * One SQLite connection's statements, prepared once each. The shared SQL is written with
 * PostgreSQL's `$n` placeholders; SQLite gets `?` and the values reordered. better-sqlite3
 * is synchronous: the async methods (SqlQueries) do their work before their promise exists.
 */
export class SqliteStatements implements SqlQueries {
  private readonly statements = new Map<string, Prepared>();

  constructor(readonly db: Database.Database) {}

  async all<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return this.allSync<T>(sql, params);
  }

  async run(sql: string, params: readonly unknown[] = []): Promise<number> {
    return this.runSync(sql, params);
  }

  allSync<T>(sql: string, params: readonly unknown[]): T[] {
    const { stmt, order } = this.prepare(sql);
    const args = bind(order, params);
    if (stmt.reader) return stmt.all(...args) as T[];
    stmt.run(...args);
    return [];
  }

  getSync<T>(sql: string, params: readonly unknown[]): T | undefined {
    return this.allSync<T>(sql, params)[0];
  }

  runSync(sql: string, params: readonly unknown[]): number {
    const { stmt, order } = this.prepare(sql);
    return stmt.run(...bind(order, params)).changes;
  }

  /** Forgets the prepared statements (before the connection closes). */
  clear(): void {
    this.statements.clear();
  }

  private prepare(sql: string): Prepared {
    let p = this.statements.get(sql);
    if (!p) {
      const order: number[] = [];
      const text = sql.replace(/\$(\d+)/g, (_, n: string) => {
        order.push(Number(n) - 1);
        return '?';
      });
      p = { stmt: this.db.prepare(text), order };
      this.statements.set(sql, p);
    }
    return p;
  }
}

function bind(order: readonly number[], params: readonly unknown[]): unknown[] {
  return order.map((i) => {
    const v = params[i];
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (v instanceof Uint8Array && !Buffer.isBuffer(v)) return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
    return v;
  });
}

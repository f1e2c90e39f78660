import { isAppError } from '../../shared/index.js';
import type { BoardLog } from '../store/Store.js';

interface Waiter {
  resolve: (seq: number) => void;
  reject: (e: unknown) => void;
}

interface BoardQueue {
  updates: Uint8Array[];
  waiters: Waiter[];
  /** A write of this board is in flight, or waits to be tried again; the queue waits for it. */
  writing: boolean;
  /** Failed tries of the write at the head of the queue, for the wait before the next. */
  failures: number;
  retry?: NodeJS.Timeout;
}

export interface RetryPolicy {
  /** The wait after the first failure; it doubles with each failure, up to `maxDelayMs`. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** Told of each failure and the wait before the next try (for the log). */
  onFailure: (boardId: string, error: unknown, delayMs: number) => void;
}

/** The database's own error code: pg's SQLSTATE, or SQLite's as the SQLite store passes it on. */
function databaseCode(e: unknown): string {
  const direct = (e as { code?: unknown } | null)?.code;
  const cause = ((e as { cause?: { code?: unknown } } | null)?.cause ?? {}).code;
  return typeof cause === 'string' ? cause : typeof direct === 'string' ? direct : '';
}

/**
 * Whether waiting can mend a failed write: a full disk, a locked database, a connection lost
 * or a server restarting can; a deleted board, a row that breaks a constraint, a value the
 * database will not take or an SQL error (PostgreSQL classes 22, 23, 42) cannot.
 */
export function retryable(e: unknown): boolean {
  if (isAppError(e) && e.code === 'BOARD_NOT_FOUND') return false;
  const code = databaseCode(e);
  return !/^SQLITE_(CONSTRAINT|TOOBIG|MISMATCH|MISUSE|RANGE|ERROR)/.test(code) && !/^(22|23|42)[0-9A-Z]{3}$/.test(code);
}

/**
 * Group commit, one write in flight per board. Updates that arrive while a board's write is
 * in flight (or in the same turn of the event loop) go to disk together in its next
 * transaction, so a burst of edits costs one disk flush, not one each. Writes of one board
 * never overlap: seqs commit in the order they are handed out, which compaction relies on
 * (a resolved seq means every lower seq of the board is on disk too).
 *
 * A write that fails (a full disk, a database restarting) is tried again, with the updates
 * that queued behind it, after a growing wait, and its senders are not answered meanwhile.
 * The board's document already holds those updates, so answering "failed" would let a
 * reconnecting client find nothing to send again and be acknowledged for an edit that is on
 * no disk. Only `shutDown` (the clients still hold their unacknowledged edits and send them
 * to the next server) and an error that no wait can mend (see `retryable`) end a write with
 * a failure.
 */
export class UpdateBatcher {
  private readonly boards = new Map<string, BoardQueue>();
  private idleWaiters: (() => void)[] = [];
  /** Set at shutdown: new updates fail with it. */
  private refusal: Error | null = null;
  private stopped = false;
  private onStored: ((updates: number, ms: number) => void) | null = null;

  constructor(
    private readonly store: Pick<BoardLog, 'appendUpdates'>,
    private readonly retry: RetryPolicy,
  ) {}

  /** Tells `onStored` of each group commit stored: how many updates, and how long appendUpdates took, ms (metrics). */
  observe(onStored: (updates: number, ms: number) => void): void {
    this.onStored = onStored;
  }

  /** Resolves when no write is queued, in flight or waiting to be tried again. */
  idle(): Promise<void> {
    if (this.boards.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * For shutdown: takes no more updates (they fail with `reason`: their senders keep them and
   * send them to the next server), waits up to `waitMs` for what is queued, in flight or
   * waiting to be tried again, then stops trying: what still waits for a retry fails.
   */
  async shutDown(waitMs: number, reason: Error): Promise<void> {
    this.refusal = reason;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.idle(), new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)))]);
    clearTimeout(timer);
    this.stop(reason);
  }

  private stop(reason: Error): void {
    this.stopped = true;
    for (const [boardId, queue] of this.boards) {
      if (!queue.retry) continue;
      clearTimeout(queue.retry);
      this.finish(queue, queue.waiters.splice(0), (w) => w.reject(reason));
      queue.updates.length = 0;
      this.settled(boardId, queue);
    }
  }

  /** Resolves with the board's last seq once `update` is on disk (D1, D2). */
  append(boardId: string, update: Uint8Array): Promise<number> {
    if (this.refusal) return Promise.reject(this.refusal);
    return new Promise((resolve, reject) => {
      let queue = this.boards.get(boardId);
      if (!queue) {
        queue = { updates: [], waiters: [], writing: false, failures: 0 };
        this.boards.set(boardId, queue);
      }
      queue.updates.push(update);
      queue.waiters.push({ resolve, reject });
      if (!queue.writing && queue.updates.length === 1) setImmediate(() => void this.write(boardId));
    });
  }

  private async write(boardId: string): Promise<void> {
    const queue = this.boards.get(boardId);
    if (!queue || queue.updates.length === 0) return;
    queue.retry = undefined;
    const updates = queue.updates.splice(0);
    const waiters = queue.waiters.splice(0);
    queue.writing = true;
    try {
      const started = performance.now();
      const seq = await this.store.appendUpdates(boardId, updates);
      this.onStored?.(updates.length, performance.now() - started);
      queue.failures = 0;
      this.finish(queue, waiters, (w) => w.resolve(seq));
    } catch (e) {
      if (this.stopped || !retryable(e)) this.finish(queue, waiters, (w) => w.reject(e));
      else return this.tryAgainLater(boardId, queue, updates, waiters, e);
    }
    this.settled(boardId, queue);
  }

  private tryAgainLater(boardId: string, queue: BoardQueue, updates: Uint8Array[], waiters: Waiter[], error: unknown): void {
    // Back at the head of the queue, ahead of what arrived meanwhile, so seqs stay in order.
    queue.updates.unshift(...updates);
    queue.waiters.unshift(...waiters);
    queue.failures += 1;
    const delay = Math.min(this.retry.maxDelayMs, this.retry.firstDelayMs * 2 ** (queue.failures - 1));
    this.retry.onFailure(boardId, error, delay);
    queue.retry = setTimeout(() => void this.write(boardId), delay);
  }

  private finish(queue: BoardQueue, waiters: Waiter[], settle: (w: Waiter) => void): void {
    queue.writing = false;
    for (const w of waiters) settle(w);
  }

  /** After a write ends: the next one if more queued meanwhile, else the board is idle. */
  private settled(boardId: string, queue: BoardQueue): void {
    if (queue.updates.length > 0) {
      void this.write(boardId);
      return;
    }
    this.boards.delete(boardId);
    if (this.boards.size === 0) for (const done of this.idleWaiters.splice(0)) done();
  }
}

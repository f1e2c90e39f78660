import type { Store } from '../store/Store.js';

interface Waiter {
  resolve: (seq: number) => void;
  reject: (e: unknown) => void;
}

interface BoardQueue {
  updates: Uint8Array[];
  waiters: Waiter[];
  /** A write of this board is in flight; the queue waits for it. */
  writing: boolean;
}

/**
 * Group commit, one write in flight per board. Updates that arrive while a board's write is
 * in flight (or in the same turn of the event loop) go to disk together in its next
 * transaction, so a burst of edits costs one disk flush, not one each. Writes of one board
 * never overlap: seqs commit in the order they are handed out, which compaction relies on
 * (a resolved seq means every lower seq of the board is on disk too).
 */
export class UpdateBatcher {
  private readonly boards = new Map<string, BoardQueue>();

  private idleWaiters: (() => void)[] = [];

  constructor(private readonly store: Store) {}

  /** Resolves when no write is queued or in flight (for shutdown). */
  idle(): Promise<void> {
    if (this.boards.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Resolves with the board's last seq once `update` is on disk (D1, D2). */
  append(boardId: string, update: Uint8Array): Promise<number> {
    return new Promise((resolve, reject) => {
      let queue = this.boards.get(boardId);
      if (!queue) {
        queue = { updates: [], waiters: [], writing: false };
        this.boards.set(boardId, queue);
      }
      queue.updates.push(update);
      queue.waiters.push({ resolve, reject });
      if (!queue.writing && queue.updates.length === 1) setImmediate(() => void this.write(boardId));
    });
  }

  private async write(boardId: string): Promise<void> {
    const queue = this.boards.get(boardId);
    if (!queue || queue.writing || queue.updates.length === 0) return;
    const updates = queue.updates.splice(0);
    const waiters = queue.waiters.splice(0);
    queue.writing = true;
    try {
      const seq = await this.store.appendUpdates(boardId, updates);
      for (const w of waiters) w.resolve(seq);
    } catch (e) {
      for (const w of waiters) w.reject(e);
    } finally {
      queue.writing = false;
      if (queue.updates.length > 0) void this.write(boardId);
      else this.boards.delete(boardId);
      if (this.boards.size === 0) for (const done of this.idleWaiters.splice(0)) done();
    }
  }
}

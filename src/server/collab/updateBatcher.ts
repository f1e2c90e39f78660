import type { Store } from '../store/Store.js';

interface Pending {
  updates: Uint8Array[];
  waiters: { resolve: (seq: number) => void; reject: (e: unknown) => void }[];
}

/**
 * Group commit: updates that arrive in the same turn of the event loop are written in one
 * transaction per board, so a burst of edits costs one disk flush, not one each. Each
 * caller's promise resolves with the board's last seq once its update is on disk (D1).
 */
export class UpdateBatcher {
  private pending = new Map<string, Pending>();
  private scheduled = false;

  constructor(private readonly store: Store) {}

  append(boardId: string, update: Uint8Array): Promise<number> {
    return new Promise((resolve, reject) => {
      let entry = this.pending.get(boardId);
      if (!entry) {
        entry = { updates: [], waiters: [] };
        this.pending.set(boardId, entry);
      }
      entry.updates.push(update);
      entry.waiters.push({ resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = new Map();
    this.scheduled = false;
    await Promise.all(
      [...batch].map(async ([boardId, { updates, waiters }]) => {
        try {
          const seq = await this.store.appendUpdates(boardId, updates);
          for (const w of waiters) w.resolve(seq);
        } catch (e) {
          for (const w of waiters) w.reject(e);
        }
      }),
    );
  }
}

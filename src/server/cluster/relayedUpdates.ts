/** One change another instance relayed before it was known stored. */
interface Held {
  origin: string;
  relay: number;
  update: Uint8Array;
  /** When it was held (options.now), for `maxWaitMs`. */
  since: number;
  /** Resolves once the change is known stored: its origin said so, or this instance stored it. */
  stored: Promise<void>;
  settle: () => void;
  fail: (e: unknown) => void;
  timer: NodeJS.Timeout | null;
}

export interface RelayedUpdatesOptions {
  /** How long to wait for the origin's "stored" before storing a change here, ms, while the origin is silent. */
  waitMs: number;
  /** The longest wait, ms, even while the origin announces other changes stored (it may never store this one). */
  maxWaitMs: number;
  /** Appends the change to the board's log here; resolves once it is on disk (D1). */
  storeHere: (boardId: string, update: Uint8Array) => Promise<void>;
  now?: () => number;
}

/**
 * Changes other instances relayed to this one before storing them (SPEC M8), per board, until
 * each is known stored: its origin announces "stored up to relay n", or, if that does not come
 * within `waitMs` (the origin died, or Redis went away), this instance appends the bytes to the
 * log itself. Appending a Yjs update twice changes nothing, and compaction merges the copies.
 * An origin that announced something stored (any board) within the last `waitMs` is alive and
 * storing, only slowly: its changes wait longer, up to `maxWaitMs`, so that a slow database is
 * not sent every change twice just when it can least take it.
 * `settled(board)` is what an acknowledgement on the board waits for: nothing this instance
 * acknowledges may build on a change that is on no disk.
 */
export class RelayedUpdates {
  private readonly boards = new Map<string, Held[]>();
  /** When each origin last announced something stored. */
  private readonly lastHeard = new Map<string, number>();
  private readonly now: () => number;

  constructor(private readonly options: RelayedUpdatesOptions) {
    this.now = options.now ?? Date.now;
  }

  /** A change `origin` relayed as number `relay`, applied to the board here just now. */
  hold(boardId: string, origin: string, relay: number, update: Uint8Array): void {
    let settle = () => {};
    let fail: (e: unknown) => void = () => {};
    const stored = new Promise<void>((resolve, reject) => {
      settle = resolve;
      fail = reject;
    });
    stored.catch(() => {}); // told to whoever waits on it (an acknowledgement, an announcement)
    const held: Held = { origin, relay, update, since: this.now(), stored, settle, fail, timer: null };
    held.timer = setTimeout(() => this.waited(boardId, held), this.options.waitMs);
    const list = this.boards.get(boardId) ?? [];
    list.push(held);
    this.boards.set(boardId, list);
  }

  /** `origin` says every change it relayed of the board, up to number `upTo`, is stored. */
  confirm(boardId: string, origin: string, upTo: number): void {
    this.lastHeard.set(origin, this.now());
    for (const held of this.boards.get(boardId) ?? []) {
      if (held.origin === origin && held.relay <= upTo) this.done(boardId, held);
    }
  }

  /** Resolves once every change held for the board now is known stored; rejects if one never will be. */
  settled(boardId: string): Promise<void> {
    const list = this.boards.get(boardId);
    if (!list || list.length === 0) return Promise.resolve();
    return Promise.all(list.map((h) => h.stored)).then(() => {});
  }

  /** How many changes of the board wait to be known stored (tests, metrics). */
  waiting(boardId: string): number {
    return this.boards.get(boardId)?.length ?? 0;
  }

  /** Stores here, now, what is held for the board (it leaves memory), or for every board (no announcement can come). */
  storeNow(boardId?: string): void {
    const ids = boardId === undefined ? [...this.boards.keys()] : [boardId];
    for (const id of ids) for (const held of [...(this.boards.get(id) ?? [])]) this.storeHere(id, held);
  }

  /** `waitMs` passed without the announcement: wait again while the origin is storing other changes, else store here. */
  private waited(boardId: string, held: Held): void {
    const now = this.now();
    const heard = this.lastHeard.get(held.origin) ?? -Infinity;
    const left = held.since + this.options.maxWaitMs - now;
    if (held.timer !== null && now - heard < this.options.waitMs && left > 0) {
      held.timer = setTimeout(() => this.waited(boardId, held), Math.min(this.options.waitMs, left));
      return;
    }
    this.storeHere(boardId, held);
  }

  private storeHere(boardId: string, held: Held): void {
    if (held.timer === null) return; // known stored already, or being stored here
    clearTimeout(held.timer);
    held.timer = null;
    this.options.storeHere(boardId, held.update).then(
      () => this.done(boardId, held),
      (e: unknown) => {
        this.remove(boardId, held);
        held.fail(e);
      },
    );
  }

  private done(boardId: string, held: Held): void {
    if (held.timer !== null) clearTimeout(held.timer);
    held.timer = null;
    this.remove(boardId, held);
    held.settle();
  }

  private remove(boardId: string, held: Held): void {
    const list = this.boards.get(boardId);
    if (!list) return;
    const at = list.indexOf(held);
    if (at >= 0) list.splice(at, 1);
    if (list.length === 0) this.boards.delete(boardId);
  }
}

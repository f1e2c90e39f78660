import type { beforeSyncPayload, Extension, onChangePayload, onLoadDocumentPayload, onStoreDocumentPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import { boardSnapshot, initBoardDoc } from '../../doc/index.js';
import { initControlDoc } from '../../doc/control/index.js';
import { controlDocumentKind, type Board } from '../../domain/index.js';
import { AckGate } from '../collab/ackGate.js';
import { endConnection } from '../collab/closeSocket.js';
import { carriesUpdate, isEmptyUpdate } from '../collab/protocol.js';
import { UpdateBatcher } from '../collab/updateBatcher.js';
import { AppError, errorRegistry, isAppError } from '../../shared/index.js';
import { applyBoardState } from '../services/boardDoc.js';
import { serverWriteOrigin } from '../services/writeBoardAsServer.js';
import { RelayedUpdates } from '../cluster/relayedUpdates.js';
import type { CollabContext } from '../collab/collabContext.js';
import type { AppContext } from '../context.js';

/** A failed write is tried again after 100 ms, then 200, 400… up to every 5 s (UpdateBatcher). */
const retryFirstDelayMs = 100;
const retryMaxDelayMs = 5000;
/** How long a stopping server waits for writes the store keeps failing. */
const shutdownWaitMs = 10_000;
/** How long a change relayed by another instance waits for its origin's "stored" before it is stored here (SPEC M8)… */
const relayedStoreWaitMs = 2000;
/** …and how long at most while that origin goes on announcing other changes stored. */
const relayedStoreMaxWaitMs = 10_000;
/** The WebSocket code for "the server met a condition it could not handle": here, a failed write. */
const storeFailedClose = 1011;

/**
 * Whether a change to a document was made by this server itself and is not stored yet: not a
 * client's (beforeSync stored it), not another instance's (RelayedUpdates holds it), not one
 * writeBoardAsServer stored before applying it. A direct connection's transaction (an
 * end-of-activity version, SPEC H5) or an extension's correction (voteGuard's undo) is one.
 */
function isUnstoredServerChange(origin: unknown): boolean {
  if (origin === serverWriteOrigin) return false;
  const source = typeof origin === 'object' && origin !== null ? (origin as { source?: unknown }).source : undefined;
  return source !== 'connection' && source !== 'redis';
}

/** What the server knows of a loaded board's log. */
interface LoadedBoard {
  board: Pick<Board, 'id' | 'kind' | 'title'>;
  /** Highest seq on disk. Every update up to it is in the in-memory document (see below). */
  persistedSeq: number;
  /** Bytes stored for the board, for the size limit. */
  size: number;
}

/**
 * Durability (SPEC D1–D5). Each incoming update is validated, then handed to the store
 * (group commit, one write in flight per board) while Hocuspocus applies it and relays it to
 * the others at once; only the sender's acknowledgement waits until the write is on disk
 * (AckGate), so an acknowledged edit survives a crash and a slow disk delays no one else.
 * A failed write is tried again until it succeeds (UpdateBatcher), never answered "failed"
 * while the document holds the update, which would let a reconnecting client be acknowledged
 * for an edit on no disk.
 * A seq counts as persisted only once its write is done, by when its update has long been
 * applied: every seq compaction sees as persisted is in the document it snapshots.
 * Compaction (a full state replacing the log) and the plain JSON snapshot run in the
 * background on Hocuspocus's debounced store hook, and when the last client leaves.
 */
export class DurablePersistence implements Extension {
  extensionName = 'durable-persistence';
  priority = 500;
  private readonly boards = new Map<string, LoadedBoard>();
  /** Each loaded board's latest write: it resolves after every earlier one (one write in flight per board). */
  private readonly lastWrite = new Map<string, Promise<void>>();
  private readonly batcher: UpdateBatcher;
  private readonly acks: AckGate;
  /** Changes other instances relayed before storing them (SPEC M8). */
  private readonly relayed: RelayedUpdates;
  /** Set when shutdown begins: it compacts every board itself, and later store hooks would find the store closed. */
  private stopped = false;
  /** Compactions the store hook started, which shutdown waits for before the store closes. */
  private readonly compacting = new Set<Promise<void>>();

  constructor(private readonly ctx: Pick<AppContext, 'config' | 'store'>) {
    this.batcher = new UpdateBatcher(ctx.store, {
      firstDelayMs: retryFirstDelayMs,
      maxDelayMs: retryMaxDelayMs,
      onFailure: (boardId, e, delay) =>
        ctx.config.log(
          `board ${boardId}: an update could not be stored (${e instanceof Error ? e.message : String(e)}); trying again in ${delay} ms, its sender unacknowledged until then`,
        ),
    });
    this.relayed = new RelayedUpdates({
      waitMs: relayedStoreWaitMs,
      maxWaitMs: relayedStoreMaxWaitMs,
      storeHere: (name, update) => this.append(name, update),
    });
    this.acks = new AckGate((connection, e) => {
      ctx.config.log(
        `board ${connection.document.name}: an update could not be stored (${e.message}); closing the sender's connection unacknowledged`,
      );
      endConnection(connection, storeFailedClose, 'STORE_UNAVAILABLE', errorRegistry.STORE_UNAVAILABLE.message);
    });
  }

  /** Where the store's write times and the acknowledgements' waits are told (SPEC O2). */
  observe(metrics: { stored: (updates: number, ms: number) => void; acknowledged: (ms: number) => void }): void {
    this.batcher.observe((updates, ms) => metrics.stored(updates, ms));
    this.acks.observe((ms) => metrics.acknowledged(ms));
  }

  /** Stored bytes of a loaded board (compacted state plus log), or 0 when not loaded. */
  sizeOf(documentName: string): number {
    return this.boards.get(documentName)?.size ?? 0;
  }

  async onLoadDocument({ document, documentName, context }: onLoadDocumentPayload<CollabContext>): Promise<void> {
    const board = context.board ?? (await this.ctx.store.getBoard(documentName));
    if (!board) throw new Error(`board ${documentName} does not exist`);
    const kind = board.kind;
    const state = await this.ctx.store.loadBoardState(documentName);
    const skip = (what: string, e: Error) => this.ctx.config.log(`board ${documentName}: skipped unreadable ${what}: ${e.message}`);
    const loaded = applyBoardState(document, state, skip, { source: 'local', skipStoreHooks: true });
    let { size, lastSeq: persistedSeq } = loaded;
    if (loaded.empty) {
      if (kind === controlDocumentKind) initControlDoc(document);
      else initBoardDoc(document, kind);
      const first = Y.encodeStateAsUpdate(document);
      persistedSeq = await this.ctx.store.appendUpdates(documentName, [first]);
      size = first.length;
    }
    // Hocuspocus keeps each update for a broadcast in the next turn of the event loop, by which
    // time the first connection is attached: it would receive the whole board as an update and
    // then again as the answer to its sync. Connections attach only once loading is done, so
    // this sends nothing.
    document.flush();
    this.boards.set(documentName, { board, persistedSeq, size });
  }

  async beforeSync({ connection, document, documentName, type, payload }: beforeSyncPayload<CollabContext>): Promise<void> {
    if (!carriesUpdate(type) || connection.readOnly) return;
    // A client that comes with the board already in hand (a reconnection, a page that drew the
    // stored state first) answers the server's sync with nothing (an empty update) or its whole
    // delete set: nothing new, not stored again. Only an update without structs can be that, so
    // only those are checked. Its content may still be on its way to disk, though (sent before a
    // reconnection, or relayed from another instance that has not stored it yet: M8), so its
    // acknowledgement waits for the board's writes queued so far and the relayed changes applied.
    if (isEmptyUpdate(payload)) {
      this.acks.track(connection, this.stored(documentName));
      return;
    }
    if (!this.boards.has(documentName)) throw new Error(`board ${documentName} is not loaded`);
    // Refuse what Yjs cannot read before it reaches the log, so a bad peer cannot poison the board.
    const { structs } = Y.decodeUpdate(payload);
    if (structs.length === 0 && Y.snapshotContainsUpdate(Y.snapshot(document), payload)) {
      this.acks.track(connection, this.stored(documentName));
      return;
    }
    // Both taken before the update is applied: it may build on any change the board holds now.
    this.acks.track(connection, Promise.all([this.append(documentName, payload), this.relayed.settled(documentName)]));
  }

  /**
   * The server's own changes. Those writeBoardAsServer stored before applying them (a private
   * round's reveal, a restored version) count in the board's size at once (SPEC L2), not only at
   * the next compaction; the others go to the log as any edit does (SPEC D1, H5).
   */
  async onChange({ documentName, update, transactionOrigin }: onChangePayload<CollabContext>): Promise<void> {
    const board = this.boards.get(documentName);
    if (board && transactionOrigin === serverWriteOrigin) board.size += update.length;
    if (!board || !isUnstoredServerChange(transactionOrigin)) return;
    this.append(documentName, update).catch((e: Error) =>
      this.ctx.config.log(`board ${documentName}: a change the server made could not be stored (${e.message})`),
    );
  }

  /** Appends to the board's log (group commit); resolves once on disk. */
  private append(documentName: string, update: Uint8Array): Promise<void> {
    const board = this.boards.get(documentName);
    if (board) board.size += update.length;
    const write = this.batcher.append(documentName, update).then((seq) => {
      if (board) board.persistedSeq = Math.max(board.persistedSeq, seq);
    });
    write.catch(() => {}); // told to whoever waits on it: an acknowledgement, a relay's announcement
    this.lastWrite.set(documentName, write);
    return write;
  }

  /**
   * Resolves once everything the board holds now is known to be on disk: every update received
   * from its connections, every change the server made, every change another instance relayed
   * (rejects if one of them never will be: the server is stopping, the board was deleted).
   * Acknowledgements, and this instance's "stored" announcements to the others, wait for it (M8).
   */
  stored(documentName: string): Promise<void> {
    const writes = this.lastWrite.get(documentName) ?? Promise.resolve();
    return Promise.all([writes, this.relayed.settled(documentName)]).then(() => {});
  }

  /** Another instance relayed a change to the board, applied here just now, not yet known stored (M8). */
  holdRelayed(documentName: string, origin: string, relay: number, update: Uint8Array): void {
    this.relayed.hold(documentName, origin, relay, update);
  }

  /** `origin` stored every change of the board it relayed up to number `upTo`. */
  relayedStored(documentName: string, origin: string, upTo: number): void {
    this.relayed.confirm(documentName, origin, upTo);
  }

  /** No announcement can come (Redis is unreachable): every relayed change held is stored here now. */
  storeRelayedHere(): void {
    this.relayed.storeNow();
  }

  async onStoreDocument({ document, documentName }: onStoreDocumentPayload): Promise<void> {
    if (this.stopped || !this.boards.has(documentName)) return;
    const compaction = this.compact(document, documentName);
    this.compacting.add(compaction);
    try {
      await compaction;
    } catch (e) {
      // Deleted meanwhile (by the CLI, say): nothing to store, and the board may leave memory.
      if (!isAppError(e) || e.code !== 'BOARD_NOT_FOUND') throw e;
      this.forget(documentName);
      this.ctx.config.log(`board ${documentName}: deleted while open; dropped from memory unstored`);
    } finally {
      this.compacting.delete(compaction);
    }
  }

  /** Whether this instance has the board loaded and stores its edits (not deleted meanwhile). */
  isLoaded(documentName: string): boolean {
    return this.boards.has(documentName);
  }

  /** The board was deleted: stored no more; Hocuspocus unloads it when its last connection goes. */
  forget(documentName: string): void {
    this.boards.delete(documentName);
  }

  /**
   * At shutdown: takes no more edits, waits for queued writes, compacts every open board
   * once, then stops. Edits refused now, and writes still not done after `shutdownWaitMs`,
   * were never acknowledged: their senders send them again to the next server.
   */
  async flushAndStop(documents: Iterable<Y.Doc & { name: string }>): Promise<void> {
    this.stopped = true;
    this.relayed.storeNow();
    await this.batcher.shutDown(shutdownWaitMs, new AppError('STORE_UNAVAILABLE', 'the server is stopping'));
    await Promise.allSettled(this.compacting);
    for (const document of documents) {
      await this.compact(document, document.name).catch((e: Error) =>
        this.ctx.config.log(`board ${document.name}: not compacted at shutdown: ${e.message}`),
      );
    }
  }

  private async compact(document: Y.Doc, documentName: string): Promise<void> {
    const board = this.boards.get(documentName);
    if (!board) return;
    // Both values are taken before the first await: see the class comment.
    const state = Y.encodeStateAsUpdate(document);
    const uptoSeq = board.persistedSeq;
    const snapshot = JSON.stringify(boardSnapshot(document, board.board));
    await this.ctx.store.compactBoard(documentName, state, uptoSeq);
    await this.ctx.store.putBoardSnapshot(documentName, snapshot, this.ctx.config.now().toISOString());
    board.size = await this.ctx.store.boardSize(documentName);
  }

  async afterUnloadDocument({ documentName }: { documentName: string }): Promise<void> {
    this.relayed.storeNow(documentName);
    this.boards.delete(documentName);
    this.lastWrite.delete(documentName);
  }
}

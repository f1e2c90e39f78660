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
import type { CollabContext } from '../collab/collabContext.js';
import type { AppContext } from '../context.js';

/** A failed write is tried again after 100 ms, then 200, 400… up to every 5 s (UpdateBatcher). */
const retryFirstDelayMs = 100;
const retryMaxDelayMs = 5000;
/** How long a stopping server waits for writes the store keeps failing. */
const shutdownWaitMs = 10_000;
/** The WebSocket code for "the server met a condition it could not handle": here, a failed write. */
const storeFailedClose = 1011;

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
    if (!carriesUpdate(type) || connection.readOnly || isEmptyUpdate(payload)) return;
    const board = this.boards.get(documentName);
    if (!board) throw new Error(`board ${documentName} is not loaded`);
    // Refuse what Yjs cannot read before it reaches the log, so a bad peer cannot poison the board.
    const { structs } = Y.decodeUpdate(payload);
    // A client that comes with the board already in hand (a reconnection, a page that drew the
    // stored state first) answers the server's sync with its whole delete set: nothing new,
    // not stored again. Only an update without structs can be that, so only those are checked.
    // Its content may still be on its way to disk, though (sent before a reconnection, or relayed
    // from another instance before that one stored it: M8), so its acknowledgement waits for the
    // board's writes queued so far.
    if (structs.length === 0 && Y.snapshotContainsUpdate(Y.snapshot(document), payload)) {
      const pending = this.lastWrite.get(documentName);
      if (pending) this.acks.track(connection, pending);
      return;
    }
    board.size += payload.length;
    const write = this.batcher.append(documentName, payload).then((seq) => {
      board.persistedSeq = Math.max(board.persistedSeq, seq);
    });
    this.lastWrite.set(documentName, write);
    this.acks.track(connection, write);
  }

  /**
   * The server's own writes (a private round's reveal, a restored version) were appended to the
   * log by writeBoardAsServer before they reach the live document: counted here in the board's
   * size (SPEC L2) at once, not only at the next compaction.
   */
  async onChange({ documentName, update, transactionOrigin }: onChangePayload<CollabContext>): Promise<void> {
    if (transactionOrigin !== serverWriteOrigin) return;
    const board = this.boards.get(documentName);
    if (board) board.size += update.length;
  }

  /**
   * Resolves once every update of the board received so far from its connections is on disk
   * (rejects if one of them never will be: the server is stopping, the board was deleted).
   * What this instance relays to the others waits for it (SPEC M8).
   */
  stored(documentName: string): Promise<void> {
    return this.lastWrite.get(documentName) ?? Promise.resolve();
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
    this.boards.delete(documentName);
    this.lastWrite.delete(documentName);
  }
}

import type {
  afterLoadDocumentPayload,
  afterUnloadDocumentPayload,
  Document,
  Extension,
  Hocuspocus,
  onAwarenessUpdatePayload,
  onChangePayload,
  onConfigurePayload,
} from '@hocuspocus/server';
import { applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { isLocked, type Board, type BoardAccess, type Principal } from '../../domain/index.js';
import { applyAccessChanges } from '../collab/applyAccessChanges.js';
import { applyBoardLock } from '../collab/applyBoardLock.js';
import { closeAudienceHere } from '../collab/audienceAccess.js';
import { dropLiveBoards } from '../collab/dropLiveBoards.js';
import { LogLimiter } from '../collab/logLimiter.js';
import { applySpotlight } from '../collab/spotlightGuard.js';
import type { DurablePersistence } from '../extensions/durablePersistence.js';
import type { Store } from '../store/Store.js';
import { noCluster, type Cluster, type ClusterBus, type ClusterStatus } from './ClusterBus.js';
import type { ClusterEvent, ClusterMessage, Envelope } from './envelope.js';
import { withoutLocalClients } from './foreignPresence.js';

/** Hocuspocus's origin for changes from another instance: it relays them, never stores them. */
const fromRedis = { source: 'redis' } as const;
/** y-protocols' origin for presence it dropped for silence: each instance decides that itself. */
const awarenessTimeout = 'timeout';
/** Lines about refused updates: at most this many a minute (LogLimiter). */
const refusedLinesPerMinute = 10;

function isFromRedis(origin: unknown): boolean {
  return typeof origin === 'object' && origin !== null && (origin as { source?: unknown }).source === 'redis';
}

export interface LiveBoardsOptions {
  store: Store;
  /** Which boards this instance stores, when what it holds is stored, relayed changes, forgetting a deleted board (DurablePersistence). */
  persistence: Pick<DurablePersistence, 'isLoaded' | 'stored' | 'forget' | 'holdRelayed' | 'relayedStored' | 'storeRelayedHere'>;
  /** Null without REDIS_URL: this instance is alone. */
  bus: ClusterBus | null;
  /** What a holder may do on a board now (services/currentBoardAccess.ts). */
  accessOf: (who: Principal, board: Board) => Promise<BoardAccess>;
  log: (line: string) => void;
}

/**
 * The boards people have open: on this instance (its Hocuspocus) and, with Redis, on the
 * others (SPEC M1–M8). As a Hocuspocus extension it sends every change, presence and
 * catch-up request of this instance's boards to the others, and applies theirs: applied
 * with Hocuspocus's "redis" origin, a change reaches this instance's clients at once and is
 * acknowledged to no one here. Changes are relayed as soon as they are applied, numbered, and
 * each instance announces "stored up to n" once what it held when it relayed n is on disk;
 * until then the receiver holds the change (DurablePersistence: no acknowledgement on that
 * board waits for less, and it stores the change itself if the announcement does not come).
 * For routes it is how a server-side event (a removal, a group change, a lock, a deletion)
 * reaches the connections it concerns on every instance.
 */
export class LiveBoards implements Extension, Cluster {
  extensionName = 'live-boards';
  private instance: Hocuspocus | null = null;
  /** Loaded boards, from the end of their loading (before Hocuspocus lists them), and whether locked. */
  private readonly open = new Map<string, { document: Document; locked: boolean }>();
  private readonly refused: LogLimiter;
  /** The number of this instance's last relay (an update or a catch-up answer), for announcements. */
  private relays = 0;
  /** Boards with a "stored" announcement about to go, and the highest relay it covers. */
  private readonly announcing = new Map<string, number>();

  constructor(private readonly options: LiveBoardsOptions) {
    this.refused = new LogLimiter(options.log, refusedLinesPerMinute, 60_000);
    options.bus?.onMessage((envelope) =>
      this.receive(envelope).catch((e: Error) => options.log(`cluster: a message from another instance failed here: ${e.message}`)),
    );
    // While Redis is away no announcement arrives: relayed changes held are stored here at once.
    options.bus?.onDown(() => options.persistence.storeRelayedHere());
    options.bus?.onReconnect(() => {
      for (const [name, { document }] of this.open) this.askForMissing(name, document);
    });
  }

  status(): ClusterStatus {
    return (this.options.bus ?? noCluster).status();
  }

  /** A board's document when this instance has it loaded, else null (its live state). */
  board(boardId: string): Y.Doc | null {
    return this.instance?.documents.get(boardId) ?? null;
  }

  /** Boards were deleted: everyone on them, on every instance, is disconnected (SPEC A13). */
  drop(boardIds: string[]): void {
    this.tell({ type: 'boards-deleted', boardIds });
    this.dropHere(boardIds);
  }

  /** Who is in a workshop, or in which group, changed: every instance checks its connections (A10). */
  async accessChanged(workshopId: string): Promise<void> {
    this.tell({ type: 'access-changed', workshopId });
    if (this.instance) await applyAccessChanges(this.instance, this.options.store, workshopId);
  }

  /** A board was locked or unlocked: every instance decides its connections again (A13). */
  async lockChanged(board: Board): Promise<void> {
    this.tell({ type: 'lock-changed', boardId: board.id });
    await this.lockHere(board);
  }

  /** A board's audience link was closed: its audience on every instance is disconnected (SPEC W3). */
  audienceClosed(boardId: string): void {
    this.tell({ type: 'audience-closed', boardId });
    if (this.instance) closeAudienceHere(this.instance, boardId);
  }

  /** The spotlight moved (spotlightGuard applies it here): the other instances apply it too (A12). */
  spotlightChanged(boardIds: string[], spotlit: string | null): void {
    this.tell({ type: 'spotlight', boardIds, spotlit });
  }

  async onConfigure({ instance }: onConfigurePayload): Promise<void> {
    this.instance = instance;
  }

  async afterLoadDocument({ documentName, document }: afterLoadDocumentPayload): Promise<void> {
    const board = await this.options.store.getBoard(documentName);
    this.open.set(documentName, { document, locked: board ? isLocked(board) : false });
    this.askForMissing(documentName, document);
  }

  async onChange({ documentName, update, transactionOrigin }: onChangePayload): Promise<void> {
    if (isFromRedis(transactionOrigin)) return;
    this.relay(documentName, update);
  }

  /** Sends a change to the others at once, and "stored" once it is (SPEC M8). */
  private relay(documentName: string, update: Uint8Array): void {
    const relay = ++this.relays;
    this.send({ kind: 'update', doc: documentName, data: update, relay });
    this.announceWhenStored(documentName, relay);
  }

  /**
   * Tells the others "stored up to `relay`" once everything the board holds here now is known
   * on disk (its own writes and what others relayed to it), never if a write fails for good.
   * Announcements that come due in one turn of the event loop go as one.
   */
  private announceWhenStored(documentName: string, relay: number): void {
    this.options.persistence.stored(documentName).then(
      () => {
        const queued = this.announcing.get(documentName);
        this.announcing.set(documentName, Math.max(queued ?? 0, relay));
        if (queued !== undefined) return;
        setImmediate(() => {
          const upTo = this.announcing.get(documentName)!;
          this.announcing.delete(documentName);
          this.send({ kind: 'stored', doc: documentName, upTo });
        });
      },
      () => {},
    );
  }

  async onAwarenessUpdate({
    documentName,
    awareness,
    added,
    updated,
    removed,
    transactionOrigin,
  }: onAwarenessUpdatePayload): Promise<void> {
    if (isFromRedis(transactionOrigin) || transactionOrigin === awarenessTimeout) return;
    const clients = [...added, ...updated, ...removed];
    if (clients.length > 0) this.send({ kind: 'awareness', doc: documentName, data: encodeAwarenessUpdate(awareness, clients) });
  }

  async afterUnloadDocument({ documentName, instance }: afterUnloadDocumentPayload): Promise<void> {
    if (!instance.documents.has(documentName)) this.open.delete(documentName);
  }

  private send(message: ClusterMessage): void {
    this.options.bus?.publish(message);
  }

  private tell(event: ClusterEvent): void {
    this.send({ kind: 'event', event });
  }

  /** Asks the other instances for what this one lacks of a board (and tells them what it has). */
  private askForMissing(documentName: string, document: Document): void {
    this.send({ kind: 'sync-request', doc: documentName, data: Y.encodeStateVector(document) });
  }

  private dropHere(boardIds: string[]): void {
    if (this.instance) dropLiveBoards(this.instance, this.options.persistence, boardIds);
  }

  private async lockHere(board: Board): Promise<void> {
    const open = this.open.get(board.id);
    if (open) open.locked = isLocked(board);
    if (this.instance) await applyBoardLock(this.instance, board, this.options.accessOf);
    // Changes refused while it was locked (made elsewhere just before the lock) come now.
    if (open && !open.locked) this.askForMissing(board.id, open.document);
  }

  private async receive({ from, message }: Envelope): Promise<void> {
    if (message.kind === 'event') return this.onEvent(message.event);
    if (message.kind === 'audience') return; // audienceWatch's
    const open = this.open.get(message.doc);
    if (!open) return;
    const { document } = open;
    if (message.kind === 'update') {
      if (this.applyRemote(message.doc, message.data, from))
        this.options.persistence.holdRelayed(message.doc, from, message.relay, message.data);
    } else if (message.kind === 'stored') {
      this.options.persistence.relayedStored(message.doc, from, message.upTo);
    } else if (message.kind === 'awareness') {
      if (!this.options.persistence.isLoaded(message.doc)) return;
      this.attempt(message.doc, from, () => {
        const isLocal = (id: number) => document.getConnections().some((c) => document.getClients(c).has(id));
        const update = withoutLocalClients(message.data, isLocal);
        if (update) applyAwarenessUpdate(document.awareness, update, fromRedis);
      });
    } else if (message.kind === 'sync-request') {
      // Answered at once, numbered as a relay: the asker holds it until this instance says stored (M8).
      this.attempt(message.doc, from, () => {
        const data = Y.encodeStateAsUpdate(document, message.data);
        const relay = ++this.relays;
        this.send({ kind: 'sync-reply', doc: message.doc, to: from, data, stateVector: Y.encodeStateVector(document), relay });
        this.announceWhenStored(message.doc, relay);
        const people = [...document.awareness.getStates().keys()];
        if (people.length > 0) this.send({ kind: 'awareness', doc: message.doc, data: encodeAwarenessUpdate(document.awareness, people) });
      });
    } else if (message.to === this.options.bus?.id) {
      if (!this.applyRemote(message.doc, message.data, from)) return;
      this.options.persistence.holdRelayed(message.doc, from, message.relay, message.data);
      // What the answerer lacks, with this instance's deletions (a state vector does not show those).
      this.attempt(message.doc, from, () => this.relay(message.doc, Y.encodeStateAsUpdate(document, message.stateVector)));
    }
  }

  /** Applies another instance's change unless the board is deleted or locked here (SPEC M4). */
  private applyRemote(documentName: string, update: Uint8Array, from: string): boolean {
    const open = this.open.get(documentName);
    if (!open) return false;
    if (!this.options.persistence.isLoaded(documentName) || open.locked) {
      this.refused.line(`cluster: refused a change to ${open.locked ? 'locked' : 'deleted'} board ${documentName} from instance ${from}`);
      return false;
    }
    return this.attempt(documentName, from, () => Y.applyUpdate(open.document, update, fromRedis));
  }

  private attempt(documentName: string, from: string, fn: () => void): boolean {
    try {
      fn();
      return true;
    } catch (e) {
      this.refused.line(
        `cluster: ignored an unreadable message about board ${documentName} from instance ${from}: ${(e as Error).message}`,
      );
      return false;
    }
  }

  private async onEvent(event: ClusterEvent): Promise<void> {
    const instance = this.instance;
    if (!instance) return;
    if (event.type === 'boards-deleted') this.dropHere(event.boardIds);
    else if (event.type === 'access-changed') await applyAccessChanges(instance, this.options.store, event.workshopId);
    else if (event.type === 'audience-closed') closeAudienceHere(instance, event.boardId);
    else if (event.type === 'spotlight') for (const id of event.boardIds) applySpotlight(instance, id, event.spotlit);
    else if (event.type === 'lock-changed') {
      // The message says which board; what its lock is, the store says (a replay changes nothing).
      const board = this.open.has(event.boardId) ? await this.options.store.getBoard(event.boardId) : null;
      if (board) await this.lockHere(board);
    }
  }
}

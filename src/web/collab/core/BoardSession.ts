import type { Role } from '../../../domain/index.js';
import type { ConnectionStatus } from '../connectionStatus.js';
import { colourFor, presenceFrom, type LocalUser, type Presence } from '../presence.js';
import { closedBoard, type BoardSnapshot } from './boardSnapshot.js';
export { closedBoard, type BoardSnapshot } from './boardSnapshot.js';
import { openBoardSocket, type BoardSocket, type BoardSocketEvents, type BoardSocketOptions } from './boardSocket.js';

export type BoardSessionOptions = Omit<BoardSocketOptions, 'announce'> & {
  /** `false` reads a board without appearing on it (a canvas reading its linked map). Default true. */
  announce?: boolean;
};

/**
 * One person's live connection to one board, without React (as xyflow keeps `system` apart
 * from `react`): it opens on construction, reports through `subscribe`/`getSnapshot` (the
 * shape `useSyncExternalStore` wants), starts over with a fresh token on `retry()`, and ends
 * on `destroy()`. `collab/useBoard` is the React wrapper.
 */
export class BoardSession {
  private readonly options: BoardSocketOptions;
  private readonly listeners = new Set<() => void>();
  private snapshot: BoardSnapshot = closedBoard;
  private socket: BoardSocket | null = null;
  /** The attempt whose reports count: a new one on every `open()`, none once closed. */
  private attempt: object | null = null;
  private user: LocalUser | null = null;

  constructor(options: BoardSessionOptions) {
    this.options = { ...options, announce: options.announce ?? true };
    this.open();
  }

  /** Calls `listener` after every change of the snapshot; returns the unsubscribe. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The current snapshot: the same object until something changes. */
  readonly getSnapshot = (): BoardSnapshot => this.snapshot;

  /** Who this person is, for the others' presence bars; shared again when it changes. Ignored when not announcing. */
  setUser(user: { name: string; role: Role }): void {
    this.user = { name: user.name, role: user.role, colour: colourFor(user.name) };
    this.shareUser();
  }

  /** After a refusal: try again from scratch (a new document, a fresh token). */
  retry(): void {
    if (!this.socket) return;
    this.closeSocket();
    this.open();
  }

  /** Closes the socket and stops every timer; the snapshot goes back to `closedBoard`. */
  destroy(): void {
    this.closeSocket();
    this.update(closedBoard);
    this.listeners.clear();
  }

  private open(): void {
    const attempt = {};
    this.attempt = attempt;
    const socket = openBoardSocket(
      this.options,
      this.eventsFor(() => this.attempt === attempt),
    );
    this.socket = socket;
    this.update({ ...closedBoard, doc: socket.doc, awareness: socket.awareness });
    this.shareUser();
  }

  private closeSocket(): void {
    const socket = this.socket;
    this.socket = null;
    this.attempt = null;
    socket?.close();
  }

  private shareUser(): void {
    if (this.user && this.options.announce) this.socket?.awareness.setLocalStateField('user', this.user);
  }

  /** What a socket reports, dropped once it is no longer this session's (a retry, a destroy). */
  private eventsFor(isCurrent: () => boolean): BoardSocketEvents {
    const set = (patch: Partial<BoardSnapshot>) => {
      if (isCurrent()) this.update({ ...this.snapshot, ...patch });
    };
    return {
      status: (status) => set({ status }),
      readOnlyScope: (readOnlyScope) => set({ readOnlyScope }),
      lock: ({ locked, readOnly }) => set({ locked, readOnlyScope: readOnly }),
      saving: (saving) => set({ saving }),
      ready: () => set({ ready: true }),
      watching: (watching) => set({ watching }),
      // Cursors and drags change awareness many times a second; the presence list changes only
      // when someone comes, goes or is renamed. Keeping the same array then spares every board
      // (a 1,000-actor map included) a re-render per pointer move.
      awareness: (states, me) => set({ presence: samePresence(this.snapshot.presence, presenceFrom(states, me)) }),
    };
  }

  /** Takes `next` as the snapshot and tells the listeners, unless nothing changed. */
  private update(next: BoardSnapshot): void {
    if (sameSnapshot(this.snapshot, next)) return;
    this.snapshot = next;
    for (const listener of [...this.listeners]) listener();
  }
}

function sameSnapshot(a: BoardSnapshot, b: BoardSnapshot): boolean {
  return (
    a.doc === b.doc &&
    sameStatus(a.status, b.status) &&
    a.ready === b.ready &&
    a.presence === b.presence &&
    a.readOnlyScope === b.readOnlyScope &&
    a.locked === b.locked &&
    a.saving === b.saving &&
    a.watching === b.watching &&
    a.awareness === b.awareness
  );
}

function sameStatus(a: ConnectionStatus, b: ConnectionStatus): boolean {
  if (a === b) return true;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  return [...keys].every((key) => x[key] === y[key]);
}

/** `before` when `after` lists the same people the same way, else `after`. */
function samePresence(before: Presence[], after: Presence[]): Presence[] {
  const same =
    before.length === after.length &&
    before.every((p, i) => {
      const q = after[i]!;
      return p.clientId === q.clientId && p.name === q.name && p.role === q.role && p.colour === q.colour && p.isMe === q.isMe;
    });
  return same ? before : after;
}

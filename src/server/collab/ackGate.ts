import type { Connection } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import { messageType } from './protocol.js';

function isSyncStatus(message: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder); // the document's address
    return decoding.readVarUint(decoder) === messageType.syncStatus;
  } catch {
    return false;
  }
}

/**
 * Holds back a connection's acknowledgements ("sync status") until the writes it registered
 * before them are on disk (SPEC D1), while everything else — applying the update, relaying it
 * to the others on the board — goes ahead at once. So a slow disk delays only the sender's
 * acknowledgement, never what the others see. A write that fails for good (the server is
 * stopping, the board was deleted: UpdateBatcher tries anything else again) closes that
 * connection instead of acknowledging: its provider keeps the edit and sends it again on
 * reconnecting.
 */
export class AckGate {
  private readonly pending = new WeakMap<Connection, Promise<void>>();
  private readonly gated = new WeakSet<Connection>();

  private onReady: ((ms: number) => void) | null = null;

  constructor(private readonly onWriteFailed: (connection: Connection, error: Error) => void) {}

  /** Tells `onReady`, for each tracked write, how long from its edit's arrival until its acknowledgement may go, ms (metrics). */
  observe(onReady: (ms: number) => void): void {
    this.onReady = onReady;
  }

  /** Acknowledgements this connection is sent from now on wait for `write` (and earlier writes). */
  track(connection: Connection, write: Promise<unknown>): void {
    this.install(connection);
    const before = this.pending.get(connection) ?? Promise.resolve();
    const started = performance.now();
    const after = Promise.all([before, write]).then(() => this.onReady?.(performance.now() - started));
    after.catch(() => {}); // reported once, through the acknowledgement that waits for it
    this.pending.set(connection, after);
  }

  private install(connection: Connection): void {
    if (this.gated.has(connection)) return;
    this.gated.add(connection);
    const send = connection.send.bind(connection);
    connection.send = (message: Uint8Array) => {
      const gate = this.pending.get(connection);
      if (!gate || !isSyncStatus(message)) return send(message);
      gate.then(
        () => send(message),
        (e: Error) => this.onWriteFailed(connection, e),
      );
    };
  }
}

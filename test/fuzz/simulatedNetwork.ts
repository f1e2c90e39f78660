import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import type { Prng } from './prng.js';

/**
 * An in-memory stand-in for a Hocuspocus server and its websocket clients, for seeded
 * convergence fuzzing (STYLE.md habits 7 and 9). One server Y.Doc and N client Y.Docs; each
 * client talks to the server through two message queues carrying raw y-protocols sync
 * messages. Nothing is delivered by itself: the test decides which message arrives next, out
 * of order, or never (a drop). No timers, no clock, no Math.random: a run is a pure function
 * of the test's choices.
 *
 * What is left out on purpose: Hocuspocus's document-name and message-type framing, auth and
 * awareness. They do not touch how document state converges.
 */

/** `toServer` is the client's outgoing queue, `toClient` the server's queue to that client. */
export type Direction = 'toServer' | 'toClient';

export interface QueueRef {
  client: number;
  direction: Direction;
}

export interface SimClient {
  readonly name: string;
  readonly doc: Y.Doc;
  /** False while disconnected: the client keeps editing, nothing is queued either way. */
  online: boolean;
  /**
   * True once a message on this link was dropped. A real socket that loses a message is
   * broken, so only a reconnect (a fresh sync handshake) may make up for it.
   */
  lostMessages: boolean;
  readonly toServer: Uint8Array[];
  readonly toClient: Uint8Array[];
}

/** Counts of what a run did, so a test can check the fuzzer really exercised each path. */
export interface NetworkStats {
  delivered: number;
  deliveredOutOfOrder: number;
  dropped: number;
  disconnects: number;
  reconnects: number;
  /** Deliveries after which the receiver held updates waiting for a missing dependency. */
  parked: number;
}

/**
 * Transaction origin for updates a client applies from the network, so its update handler
 * does not send them back (as the Hocuspocus provider does with its own origin).
 */
const fromNetwork = Symbol('fromNetwork');

/** Replaying a seed must replay conflict resolution too, which orders by clientID. */
function newDoc(clientID: number): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  return doc;
}

function encode(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** Applies one sync message to a doc and returns the reply it calls for (step 1 → step 2), if any. */
function receive(doc: Y.Doc, message: Uint8Array, origin: unknown): Uint8Array | null {
  const encoder = encoding.createEncoder();
  syncProtocol.readSyncMessage(decoding.createDecoder(message), encoder, doc, origin);
  return encoding.length(encoder) > 0 ? encoding.toUint8Array(encoder) : null;
}

export class SimulatedNetwork {
  readonly server: Y.Doc = newDoc(1);
  readonly clients: SimClient[] = [];
  readonly stats: NetworkStats = { delivered: 0, deliveredOutOfOrder: 0, dropped: 0, disconnects: 0, reconnects: 0, parked: 0 };

  /**
   * Creates the clients and queues their opening handshakes; nothing is delivered yet.
   * `declare` runs on every doc, the server's too, before any message: it should only name
   * the top-level types (`doc.getMap('meta')`…), which writes nothing. Yjs leaves types a doc
   * never named out of `doc.toJSON()`, so without it a server would compare as `{}`.
   */
  constructor(clientCount: number, declare: (doc: Y.Doc) => void = () => {}) {
    declare(this.server);
    // Like Hocuspocus: the server relays an update as soon as its doc integrates it, to every
    // connection but the one whose transaction (the origin) brought it in. Hocuspocus 4.7 also
    // echoes it to that sender, where it is a no-op; leaving the echo out is the stricter case.
    this.server.on('update', (update: Uint8Array, origin: unknown) => {
      for (const client of this.clients) {
        if (client.online && origin !== client) client.toClient.push(encode((e) => syncProtocol.writeUpdate(e, update)));
      }
    });
    for (let i = 0; i < clientCount; i++) {
      // clientIDs from 2, so no client shares the server's (1).
      const doc = newDoc(i + 2);
      declare(doc);
      const client: SimClient = { name: `c${i}`, doc, online: false, lostMessages: false, toServer: [], toClient: [] };
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (client.online && origin !== fromNetwork) client.toServer.push(encode((e) => syncProtocol.writeUpdate(e, update)));
      });
      this.clients.push(client);
      this.openLink(client);
    }
  }

  private client(index: number): SimClient {
    const client = this.clients[index];
    if (!client) throw new Error(`no client ${index}`);
    return client;
  }

  private queue(ref: QueueRef): Uint8Array[] {
    return this.client(ref.client)[ref.direction];
  }

  /** Every queue that has a message waiting. */
  busyQueues(): QueueRef[] {
    const refs: QueueRef[] = [];
    this.clients.forEach((client, index) => {
      if (client.toServer.length > 0) refs.push({ client: index, direction: 'toServer' });
      if (client.toClient.length > 0) refs.push({ client: index, direction: 'toClient' });
    });
    return refs;
  }

  queueLength(ref: QueueRef): number {
    return this.queue(ref).length;
  }

  /**
   * Delivers the message at `index` of a queue (0 = the oldest, in-order delivery). Any other
   * index reorders: Yjs must park updates whose dependencies have not arrived (pending
   * structs) and integrate them later. A reply (sync step 2) goes to the back of the reverse
   * queue.
   */
  deliver(ref: QueueRef, index = 0): void {
    const queue = this.queue(ref);
    const [message] = queue.splice(index, 1);
    if (!message) throw new Error(`no message ${index} in ${ref.direction} of client ${ref.client}`);
    const client = this.client(ref.client);
    this.stats.delivered++;
    if (index > 0) this.stats.deliveredOutOfOrder++;
    // The server's transactions carry the sending client as origin, so the relay skips it.
    if (ref.direction === 'toServer') {
      const reply = receive(this.server, message, client);
      if (reply) client.toClient.push(reply);
    } else {
      const reply = receive(client.doc, message, fromNetwork);
      if (reply) client.toServer.push(reply);
    }
    const { store } = ref.direction === 'toServer' ? this.server : client.doc;
    if (store.pendingStructs !== null || store.pendingDs !== null) this.stats.parked++;
  }

  /** Loses the message at `index` of a queue; the link is broken until the client reconnects. */
  drop(ref: QueueRef, index = 0): void {
    const [message] = this.queue(ref).splice(index, 1);
    if (!message) throw new Error(`no message ${index} in ${ref.direction} of client ${ref.client}`);
    this.client(ref.client).lostMessages = true;
    this.stats.dropped++;
  }

  /** The socket closes: whatever was in flight either way is gone. The client edits on offline. */
  disconnect(index: number): void {
    const client = this.client(index);
    client.online = false;
    client.toServer.length = 0;
    client.toClient.length = 0;
    this.stats.disconnects++;
  }

  /**
   * A fresh socket: both queues start empty and each side opens with sync step 1, which the
   * other answers with step 2 when it is delivered. That is how a dropped message or offline
   * edits are made up for.
   */
  reconnect(index: number): void {
    this.openLink(this.client(index));
    this.stats.reconnects++;
  }

  private openLink(client: SimClient): void {
    client.toServer.length = 0;
    client.toClient.length = 0;
    client.online = true;
    client.lostMessages = false;
    client.toServer.push(encode((e) => syncProtocol.writeSyncStep1(e, client.doc)));
    client.toClient.push(encode((e) => syncProtocol.writeSyncStep1(e, this.server)));
  }

  /**
   * Delivers every queued message, in an order chosen by `rng` (mixing queues and picking
   * out of order within them), until the network is quiet. Returns how many were delivered.
   */
  flush(rng: Prng, maxMessages = 100_000): number {
    let count = 0;
    for (let busy = this.busyQueues(); busy.length > 0; busy = this.busyQueues()) {
      if (++count > maxMessages) throw new Error(`network not quiet after ${maxMessages} messages`);
      const ref = rng.pick(busy);
      this.deliver(ref, rng.chance(0.5) ? 0 : rng.int(this.queueLength(ref)));
    }
    return count;
  }

  /**
   * Ends a run: reconnects every client that is offline or lost a message, then flushes.
   * Clients whose link stayed whole keep it, so a run also checks that the relay alone
   * (no resync) is enough for them.
   */
  settle(rng: Prng): number {
    this.clients.forEach((client, index) => {
      if (!client.online || client.lostMessages) this.reconnect(index);
    });
    return this.flush(rng);
  }

  /** The server first, then every client. */
  replicas(): { name: string; doc: Y.Doc }[] {
    return [{ name: 'server', doc: this.server }, ...this.clients];
  }
}

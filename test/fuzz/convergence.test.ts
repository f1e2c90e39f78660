import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addQuickNote, initBoardDoc, metaOf, notesOf, readQuickNotes } from '../../src/doc/index.js';
import { boardKinds } from '../../src/domain/index.js';
import { createPrng } from './prng.js';
import type { Prng } from './prng.js';
import { SimulatedNetwork } from './simulatedNetwork.js';

/**
 * C1 (STYLE.md habit 7): whatever order board updates arrive in, whichever are lost and made
 * up for by a reconnect, and however long a client edits offline, every replica ends equal.
 * Each seed is a whole run; its number in the title replays it exactly.
 */
const seeds = [1234, 1, 2, 3, 42, 99, 2024, 31337, 65535, 8675309];

// A seed that once failed is added here and stays, so the bug it found cannot come back.
const regressionSeeds: number[] = [];

const steps = 400;

/**
 * The board layout plus two top-level types only this test writes (the layout leaves types it
 * does not know alone), so plain Y.Map keys and Y.Text runs are fuzzed beside the notes.
 */
function declareTypes(doc: Y.Doc): void {
  metaOf(doc);
  notesOf(doc);
  doc.getMap('fuzzMap');
  doc.getText('fuzzText');
}

const words = ['river', 'bus stop', 'sensor', 'open data', 'council', 'café', '🚲', ''];

/** One random edit by one client, through the doc layer where it has a function for it. */
function randomEdit(doc: Y.Doc, author: string, rng: Prng, nextId: () => string): void {
  const notes = notesOf(doc);
  const text = doc.getText('fuzzText');
  switch (rng.int(7)) {
    case 0:
    case 1:
      addQuickNote(doc, { id: nextId(), text: rng.pick(words), author });
      break;
    case 2:
      if (notes.length > 0) notes.get(rng.int(notes.length)).set('text', rng.pick(words));
      break;
    case 3:
      if (notes.length > 0) notes.delete(rng.int(notes.length), 1);
      break;
    case 4: {
      const map = doc.getMap<number>('fuzzMap');
      const key = rng.pick(['a', 'b', 'c', 'd']);
      if (rng.chance(0.2)) map.delete(key);
      else map.set(key, rng.int(1000));
      break;
    }
    case 5:
      text.insert(rng.int(text.length + 1), rng.pick(words));
      break;
    default: {
      // Several changes in one transaction make one update with many structs.
      doc.transact(() => {
        if (text.length > 0) {
          const at = rng.int(text.length);
          text.delete(at, 1 + rng.int(Math.min(5, text.length - at)));
        }
        addQuickNote(doc, { id: nextId(), text: rng.pick(words), author });
      });
    }
  }
}

/** Runs one seeded fuzz session and settles the network; the caller checks the result. */
function runFuzz(seed: number): SimulatedNetwork {
  const rng = createPrng(seed);
  const net = new SimulatedNetwork(3 + rng.int(3), declareTypes);
  // Every client opens the new board and initialises it before hearing from the others.
  const kind = rng.pick(boardKinds);
  for (const client of net.clients) initBoardDoc(client.doc, kind);
  let notesAdded = 0;
  for (let step = 0; step < steps; step++) {
    const index = rng.int(net.clients.length);
    const client = net.clients[index];
    if (!client) throw new Error('unreachable: index is in range');
    const busy = net.busyQueues();
    // 40% edits, 40% deliveries, 6% drops, 4% disconnects, 10% reconnects: enough to keep
    // most clients online most of the time. With no message waiting, a delivery or drop
    // becomes an edit.
    const roll = rng.next();
    if (roll >= 0.9) {
      // Reconnecting a client that is online stands for its socket being reset.
      net.reconnect(index);
    } else if (roll >= 0.86) {
      if (client.online) net.disconnect(index);
    } else if (roll >= 0.4 && busy.length > 0) {
      const ref = rng.pick(busy);
      if (roll >= 0.8) net.drop(ref, rng.int(net.queueLength(ref)));
      else net.deliver(ref, rng.chance(0.6) ? 0 : rng.int(net.queueLength(ref)));
    } else {
      randomEdit(client.doc, client.name, rng, () => `${client.name}-${++notesAdded}`);
    }
  }
  net.settle(rng);
  return net;
}

/**
 * Everything that differs between the replicas, or breaks the board's invariants, in words;
 * empty when they converged. Compares each replica with the server.
 */
function convergenceProblems(net: SimulatedNetwork): string[] {
  const problems: string[] = [];
  const reference = net.server;
  for (const { name, doc } of net.replicas()) {
    if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) problems.push(`${name}: updates still wait for a dependency`);
    const notes = readQuickNotes(doc);
    if (notes.length !== notesOf(doc).length) problems.push(`${name}: a note lost its id or text`);
    if (new Set(notes.map((n) => n.id)).size !== notes.length) problems.push(`${name}: two notes share an id`);
    if (doc === reference) continue;
    if (!isDeepStrictEqual(Y.encodeStateVector(doc), Y.encodeStateVector(reference))) problems.push(`${name}: state vector differs`);
    // Deep equality, not JSON text: Y.Map key order is local insertion order and may differ.
    if (!isDeepStrictEqual(doc.toJSON(), reference.toJSON())) problems.push(`${name}: content differs`);
    if (!isDeepStrictEqual(notes, readQuickNotes(reference))) problems.push(`${name}: quick notes differ`);
  }
  return problems;
}

describe('C1 convergence fuzz', () => {
  for (const seed of [...seeds, ...regressionSeeds]) {
    it(`C1: replicas converge after random edits, reorders, drops and reconnects (seed ${seed})`, () => {
      const net = runFuzz(seed);
      expect(convergenceProblems(net)).toEqual([]);
      expect(net.busyQueues()).toEqual([]);
      // A run that never reordered, dropped or reconnected would prove little.
      const { deliveredOutOfOrder, parked, dropped, disconnects, reconnects } = net.stats;
      for (const [what, count] of Object.entries({ deliveredOutOfOrder, parked, dropped, disconnects, reconnects })) {
        expect(count, what).toBeGreaterThan(0);
      }
    });
  }

  it('C1: a seed replays exactly (seed 1234)', () => {
    const a = runFuzz(1234);
    const b = runFuzz(1234);
    expect(a.stats).toEqual(b.stats);
    expect(Y.encodeStateAsUpdate(a.server)).toEqual(Y.encodeStateAsUpdate(b.server));
  });
});

/** The harness must be able to fail: each of these shows a fault really is a fault. */
describe('C1 harness', () => {
  const rng = () => createPrng(7);
  const note = (id: string) => ({ id, text: id, author: 'c0' });

  it('C1: a dropped update leaves replicas apart until the client reconnects', () => {
    const net = new SimulatedNetwork(2, declareTypes);
    net.flush(rng());
    addQuickNote(net.clients[0]!.doc, note('n1'));
    net.drop({ client: 0, direction: 'toServer' });
    net.flush(rng());
    expect(convergenceProblems(net)).toContain('c0: state vector differs');
    expect(readQuickNotes(net.server)).toEqual([]);
    expect(readQuickNotes(net.clients[1]!.doc)).toEqual([]);

    net.settle(rng());
    expect(convergenceProblems(net)).toEqual([]);
    expect(readQuickNotes(net.clients[1]!.doc)).toEqual([note('n1')]);
  });

  it('C1: an update delivered before its dependency waits, then both apply', () => {
    const net = new SimulatedNetwork(2, declareTypes);
    net.flush(rng());
    for (const id of ['n1', 'n2', 'n3']) addQuickNote(net.clients[0]!.doc, note(id));
    net.deliver({ client: 0, direction: 'toServer' }, 2);
    expect(net.server.store.pendingStructs).not.toBeNull();
    expect(readQuickNotes(net.server)).toEqual([]);

    net.flush(rng());
    expect(convergenceProblems(net)).toEqual([]);
    expect(readQuickNotes(net.clients[1]!.doc).map((n) => n.id)).toEqual(['n1', 'n2', 'n3']);
  });

  it('C1: edits made offline reach the others only after a reconnect', () => {
    const net = new SimulatedNetwork(3, declareTypes);
    net.flush(rng());
    net.disconnect(2);
    addQuickNote(net.clients[2]!.doc, note('offline'));
    addQuickNote(net.clients[0]!.doc, note('online'));
    net.flush(rng());
    expect(convergenceProblems(net)).toContain('c2: content differs');
    expect(readQuickNotes(net.clients[1]!.doc).map((n) => n.id)).toEqual(['online']);

    net.reconnect(2);
    net.flush(rng());
    expect(convergenceProblems(net)).toEqual([]);
    expect(new Set(readQuickNotes(net.server).map((n) => n.id))).toEqual(new Set(['offline', 'online']));
  });
});
